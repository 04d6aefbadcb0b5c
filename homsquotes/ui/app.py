"""QApplication set-up: identity, HiDPI, the system's light or dark palette, settings."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from homsquotes.appinfo import APP_ID, APP_NAME, ORGANISATION, __version__
from homsquotes.core.errors import InputError
from homsquotes.resources import icon_paths
from homsquotes.ui.qt import (
    QApplication,
    QColor,
    QGuiApplication,
    QIcon,
    QPalette,
    QSettings,
    QStyleFactory,
    Qt,
)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the running QApplication, creating and configuring it on first call."""
    app = QApplication.instance()
    if app is None:
        # Fractional scale factors (1.25, 1.5) are passed through rather than rounded,
        # so text stays crisp and sized as the desktop asks on HiDPI screens.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    # Lets Wayland/X11 docks match the window to the installed .desktop file.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    if "fusion" in [name.lower() for name in QStyleFactory.keys()]:  # noqa: SIM118
        app.setStyle("Fusion")
    apply_system_palette(app)
    apply_font_preference(app)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))


def application_icon() -> QIcon:
    """The app icon from the bundled PNGs (16-512 px), the same files the desktop installs."""
    icon = QIcon()
    try:
        paths = icon_paths(APP_ID)
    except InputError:  # a packager moved the data away: a window without an icon still works
        paths = []
    for path in paths:
        icon.addFile(str(path))
    return icon


def is_dark_scheme(app: QApplication) -> bool:
    hints = app.styleHints()
    if hasattr(hints, "colorScheme"):
        return hints.colorScheme() == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_system_palette(app: QApplication) -> None:
    """Follow the desktop's light/dark preference, unless Preferences chose a theme; Fusion
    alone always draws light."""
    from homsquotes.core.preferences import get_preference

    theme = get_preference("theme")
    dark = is_dark_scheme(app) if theme == "system" else theme == "dark"
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def apply_font_preference(app: QApplication) -> None:
    """The font size chosen in Preferences (0 keeps the desktop's)."""
    from homsquotes.core.preferences import get_preference

    size = int(get_preference("font_size"))
    if size:
        font = app.font()
        font.setPointSize(size)
        app.setFont(font)


def dark_palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f1f1f",
        role.AlternateBase: "#262626",
        role.ToolTipBase: "#2b2b2b",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#333333",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Highlight: "#3d6fb4",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fb2ff",
        role.PlaceholderText: "#8c8c8c",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    return p


def app_settings() -> QSettings:
    """Window geometry, splitters and columns; tests redirect it with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME)
