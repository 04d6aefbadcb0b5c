"""What makes the window a finished app: toolbar, File › New/Open/Recent library, Preferences,
Help (User Guide, Keyboard Shortcuts), opening an article's URL on request, and the small
behaviours people expect (Ctrl+Z in a field, an empty result clears the details)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.ui.app import app_settings, apply_font_preference, apply_system_palette
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.icons import icon
from homsquotes.ui.qt import (
    QAction,
    QApplication,
    QDesktopServices,
    QFileDialog,
    QKeySequence,
    QMainWindow,
    QSize,
    Qt,
    QToolBar,
    QUrl,
)
from homsquotes.ui.window.field_undo import install_field_undo

RECENT_KEY = "recent/libraries"
MAX_RECENT = 8
_OPEN_WINDOWS: list[Any] = []  # windows opened from File › Open, kept alive until closed


def apply_appearance(app: Any) -> None:
    """Theme and font size from Preferences (the system's own when left at their defaults)."""
    apply_system_palette(app)  # it honours a theme chosen in Preferences
    apply_font_preference(app)


def remember_recent(path: Path) -> list[str]:
    settings = app_settings()
    recent = [str(p) for p in (settings.value(RECENT_KEY) or []) if p]
    recent = [str(path)] + [p for p in recent if p != str(path)]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
    return recent[:MAX_RECENT]


class Workbench(QMainWindow):
    """Mixin for MainWindow (first in its bases)."""

    def _build_workbench(self) -> None:
        detail = self.detail
        self.field_undo = install_field_undo(
            [detail.speaker, detail.affiliation, detail.tags, detail.context, detail.note], self
        )
        self._extend_file_menu()
        edit_menu = self.menu_named("&Edit")
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, "&Preferences…", self.show_preferences, QKeySequence.StandardKey.Preferences
        )
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        view_menu = self.menu_named("&View")
        self.open_url_action = self._action(
            view_menu, "Open Article in &Browser", self.open_article_url, "Ctrl+Shift+B"
        )
        help_menu = self.menu_named("&Help")
        first = help_menu.actions()[0] if help_menu.actions() else None
        guide = QAction("&User Guide", self, shortcut=QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        keys = QAction("&Keyboard Shortcuts", self, shortcut=QKeySequence("Ctrl+/"))
        keys.triggered.connect(self.show_shortcuts)
        help_menu.insertActions(first, [guide, keys])
        help_menu.insertSeparator(first)
        self._build_toolbar()
        from homsquotes.ui.views.table_columns import column_menu, set_up_columns

        self.confidence_delegate = set_up_columns(self.table, restored=self.table.widths_chosen)
        columns = view_menu.addMenu("&Columns")
        columns.aboutToShow.connect(lambda: column_menu(self.table, columns))
        remember_recent(self.library_path)
        from homsquotes.ui.window.single_instance import LibraryInstance

        self.instance = LibraryInstance(self.library_path, self)
        self.instance.raise_requested.connect(self.come_to_front)

    def _extend_file_menu(self) -> None:
        file_menu = self.menu_named("&File")
        first = file_menu.actions()[0] if file_menu.actions() else None
        new = QAction("&New Library…", self, shortcut=QKeySequence("Ctrl+Shift+N"))
        new.triggered.connect(lambda: self.choose_library(new=True))
        opened = QAction("&Open Library…", self, shortcut=QKeySequence("Ctrl+Shift+O"))
        opened.triggered.connect(lambda: self.choose_library(new=False))
        file_menu.insertActions(first, [new, opened])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.insertMenu(first, self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.insertSeparator(first)
        # The names a finished app uses (another branch adds Import Folder… and Restore…).
        self.import_action.setText("&Import Files…")
        self.export_action.setText("&Export…")
        for action in file_menu.actions():
            if action.text() == "&Back up library…":
                self.backup_action = action
                action.setText("&Backup…")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in (app_settings().value(RECENT_KEY) or []) if p]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path).exists() and Path(path) != self.library_path)
            action.triggered.connect(lambda _c=False, p=path: self.open_library(Path(p)))
        if not recent:
            self.recent_menu.addAction("No recent libraries").setEnabled(False)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("mainToolbar")  # saveState/restoreState find it by name
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        # Text beside the icons where there is room; icons alone (with tooltips) on small screens.
        screen = self.screen().availableGeometry() if self.screen() else None
        roomy = screen is None or (screen.width() >= 1400 and screen.height() >= 860)
        bar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if roomy
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.toolbar_icons = {
            self.import_action: "import",
            self.export_action: "export",
            self.undo_action: "undo",
            self.redo_action: "redo",
            self.review_action: "review",
            self.needs_review_action: "needs-review",
            self.copy_action: "copy",
            self.add_quote_action: "add-quote",
            self.delete_action: "delete",
            self.preferences_action: "preferences",
        }
        for group in (
            (self.import_action, self.export_action),
            (self.undo_action, self.redo_action),
            (self.review_action, self.needs_review_action),
            (self.copy_action, self.add_quote_action, self.delete_action),
            (self.preferences_action,),
        ):
            for action in group:
                bar.addAction(action)
            bar.addSeparator()
        self.review_action.setIconText("Review")
        self.needs_review_action.setIconText("Needs review")
        self.add_quote_action.setIconText("Add quote")
        self.copy_action.setIconText("Copy citation")
        self.import_action.setIconText("Import")
        self.export_action.setIconText("Export")
        self.preferences_action.setIconText("Preferences")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self.refresh_icons()

    def refresh_icons(self) -> None:
        """Draw the icons in the palette's colour (after a theme change too)."""
        for action, name in self.toolbar_icons.items():
            action.setIcon(icon(name))

    def changeEvent(self, event: Any) -> None:
        from homsquotes.ui.qt import QEvent

        super().changeEvent(event)
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and hasattr(self, "toolbar_icons"):
            self.refresh_icons()

    # ---- actions ---------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from homsquotes.ui.dialogs.preferences_dialog import PreferencesDialog

        sample = None
        if (quote := self.detail.quote) is not None:
            try:
                sample = (quote, self.lib.article_meta(quote["article_id"]))
            except HomsquotesError:
                sample = None
        dialog = PreferencesDialog(self, sample)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        try:
            dialog.save()
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return
        apply_appearance(QApplication.instance())
        self.apply_filters()  # the review threshold may have moved
        self.statusBar().showMessage("Preferences saved", 3000)

    def show_guide(self) -> None:
        from homsquotes.ui.dialogs.help_windows import GuideWindow

        GuideWindow(self).exec()

    def show_shortcuts(self) -> None:
        from homsquotes.ui.dialogs.help_windows import ShortcutsWindow

        ShortcutsWindow(self).exec()

    def open_article_url(self) -> None:
        """Open the current quote's article in the browser: only ever when the user asks."""
        quote = self.detail.quote
        if quote is None:
            self.statusBar().showMessage("Select a quote first", 3000)
            return
        try:
            url = self.lib.article(quote["article_id"]).get("url")
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        if not url:
            self.statusBar().showMessage("This article has no URL", 4000)
            return
        QDesktopServices.openUrl(QUrl(url))
        self.statusBar().showMessage(f"Opened {url}", 4000)

    def choose_library(self, new: bool) -> None:
        folder = str(self.library_path.parent)
        if new:
            path, _ = QFileDialog.getSaveFileName(
                self, "New library", folder + "/library.sqlite", "Libraries (*.sqlite)"
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, "Open library", folder, "Libraries (*.sqlite);;All files (*)"
            )
        if path:
            self.open_library(Path(path), create=new)

    def open_library(self, path: Path, create: bool = False) -> Any:
        """Open another library in a new window, and close this one; a dialog if it can't."""
        from homsquotes.core.library import Library

        if path.resolve() == self.library_path.resolve():
            self.statusBar().showMessage("This library is already open", 3000)
            return None
        from homsquotes.ui.dialogs.upgrade_progress import upgrade_with_progress

        upgrade_with_progress(Library, path)
        try:
            lib = Library.open(path, create=create)
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return None
        window = type(self)(lib, seed=False)
        window.destroyed.connect(lambda: lib.close())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN_WINDOWS.append(window)
        window.show()
        remember_recent(path)
        self.close()
        return window

    def come_to_front(self, paths: list[str]) -> None:
        """Another start on this library: show this window (and import what it was given)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage("This library is already open here", 5000)
        if paths:
            self.import_files(paths)

    # ---- small behaviours ------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not getattr(self, "_first_shown", False):
            self._first_shown = True
            if app_settings().value("splitters/centreSplitter") is None:
                self.fit_detail_pane()

    def fit_detail_pane(self) -> None:
        """First run: give the details pane the height its fields need, so none is cut or needs
        scrolling on a small or scaled screen (2x on 1600 pixels leaves 800); the table keeps
        the rest, and never less than 30%. On a screen too short even so (720 pixels), the
        context and note boxes show fewer lines (they scroll) so every field stays in view."""
        from homsquotes.ui.views.detail_editor import fit_lines

        splitter = self.centre_splitter
        total = sum(splitter.sizes())
        if total <= 0:
            return
        room = total - total * 3 // 10
        needed = self._detail_height()
        if needed > room:
            fit_lines(self.detail.context, 3)
            fit_lines(self.detail.note, 2)
            needed = self._detail_height()
        bottom = min(max(needed, total // 2), room)
        splitter.setSizes([total - bottom, bottom])

    def _detail_height(self) -> int:
        body = self.detail.widget()
        body.layout().activate()
        # Wrapped labels (the quote, the article title) need their height at the pane's width,
        # and the "Citation lacks" line appears once the selection settles.
        needed = max(body.sizeHint().height(), body.heightForWidth(self.detail.viewport().width()))
        return needed + 2 * self.detail.frameWidth() + 2 * self.detail.fontMetrics().lineSpacing()

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)
        if event.isAccepted() and hasattr(self, "instance"):
            self.instance.close()  # the library is free for the next window

    def update_counts(self) -> None:
        super().update_counts()  # type: ignore[misc]
        if self.model.reader is not None or not hasattr(self, "needs_review_action"):
            return  # a big library counts in the background only; this count would stall
        from homsquotes.core.library import QuoteFilter
        from homsquotes.core.library.review import needs_review_filter

        try:
            unsure = self.lib.count_quotes(
                needs_review_filter(QuoteFilter(), self.review_threshold())
            )
        except HomsquotesError:
            return
        if unsure:
            self.counts_label.setText(
                self.counts_label.text().rstrip() + f"  ·  {unsure:,} need review  "
            )

    def _after_reset(self) -> None:
        super()._after_reset()  # type: ignore[misc]
        if self.model.rowCount() == 0:
            self.detail.show_quote(None)  # an empty result never shows the previous quote
