"""The main window: layout, menus and the wiring between views and the library.

Left: articles and speakers. Centre: filters over the quote table. Below: the
article reader and the detail editor. Every change goes through the library
(one undoable edit each); long jobs run in ``workers`` on their own connection,
and the window notices their writes through ``lib.data_version()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.appinfo import APP_NAME
from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import QuoteFilter
from homsquotes.ui import clipboard, dialogs
from homsquotes.ui.app import app_settings
from homsquotes.ui.article_list import ArticleList
from homsquotes.ui.detail_editor import DetailEditor
from homsquotes.ui.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStringListModel,
    Qt,
    QTableView,
    QTabWidget,
    QThreadPool,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from homsquotes.ui.quote_table_model import COLUMN_INDEX, KINDS, STATUSES, QuoteTableModel
from homsquotes.ui.reader import ArticleReader
from homsquotes.ui.speakers_view import SpeakersView
from homsquotes.ui.table_delegates import QuoteCellDelegate
from homsquotes.ui.workers import LibraryJob

IMPORTABLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SEARCH_DELAY_MS = 250
WATCH_INTERVAL_MS = 1000


class MainWindow(QMainWindow):
    def __init__(self, lib: Any, seed: bool = True) -> None:
        super().__init__()
        self.lib = lib
        self.library_path = Path(lib.path)
        self.setWindowTitle(f"{APP_NAME} — {self.library_path.name}")
        self.setAccessibleName(APP_NAME)
        self.setAcceptDrops(True)
        self.jobs = QThreadPool(self)
        self.jobs.setMaxThreadCount(1)  # one writer at a time; jobs queue behind each other
        self.running: list[LibraryJob] = []
        self.speaker_names = QStringListModel(self)
        self._reader_article: int | None = None
        self._seen_version = self._data_version()

        self.model = QuoteTableModel(lib, QuoteFilter(), self)
        self._build_filter_bar()
        self._build_table()
        self.articles = ArticleList()
        self.speakers = SpeakersView()
        self.detail = DetailEditor()
        self.detail.speaker.setCompleter(self._speaker_completer(self.detail.speaker))
        self.reader = ArticleReader()
        self._build_layout()
        self._build_actions()
        self._build_status_bar()
        self._connect()
        self.restore_settings()
        self.refresh_sidebars()
        self.update_counts()

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        # Writes by our workers, or by the CLI on the same file, show up without a restart.
        self.watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        self.watch_timer.start()
        self.select_first_if_none()
        if seed:
            QTimer.singleShot(0, self.start_seeding)

    # ---- construction --------------------------------------------------------------

    def _speaker_completer(self, parent: Any) -> QCompleter:
        completer = QCompleter(self.speaker_names, parent)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def _build_filter_bar(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search quotes, context, speakers, notes  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        self.speaker_filter = QLineEdit()
        self.speaker_filter.setPlaceholderText("Speaker")
        self.speaker_filter.setClearButtonEnabled(True)
        self.speaker_filter.setAccessibleName("Speaker filter")
        self.speaker_filter.setCompleter(self._speaker_completer(self.speaker_filter))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All kinds", "all")
        for k in KINDS:
            self.kind_filter.addItem(k.capitalize(), k)
        self.kind_filter.setAccessibleName("Kind filter")
        self.status_filter = QComboBox()
        self.status_filter.addItem("Any status", None)
        for s in STATUSES:
            self.status_filter.addItem(s.capitalize(), s)
        self.status_filter.setAccessibleName("Status filter")
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText("Tag")
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.setAccessibleName("Tag filter")
        self.clear_filters_button = QPushButton("Clear")
        self.clear_filters_button.setAccessibleName("Clear filters")
        self.filter_bar = QWidget()
        row = QHBoxLayout(self.filter_bar)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.search, 4)
        row.addWidget(self.speaker_filter, 2)
        row.addWidget(self.kind_filter)
        row.addWidget(self.status_filter)
        row.addWidget(self.tag_filter, 1)
        row.addWidget(self.clear_filters_button)

    def _build_table(self) -> None:
        table = self.table = QTableView()
        table.setAccessibleName("Quotes")
        table.setModel(self.model)
        table.setItemDelegate(QuoteCellDelegate(self.speaker_names, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setTabKeyNavigation(False)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        char = table.fontMetrics().averageCharWidth()
        widths = {
            "speaker": 20,
            "affiliation": 26,
            "text": 60,
            "kind": 8,
            "status": 9,
            "article_title": 28,
        }
        for key, chars in widths.items():
            table.setColumnWidth(COLUMN_INDEX[key], chars * char + 16)
        header.setSectionResizeMode(COLUMN_INDEX["text"], QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(
            -1, Qt.SortOrder.AscendingOrder
        )  # text order until a header is clicked
        table.setSortingEnabled(True)

    def _build_layout(self) -> None:
        self.sidebar = QTabWidget()
        self.sidebar.setAccessibleName("Sidebar")
        self.sidebar.addTab(self.articles, "&Articles")
        self.sidebar.addTab(self.speakers, "S&peakers")
        self.sidebar.setDocumentMode(True)

        table_area = QWidget()
        column = QVBoxLayout(table_area)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)

        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.addWidget(self.reader)
        self.bottom_splitter.addWidget(self.detail)
        self.bottom_splitter.setStretchFactor(0, 3)
        self.bottom_splitter.setStretchFactor(1, 2)
        self.bottom_splitter.setSizes([620, 420])

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setObjectName("centreSplitter")
        self.centre_splitter.addWidget(table_area)
        self.centre_splitter.addWidget(self.bottom_splitter)
        self.centre_splitter.setStretchFactor(0, 1)
        self.centre_splitter.setStretchFactor(1, 1)
        self.centre_splitter.setSizes([330, 500])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(self.centre_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([280, 1100])
        for splitter in (self.bottom_splitter, self.centre_splitter, self.main_splitter):
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self._default_size()

    def _default_size(self) -> None:
        """First run: most of the screen, so table, reader and details all fit unclipped."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1440, 900
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(
            file_menu, "&Import articles…", self.choose_import, QKeySequence.StandardKey.Open
        )
        self.paste_action = self._action(
            file_menu, "&Paste article…", self.paste_article, "Ctrl+Shift+V"
        )
        self.export_action = self._action(
            file_menu, "&Export quotes…", self.export_quotes, "Ctrl+E"
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Back up library…", self.backup_library)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self._action(
            edit_menu, "&Undo", self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit_menu, "&Redo", self.redo, "Ctrl+Shift+Z")
        edit_menu.addSeparator()
        self.copy_action = self._action(
            edit_menu, "&Copy citation", self.copy_selected, QKeySequence.StandardKey.Copy
        )
        self.copy_menu = edit_menu.addMenu("Copy citation &as")
        self._fill_style_menu(self.copy_menu)
        edit_menu.addSeparator()
        self.add_quote_action = self._action(
            edit_menu, "&Add quote from selection", self.add_quote_from_reader, "Ctrl+Shift+A"
        )
        self.delete_action = self._action(
            edit_menu, "&Delete quote", self.delete_selected, QKeySequence.StandardKey.Delete
        )
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find", self.focus_search, QKeySequence.StandardKey.Find)
        # Shortcuts that only the table should answer (Delete, Ctrl+C) must not steal
        # keystrokes from text fields, so they are limited to the table's focus.
        for action in (self.copy_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "&Quotes", lambda: self.table.setFocus(), "Ctrl+1")
        self._action(view_menu, "&Articles", lambda: self._show_sidebar(0), "Ctrl+2")
        self._action(view_menu, "&Speakers", lambda: self._show_sidebar(1), "Ctrl+3")
        self._action(view_menu, "&Reader", lambda: self.reader.setFocus(), "Ctrl+4")
        self._action(view_menu, "&Details", lambda: self.detail.speaker.setFocus(), "Ctrl+5")
        view_menu.addSeparator()
        self._action(view_menu, "&Reload", self.refresh_all, QKeySequence.StandardKey.Refresh)

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, f"&About {APP_NAME}", lambda: dialogs.show_about(self))

    def _fill_style_menu(self, menu: QMenu) -> None:
        styles = clipboard.style_choices()
        if not styles:
            menu.addAction("(citation styles not available)").setEnabled(False)
        for style_id, label in styles:
            menu.addAction(label).triggered.connect(
                lambda _c=False, s=style_id: self.copy_selected(style=s)
            )

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName("Counts")
        self.job_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.clicked.connect(self.cancel_jobs)
        for w in (self.job_label, self.progress, self.cancel_button):
            w.hide()
            status.addPermanentWidget(w)
        status.addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.on_current_quote())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_counts())
        self.table.customContextMenuRequested.connect(self.table_menu)
        self.model.dataChanged.connect(self._after_table_edit)
        self.articles.article_selected.connect(self.on_article_selected)
        self.speakers.speaker_activated.connect(self.filter_by_speaker)
        self.speakers.rename_requested.connect(
            lambda old, new: self.run_change(lambda: self.lib.rename_speaker(old, new))
        )
        self.speakers.merge_requested.connect(
            lambda keep, absorb: self.run_change(lambda: self.lib.merge_speakers(keep, absorb))
        )
        self.detail.field_edited.connect(self.edit_field)
        self.reader.quote_clicked.connect(self.select_quote)
        self.reader.add_quote_requested.connect(self.add_quote)
        for edit in (self.speaker_filter, self.tag_filter):
            edit.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.clear_filters_button.clicked.connect(self.clear_filters)

    def _show_sidebar(self, index: int) -> None:
        self.sidebar.setCurrentIndex(index)
        self.sidebar.currentWidget().setFocus()

    # ---- settings ------------------------------------------------------------------

    def restore_settings(self) -> None:
        s = app_settings()
        if (geometry := s.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := s.value("window/state")) is not None:
            self.restoreState(state)
        for splitter in (self.main_splitter, self.centre_splitter, self.bottom_splitter):
            if (value := s.value(f"splitters/{splitter.objectName()}")) is not None:
                splitter.restoreState(value)
        if (columns := s.value("table/header")) is not None:
            self.table.horizontalHeader().restoreState(columns)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for splitter in (self.main_splitter, self.centre_splitter, self.bottom_splitter):
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        s.setValue("table/header", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: Any) -> None:
        self.save_settings()
        self.watch_timer.stop()
        self.cancel_jobs()
        self.jobs.waitForDone(10000)
        super().closeEvent(event)

    # ---- filters -------------------------------------------------------------------

    def current_filter(self) -> QuoteFilter:
        article = self.articles.current_article_id()
        return QuoteFilter(
            article_id=article if article not in (None, -1) else None,
            speaker=self.speaker_filter.text().strip() or None,
            search=self.search.text().strip() or None,
            kind=self.kind_filter.currentData() or "all",
            status=self.status_filter.currentData(),
            tag=self.tag_filter.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        current = self.current_quote_id()
        try:
            self.model.set_filter(self.current_filter())
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        if current is not None and self.model.row_of(current) is not None:
            self.select_quote(current, scroll_reader=False)
        else:
            self.select_first_if_none()
        self.update_counts()

    def clear_filters(self) -> None:
        for w in (self.search, self.speaker_filter, self.tag_filter):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for combo in (self.kind_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.articles.select_article(-1, emit=False)
        self.apply_filters()

    def filter_by_speaker(self, name: str) -> None:
        self.speaker_filter.setText(name)
        self.apply_filters()
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_article_selected(self, article_id: int) -> None:
        self.apply_filters()
        if article_id != -1:
            self.show_article(article_id)

    # ---- selection -----------------------------------------------------------------

    def current_quote_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.quote_id(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_quotes(self) -> list[dict]:
        return [self.model.quote_at(r) for r in self.selected_rows()]

    def select_quote(self, quote_id: int, scroll_reader: bool = True) -> bool:
        row = self.model.row_of(quote_id)
        if row is None:
            # Filtered out of the table: still show it in the detail pane and reader.
            try:
                quote = self.lib.quote(quote_id)
            except HomsquotesError:
                return False
            self.show_quote_details(quote)
            return False
        index = self.model.index(row, COLUMN_INDEX["text"])
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def on_current_quote(self) -> None:
        quote_id = self.current_quote_id()
        if quote_id is None:
            self.detail.show_quote(None)
            return
        self.show_quote_details(self.model.quote_at(self.table.currentIndex().row()))

    def show_quote_details(self, quote: dict) -> None:
        self.detail.show_quote(quote, self.missing_citation_details(quote))
        if self._reader_article != quote["article_id"]:
            self.show_article(quote["article_id"])
        self.reader.scroll_to_quote(int(quote["id"]))

    def missing_citation_details(self, quote: dict) -> list[str]:
        try:
            from homsquotes.core.citations import cite_quote
        except ImportError:
            return []
        try:
            return list(cite_quote(quote, self.lib.article_meta(quote["article_id"])).missing)
        except HomsquotesError:
            return []

    def show_article(self, article_id: int) -> None:
        try:
            article = self.lib.article(article_id)
            quotes = self.lib.quotes_by_ids(self.lib.quote_ids(QuoteFilter(article_id=article_id)))
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        text = article.get("text") or article.get("full_text") or ""
        self.reader.show_article(article_id, text, article.get("title") or "", quotes)
        self._reader_article = article_id

    # ---- edits ---------------------------------------------------------------------

    def edit_field(self, quote_id: int, field: str, value: Any) -> None:
        if not self.model.edit(quote_id, **{field: value}):
            if self.model.error:
                dialogs.show_error(self, self.model.error)
                self.model.error = None
            return
        self._after_edit(quote_id, field)

    def _after_table_edit(self, top_left: Any, bottom_right: Any) -> None:
        # A single-row dataChanged comes from an edit in the table; refresh what shows it.
        if (
            top_left.row() == bottom_right.row()
            and self.current_quote_id() == self.model.ids[top_left.row()]
        ):
            self.on_current_quote()

    def _after_edit(self, quote_id: int, field: str) -> None:
        self._seen_version = self._data_version()
        if quote_id == self.current_quote_id():
            self.on_current_quote()
        if field == "speaker":
            self.refresh_sidebars()
        if field in ("speaker", "affiliation", "kind"):
            self._reload_reader()
        self.update_counts()

    def run_change(self, change: Any, message: str = "") -> Any:
        """Run a quick library write on the UI connection; errors become a dialog."""
        try:
            result = change()
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return None
        self.refresh_all()
        if message or isinstance(result, str):
            self.statusBar().showMessage(message or str(result), 5000)
        return result

    def undo(self) -> None:
        if self.search.hasFocus() or self.speaker_filter.hasFocus() or self.tag_filter.hasFocus():
            self.focusWidget().undo()
            return
        done = self.run_change(self.lib.undo)
        if done is None:
            self.statusBar().showMessage("Nothing to undo", 3000)
        else:
            self.statusBar().showMessage(f"Undone: {done}", 5000)

    def redo(self) -> None:
        done = self.run_change(self.lib.redo)
        if done is None:
            self.statusBar().showMessage("Nothing to redo", 3000)
        else:
            self.statusBar().showMessage(f"Redone: {done}", 5000)

    def delete_selected(self) -> None:
        ids = [self.model.quote_id(r) for r in self.selected_rows()]
        if not ids:
            return
        rows = self.selected_rows()

        def delete() -> None:
            for qid in ids:
                self.lib.delete_quote(qid)

        self.run_change(
            delete, f"Deleted {len(ids)} quote{'s' if len(ids) != 1 else ''} (Ctrl+Z to undo)"
        )
        if self.model.rowCount():
            self.table.selectRow(min(rows[0], self.model.rowCount() - 1))

    def add_quote_from_reader(self) -> None:
        offsets = self.reader.selected_offsets()
        if offsets is None or self.reader.article_id is None:
            self.statusBar().showMessage(
                "Select the quotation's words in the article text first", 4000
            )
            return
        self.add_quote(*offsets)

    def add_quote(self, start: int, end: int) -> None:
        article_id = self.reader.article_id
        if article_id is None:
            return
        # Guessing the speaker may load the language model, so it runs off the UI thread.
        self.start_job(
            lambda lib, _p, _c: lib.add_quote(article_id, start, end),
            "Adding quote…",
            on_done=lambda quote_id: (
                self.select_quote(int(quote_id)) if quote_id is not None else None
            ),
        )

    # ---- refresh -------------------------------------------------------------------

    def _data_version(self) -> int | None:
        try:
            return self.lib.data_version()
        except HomsquotesError:
            return None

    def check_for_changes(self) -> None:
        version = self._data_version()
        if version != self._seen_version:
            self.refresh_all()

    def refresh_all(self) -> None:
        self._seen_version = self._data_version()
        selected = [self.model.quote_id(r) for r in self.selected_rows()]
        current = self.current_quote_id()
        if self.model.refresh():
            self._restore_selection(current, selected)
        self.refresh_sidebars()
        self._reload_reader()
        self.select_first_if_none()
        self.on_current_quote()
        self.update_counts()

    def _restore_selection(self, current: int | None, selected: list[int]) -> None:
        if current is not None and (row := self.model.row_of(current)) is not None:
            self.table.setCurrentIndex(self.model.index(row, COLUMN_INDEX["text"]))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for qid in selected:
            if (row := self.model.row_of(qid)) is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flags)

    def select_first_if_none(self) -> None:
        """Something is always selected when there are quotes, so reader and details are never blank."""
        if self.current_quote_id() is None and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COLUMN_INDEX["text"]))
            self.table.selectRow(0)

    def _reload_reader(self) -> None:
        if self._reader_article is not None:
            bar = self.reader.verticalScrollBar().value()
            self._reader_article = None
            quote_id = self.current_quote_id()
            article_id = self.reader.article_id
            if article_id is not None:
                self.show_article(article_id)
                if quote_id is not None:
                    self.reader.scroll_to_quote(quote_id)
                self.reader.verticalScrollBar().setValue(bar)

    def refresh_sidebars(self) -> None:
        try:
            self.articles.set_articles(self.lib.articles())
            speakers = self.lib.speakers()
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.speakers.set_speakers(speakers)
        self.speaker_names.setStringList(sorted({s["name"] for s in speakers if s.get("name")}))

    def update_counts(self) -> None:
        shown = self.model.rowCount()
        try:
            total = self.lib.count_quotes(QuoteFilter())
        except HomsquotesError:
            total = shown
        selected = len(self.selected_rows())
        articles = max(self.articles.count() - 1, 0)
        parts = [f"{shown:,} of {total:,} quotes" if shown != total else f"{total:,} quotes"]
        if selected > 1:
            parts.append(f"{selected:,} selected")
        parts.append(f"{articles:,} article{'s' if articles != 1 else ''}")
        self.counts_label.setText("  ·  ".join(parts) + "  ")

    # ---- clipboard and menus -------------------------------------------------------

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
        self.statusBar().showMessage(
            f"Copied {len(quotes)} citation{'s' if len(quotes) != 1 else ''}", 3000
        )

    def table_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        styles = menu.addMenu("Copy citation as")
        self._fill_style_menu(styles)
        menu.addSeparator()
        index = self.table.indexAt(pos)
        if index.isValid():
            quote = self.model.quote_at(index.row())
            if quote.get("speaker"):
                menu.addAction(f"Show quotes by {quote['speaker']}").triggered.connect(
                    lambda: self.filter_by_speaker(quote["speaker"])
                )
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # ---- background jobs -----------------------------------------------------------

    def start_job(self, function: Any, label: str, on_done: Any = None) -> LibraryJob:
        job = LibraryJob(self.library_path, function, label)
        job.signals.progress.connect(lambda done, total: self._job_progress(job, done, total))
        job.signals.finished.connect(lambda result: self._job_finished(job, result, on_done))
        job.signals.failed.connect(lambda message: self._job_failed(job, message))
        self.running.append(job)
        self._show_job(job)
        self.jobs.start(job)
        return job

    def _show_job(self, job: LibraryJob) -> None:
        self.job_label.setText(job.label)
        self.progress.setRange(0, 0)  # busy until the first progress report
        for w in (self.job_label, self.progress, self.cancel_button):
            w.show()

    def _job_progress(self, job: LibraryJob, done: int, total: int) -> None:
        if self.running and self.running[0] is job:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(f"{done} / {total}")

    def _job_done(self, job: LibraryJob) -> None:
        if job in self.running:
            self.running.remove(job)
        if self.running:
            self._show_job(self.running[0])
        else:
            for w in (self.job_label, self.progress, self.cancel_button):
                w.hide()
        self.refresh_all()

    def _job_finished(self, job: LibraryJob, result: Any, on_done: Any) -> None:
        self._job_done(job)
        if job.is_cancelled():
            self.statusBar().showMessage(f"{job.label.rstrip('…')} cancelled", 5000)
        if on_done is not None:
            on_done(result)

    def _job_failed(self, job: LibraryJob, message: str) -> None:
        self._job_done(job)
        dialogs.show_error(self, message)

    def cancel_jobs(self) -> None:
        for job in self.running:
            job.cancel()

    def start_seeding(self) -> None:
        self.start_job(lambda lib, _p, _c: lib.ensure_seeded(), "Preparing the first article…")

    # ---- import / export -----------------------------------------------------------

    def choose_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Import articles",
            "",
            "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)",
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> LibraryJob:
        def run(lib: Any, progress: Any, cancel: Any) -> Any:
            return lib.import_files(paths, progress=progress, cancel=cancel)

        noun = "article" if len(paths) == 1 else "articles"
        return self.start_job(run, f"Importing {len(paths)} {noun}…", on_done=self._imported)

    def _imported(self, results: Any) -> None:
        results = list(results or [])
        added = sum(getattr(r, "quotes_added", 0) or 0 for r in results)
        new = sum(1 for r in results if getattr(r, "created", False))
        self.statusBar().showMessage(
            f"Imported {new} new article{'s' if new != 1 else ''}, "
            f"{added} quote{'s' if added != 1 else ''}",
            6000,
        )
        if len(results) == 1:
            self.articles.select_article(int(results[0].article_id))

    def paste_article(self) -> None:
        dialog = dialogs.PasteArticleDialog(self)
        if dialog.exec() != dialogs.QDialog.DialogCode.Accepted:
            return
        text, meta = dialog.article_text(), dialog.meta()
        self.start_job(
            lambda lib, _p, _c: lib.import_text(text, meta),
            "Importing pasted article…",
            on_done=lambda r: self._imported([r]),
        )

    def dragEnterEvent(self, event: Any) -> None:
        if self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    @staticmethod
    def _dropped_paths(mime: Any) -> list[str]:
        if not mime.hasUrls():
            return []
        return [
            u.toLocalFile()
            for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(IMPORTABLE_SUFFIXES)
        ]

    def export_quotes(self) -> None:
        try:
            from homsquotes.core.exports import EXPORT_FORMATS, export_quotes
        except ImportError:
            dialogs.show_error(self, "Exports are not available in this build.")
            return
        formats = list(EXPORT_FORMATS)
        filters = [f"{fmt} (*.{_suffix(fmt)})" for fmt in formats]
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export quotes", "quotes", ";;".join(filters)
        )
        if not path:
            return
        fmt = formats[filters.index(chosen)] if chosen in filters else formats[0]
        if not Path(path).suffix:
            path += f".{_suffix(fmt)}"
        try:
            quotes = self.lib.quotes_by_ids(self.model.ids)
            article_ids = sorted({q["article_id"] for q in quotes})
            articles = {aid: self.lib.article(aid) for aid in article_ids}
            with open(path, "w", encoding="utf-8", newline="") as out:
                export_quotes(fmt, quotes, articles, out)
        except (HomsquotesError, OSError) as exc:
            dialogs.show_error(self, str(exc))
            return
        self.statusBar().showMessage(f"Exported {len(quotes)} quotes to {path}", 6000)

    def backup_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Back up library",
            f"{self.library_path.stem}-backup.sqlite",
            "SQLite (*.sqlite *.db)",
        )
        if path:
            self.run_change(lambda: self.lib.backup(path), f"Backed up to {path}")


def _suffix(fmt: str) -> str:
    return {"markdown": "md", "csl-json": "json", "bibtex": "bib"}.get(fmt, fmt)
