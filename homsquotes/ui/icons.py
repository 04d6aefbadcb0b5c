"""The toolbar's icons: bundled SVGs (resources/icons) drawn in the palette's text colour, so
they read on light and dark themes alike. Drawn once per colour and size, then cached."""

from __future__ import annotations

from functools import lru_cache

from homsquotes.ui.qt import QApplication, QIcon, QPalette, QPixmap

ICON_COLOUR_IN_FILE = "#000000"
SIZES = (16, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The bundled icon ``name`` in the current palette's colour (an empty icon if missing)."""
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


@lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    from homsquotes.core.errors import InputError
    from homsquotes.resources import resource_path

    try:
        svg = resource_path(f"icons/{name}.svg").read_text(encoding="utf-8")
    except (InputError, OSError):
        return QIcon()
    data = svg.replace(ICON_COLOUR_IN_FILE, colour).encode("utf-8")
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap()
        themed = data.replace(b'width="24" height="24"', f'width="{size}" height="{size}"'.encode())
        if pixmap.loadFromData(themed, "SVG"):
            result.addPixmap(pixmap)
    return result
