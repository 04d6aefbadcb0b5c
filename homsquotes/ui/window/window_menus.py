"""The main window's menus, shortcuts, table context menu and citation copying."""

from __future__ import annotations

from typing import Any

from homsquotes.appinfo import APP_NAME
from homsquotes.core.errors import HomsquotesError
from homsquotes.ui import clipboard
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.qt import QAction, QKeySequence, QMainWindow, QMenu, Qt
from homsquotes.ui.views.article_list import plural


class MenuActions(QMainWindow):
    """Mixin for MainWindow: every menu action, and what Ctrl+C and the context menu copy."""

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(
            file_menu, "&Import articles…", self.choose_import, keys.Open
        )
        self.import_folder_action = self._action(
            file_menu, "Import &folder…", self.choose_import_folder, "Ctrl+Shift+O"
        )
        self.paste_action = self._action(
            file_menu, "&Paste article…", self.paste_article, "Ctrl+Shift+V"
        )
        self.export_action = self._action(
            file_menu, "&Export quotes…", self.export_quotes, "Ctrl+E"
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Back up library…", self.backup_library)
        self.restore_action = self._action(
            file_menu, "&Restore from backup…", self.restore_from_backup
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, keys.Quit)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", self.undo, keys.Undo)
        self.redo_action = self._action(edit_menu, "&Redo", self.redo, "Ctrl+Shift+Z")
        edit_menu.addSeparator()
        self.copy_action = self._action(
            edit_menu, "&Copy citation", lambda: self.copy_selected(), keys.Copy
        )
        self._lazy_style_menu(edit_menu.addMenu("Copy citation &as"))
        edit_menu.addSeparator()
        self.add_quote_action = self._action(
            edit_menu, "&Add quote from selection", self.add_quote_from_reader, "Ctrl+Shift+A"
        )
        self.delete_action = self._action(
            edit_menu, "&Delete quote", self.delete_selected, keys.Delete
        )
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find", self.focus_search, keys.Find)
        # Ctrl+C and Delete belong to the table only, so text fields keep their own.
        for action in (self.copy_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)

        article_menu = bar.addMenu("&Article")
        self.article_details_action = self._action(
            article_menu, "Edit &Details…", lambda: self.edit_article_details(), "Ctrl+I"
        )
        self.articles.article_activated.connect(self.edit_article_details)
        self.detail.missing.linkActivated.connect(lambda _link: self.edit_article_details())

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "&Quotes", self.table.setFocus, "Ctrl+1")
        self._action(view_menu, "&Articles", lambda: self._show_sidebar(0), "Ctrl+2")
        self._action(view_menu, "&Speakers", lambda: self._show_sidebar(1), "Ctrl+3")
        self._action(view_menu, "&Reader", self.reader.setFocus, "Ctrl+4")
        self._action(view_menu, "&Details", self.detail.speaker.setFocus, "Ctrl+5")
        self._add_analysis_actions(view_menu)
        view_menu.addSeparator()
        self._action(view_menu, "&Reload", self.refresh_all, keys.Refresh)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", lambda: dialogs.show_about(self))

    def _lazy_style_menu(self, menu: QMenu) -> None:
        # The citation core loads citeproc; fill the menu when first opened, not at start-up.
        def fill() -> None:
            if not menu.actions():
                self._fill_style_menu(menu)

        menu.aboutToShow.connect(fill)

    def _fill_style_menu(self, menu: QMenu) -> None:
        for style_id, label in clipboard.style_choices():
            menu.addAction(label).triggered.connect(
                lambda _c=False, s=style_id: self.copy_selected(style=s)
            )

    def edit_article_details(self, article_id: int | None = None) -> None:
        """Article › Edit Details… (or a double-click in the list): the details form."""
        from homsquotes.core import article_details
        from homsquotes.ui.dialogs.article_details import ArticleDetailsDialog
        from homsquotes.ui.views.article_list import ALL_ARTICLES

        if article_id is None:
            article_id = self.articles.current_article_id()
        if article_id in (None, ALL_ARTICLES):
            quote = self.detail.quote
            article_id = quote["article_id"] if quote else None
        if article_id is None:
            self.statusBar().showMessage("Select an article to edit its details", 4000)
            return
        try:
            article = self.lib.article(article_id)
            details = article_details.details_of(self.lib.article_meta(article_id))
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return
        dialog = ArticleDetailsDialog(details, article.get("text") or "",
                                      clipboard.default_style(), self)
        self.article_dialog = dialog  # reachable while open (tests, accessibility)
        if not dialog.exec():  # cancelled
            return
        changed = self.run_change(
            lambda: article_details.save_details(self.lib, article_id, dialog.details()))
        if changed is not None:
            self.citation_check.start()
            self.statusBar().showMessage(
                f"Saved article details ({', '.join(changed)})" if changed
                else "Article details unchanged", 5000)

    def _show_sidebar(self, index: int) -> None:
        self.sidebar.setCurrentIndex(index)
        self.sidebar.currentWidget().setFocus()

    def copy_selected(self, style: str | None = None) -> None:
        quotes = self.selected_quotes()
        if not quotes:
            return
        try:
            clipboard.copy_citations(
                quotes, self.lib.article_meta, style or clipboard.default_style()
            )
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return
        name = clipboard.style_label(style or clipboard.default_style())
        self.statusBar().showMessage(f"Copied {plural(len(quotes), 'citation')} ({name})", 3000)

    def table_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        self._fill_style_menu(menu.addMenu("Copy citation as"))
        menu.addSeparator()
        index = self.table.indexAt(pos)
        if index.isValid():
            speaker = self.model.quote_at(index.row()).get("speaker")
            if speaker:
                menu.addAction(f"Show quotes by {speaker}").triggered.connect(
                    lambda: self.filter_by_speaker(speaker)
                )
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
