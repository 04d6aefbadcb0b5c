"""The main window: layout, menus and the wiring between views and the library.

Left: articles and speakers. Centre: filters over the quote table. Below: the
article reader and the detail editor. Every change goes through the library
(one undoable edit each); long jobs run on their own connection (job_runner),
and the window notices their writes, or the CLI's, through ``lib.data_version()``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from homsquotes.appinfo import APP_NAME
from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import QuoteFilter
from homsquotes.ui import clipboard, dialogs, transfers
from homsquotes.ui.app import app_settings
from homsquotes.ui.article_list import ArticleList
from homsquotes.ui.detail_editor import DetailEditor
from homsquotes.ui.filter_bar import FilterBar, speaker_completer
from homsquotes.ui.job_runner import JobRunner
from homsquotes.ui.qt import (
    QAbstractItemView,
    QAction,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStringListModel,
    Qt,
    QTabWidget,
    QThreadPool,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from homsquotes.ui.quote_table_model import COLUMN_INDEX, QuoteTableModel
from homsquotes.ui.quote_table_view import QuoteTableView
from homsquotes.ui.reader import ArticleReader
from homsquotes.ui.speakers_view import SpeakersView
from homsquotes.ui.workers import LibraryJob

WATCH_INTERVAL_MS = 1000
BACKGROUND_READ_ROWS = 50_000
CITATION_CHECK_MS = 150
SEED_DELAY_MS = 300
ALL_ARTICLES = -1


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


class MainWindow(QMainWindow):
    def __init__(self, lib: Any, seed: bool = True, open_paths: list[str] | None = None) -> None:
        super().__init__()
        self.open_paths = list(open_paths or [])  # imported after the seed, in one queue
        self.lib = lib
        self.library_path = Path(lib.path)
        self.setWindowTitle(f"{APP_NAME} — {self.library_path.name}")
        self.setAccessibleName(APP_NAME)
        self.setAcceptDrops(True)
        self.speaker_names = QStringListModel(self)
        self._reader_article: int | None = None
        self._seen_version = self._data_version()
        self._remembered: tuple[int | None, list[int]] = (None, [])
        self.total_quotes = 0
        # Reads for the views run on a thread of their own once the library is big, so a
        # million quotes never stall the window; small libraries answer at once, in line.
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(1)
        self._reads: list[LibraryJob] = []
        self._closing = False
        big = self._count_quotes() > BACKGROUND_READ_ROWS

        self.model = QuoteTableModel(
            lib, QuoteFilter(), self, reader=self.read_in_background if big else None
        )
        self.filters = FilterBar(self.speaker_names)
        self.search = self.filters.search
        self.table = QuoteTableView(self.model, self.speaker_names)
        self.articles = ArticleList()
        self.speakers = SpeakersView()
        self.detail = DetailEditor()
        self.detail.speaker.setCompleter(speaker_completer(self.speaker_names, self.detail.speaker))
        self.reader = ArticleReader()
        self.jobs = JobRunner(lib, self.statusBar(), self)
        # What a quote's citation lacks (no date, no URL) is checked once selection settles:
        # it loads the citation core, which should not delay the first window.
        self.citation_check = QTimer(self, singleShot=True, interval=CITATION_CHECK_MS)
        self.citation_check.timeout.connect(self.show_missing_citation_details)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName("Counts")
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_layout()
        self._build_actions()
        self._connect()
        self.restore_settings()
        self.refresh_sidebars()
        self.select_first_if_none()
        self.update_counts()

        # Writes by our workers, or by the CLI on the same file, show up without a restart.
        self.watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        self.watch_timer.start()
        # Let the first paint happen before the seeding thread starts loading spaCy.
        QTimer.singleShot(SEED_DELAY_MS, self.start_seeding if seed else self.import_open_paths)

    # ---- construction --------------------------------------------------------------

    def _build_layout(self) -> None:
        self.sidebar = QTabWidget()
        self.sidebar.setAccessibleName("Sidebar")
        self.sidebar.addTab(self.articles, "&Articles")
        self.sidebar.addTab(self.speakers, "S&peakers")
        self.sidebar.setDocumentMode(True)

        table_area = QWidget()
        column = QVBoxLayout(table_area)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)

        self.bottom_splitter = self._splitter(
            "bottomSplitter",
            Qt.Orientation.Horizontal,
            [self.reader, self.detail],
            [3, 2],
            [620, 420],
        )
        self.centre_splitter = self._splitter(
            "centreSplitter",
            Qt.Orientation.Vertical,
            [table_area, self.bottom_splitter],
            [1, 1],
            [330, 500],
        )
        self.main_splitter = self._splitter(
            "mainSplitter",
            Qt.Orientation.Horizontal,
            [self.sidebar, self.centre_splitter],
            [0, 1],
            [280, 1100],
        )
        self.setCentralWidget(self.main_splitter)
        self._default_size()

    @staticmethod
    def _splitter(
        name: str,
        orientation: Qt.Orientation,
        widgets: list[QWidget],
        stretch: list[int],
        sizes: list[int],
    ) -> QSplitter:
        splitter = QSplitter(orientation)
        splitter.setObjectName(name)
        for i, widget in enumerate(widgets):
            splitter.addWidget(widget)
            splitter.setStretchFactor(i, stretch[i])
        splitter.setSizes(sizes)
        splitter.setChildrenCollapsible(False)
        return splitter

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
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(
            file_menu, "&Import articles…", self.choose_import, keys.Open
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

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "&Quotes", self.table.setFocus, "Ctrl+1")
        self._action(view_menu, "&Articles", lambda: self._show_sidebar(0), "Ctrl+2")
        self._action(view_menu, "&Speakers", lambda: self._show_sidebar(1), "Ctrl+3")
        self._action(view_menu, "&Reader", self.reader.setFocus, "Ctrl+4")
        self._action(view_menu, "&Details", self.detail.speaker.setFocus, "Ctrl+5")
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

    def _connect(self) -> None:
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self.on_current_quote())
        selection.selectionChanged.connect(lambda *_: self.update_counts())
        self.table.customContextMenuRequested.connect(self.table_menu)
        self.model.dataChanged.connect(self._after_table_edit)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.loading_changed.connect(self._show_loading)
        self.model.edit_failed.connect(lambda message: dialogs.show_error(self, message))
        self.filters.changed.connect(self.apply_filters)
        self.filters.clear_button.clicked.connect(self.clear_filters)
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
        self.jobs.job_started.connect(self.update_counts)
        self.jobs.job_done.connect(self.refresh_all)
        self.jobs.job_failed.connect(lambda message: dialogs.show_error(self, message))
        self.jobs.job_cancelled.connect(lambda message: self.statusBar().showMessage(message, 5000))

    def _show_sidebar(self, index: int) -> None:
        self.sidebar.setCurrentIndex(index)
        self.sidebar.currentWidget().setFocus()

    # ---- settings ------------------------------------------------------------------

    def _splitters(self) -> tuple[QSplitter, ...]:
        return (self.main_splitter, self.centre_splitter, self.bottom_splitter)

    def restore_settings(self) -> None:
        s = app_settings()
        if (geometry := s.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := s.value("window/state")) is not None:
            self.restoreState(state)
        for splitter in self._splitters():
            if (value := s.value(f"splitters/{splitter.objectName()}")) is not None:
                splitter.restoreState(value)
        if (columns := s.value("table/header")) is not None:
            self.table.horizontalHeader().restoreState(columns)
            self.table.widths_chosen = True
        self.table.show_text_order()

    def save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for splitter in self._splitters():
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        s.setValue("table/header", self.table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event: Any) -> None:
        self.detail.commit_pending()
        self.save_settings()
        self.watch_timer.stop()
        self.jobs.cancel_all()
        self.jobs.wait()
        self._closing = True
        self.model.drop_pending_reads()
        self.read_pool.waitForDone(10_000)
        super().closeEvent(event)

    # ---- filters -------------------------------------------------------------------

    def current_filter(self) -> QuoteFilter:
        article = self.articles.current_article_id()
        article_id = article if article not in (None, ALL_ARTICLES) else None
        return QuoteFilter(article_id=article_id, **self.filters.values())

    def apply_filters(self) -> None:
        # The selection is kept (or the first row chosen) when the new rows arrive: _after_reset.
        try:
            self.model.set_filter(self.current_filter())
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def clear_filters(self) -> None:
        self.filters.clear()
        self.articles.select_article(ALL_ARTICLES, emit=False)
        self.apply_filters()

    def filter_by_speaker(self, name: str) -> None:
        self.filters.speaker.setText(name)
        self.apply_filters()
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def on_article_selected(self, article_id: int) -> None:
        self.apply_filters()
        if article_id != ALL_ARTICLES:
            self.show_article(article_id)

    # ---- selection -----------------------------------------------------------------

    def current_quote_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.quote_id(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_quotes(self) -> list[dict]:
        return [self.model.quote_at(r) for r in self.selected_rows()]

    def select_quote(self, quote_id: int) -> bool:
        row = self.model.row_of(quote_id)
        if row is None:
            # Filtered out of the table: still show it in the detail pane and reader.
            with contextlib.suppress(HomsquotesError):
                self.show_quote_details(self.lib.quote(quote_id))
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        """Make ``row`` current and the only selected row.

        Explicit flags, not QTableView.selectRow, whose result depends on which
        modifier keys happen to be held (Ctrl would toggle the row off).
        """
        index = self.model.index(row, COLUMN_INDEX["text"])
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_first_if_none(self) -> None:
        """Keep a quote selected whenever there are any, so reader and details are never blank."""
        if self.current_quote_id() is None and self.model.rowCount():
            self.select_row(0)

    def on_current_quote(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail.show_quote(None)
            return
        self.show_quote_details(self.model.quote_at(index.row()))

    def show_quote_details(self, quote: dict) -> None:
        self.detail.show_quote(quote)
        self.citation_check.start()
        if self._reader_article != quote["article_id"]:
            self.show_article(quote["article_id"])
        self.reader.scroll_to_quote(int(quote["id"]))

    def show_missing_citation_details(self) -> None:
        if self.detail.quote is not None:
            self.detail.show_missing(self.missing_citation_details(self.detail.quote))

    def missing_citation_details(self, quote: dict) -> list[str]:
        from homsquotes.core.citations import missing_metadata

        try:
            return list(missing_metadata(self.lib.article_meta(quote["article_id"])))
        except HomsquotesError:
            return []

    def show_article(self, article_id: int) -> None:
        try:
            article = self.lib.article(article_id)
            quotes = self.lib.quotes_by_ids(self.lib.quote_ids(QuoteFilter(article_id=article_id)))
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.reader.show_article(
            article_id, article.get("text") or "", article.get("title") or "", quotes
        )
        self._reader_article = article_id

    # ---- edits ---------------------------------------------------------------------

    def edit_field(self, quote_id: int, field: str, value: Any) -> None:
        # The model writes the edit and announces the row; _after_table_edit refreshes views,
        # and a refused edit comes back through model.edit_failed as a dialog.
        self.model.edit(quote_id, **{field: value})

    def _after_table_edit(self, top_left: Any, bottom_right: Any) -> None:
        # A one-row dataChanged is an edit (table or detail pane): refresh what shows that quote.
        row = top_left.row()
        if row != bottom_right.row() or row >= len(self.model.ids):
            return
        self._seen_version = self._data_version()
        if self.model.ids[row] == self.current_quote_id():
            quote = self.model.quote_at(row)
            self.detail.show_quote(quote)
            self.citation_check.start()
        self.refresh_sidebars()  # speaker names and counts may have changed
        self.update_counts()

    def run_change(self, change: Any, message: str = "") -> Any:
        """Run a quick library write on the UI connection; errors become a dialog."""
        try:
            result = change()
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return None
        self.refresh_all()
        if message:
            self.statusBar().showMessage(message, 5000)
        return result

    def undo(self) -> None:
        if self.filters.has_text_focus():
            self.focusWidget().undo()
            return
        done = self.run_change(self.lib.undo)
        self.statusBar().showMessage(f"Undone: {done}" if done else "Nothing to undo", 4000)

    def redo(self) -> None:
        done = self.run_change(self.lib.redo)
        self.statusBar().showMessage(f"Redone: {done}" if done else "Nothing to redo", 4000)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        ids = [self.model.quote_id(r) for r in rows]
        if not ids:
            return

        def delete() -> None:
            for qid in ids:
                self.lib.delete_quote(qid)

        self.run_change(delete, f"Deleted {plural(len(ids), 'quote')} (Ctrl+Z to undo)")
        if self.model.rowCount():
            self.select_row(min(rows[0], self.model.rowCount() - 1))

    def add_quote_from_reader(self) -> None:
        offsets = self.reader.selected_offsets()
        if offsets is None or self.reader.article_id is None:
            self.statusBar().showMessage(
                "Select the quotation's words in the article text first", 4000
            )
            return
        self.add_quote(*offsets)

    def add_quote(self, start: int, end: int) -> LibraryJob | None:
        article_id = self.reader.article_id
        if article_id is None:
            return None
        # Guessing the speaker may load the language model, so it runs off the UI thread.
        return self.jobs.start(
            lambda lib, _progress, _cancel: lib.add_quote(article_id, start, end),
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
        # While a job runs it may hold the library's lock for a while (first-run seeding
        # loads spaCy under it); its end triggers a refresh anyway.
        if self.jobs.running:
            return
        if self._data_version() != self._seen_version:
            self.refresh_all()

    def refresh_all(self) -> None:
        self._seen_version = self._data_version()
        self.model.refresh()
        self.refresh_sidebars()
        self._reader_article = None  # quotes may have moved, appeared or gone: redraw marks
        self.select_first_if_none()
        self.on_current_quote()

    def _remember_selection(self) -> None:
        self._remembered = (
            self.current_quote_id(),
            [self.model.quote_id(r) for r in self.selected_rows()],
        )

    def _after_reset(self) -> None:
        current, selected = self._remembered
        if current is not None and (row := self.model.row_of(current)) is not None:
            self.select_row(row)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for qid in selected:
            if (row := self.model.row_of(qid)) is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flags)
        self.select_first_if_none()
        self.update_counts()

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.statusBar().showMessage("Loading quotes…")
        else:
            self.statusBar().clearMessage()

    def read_in_background(self, query: Any, on_done: Any) -> LibraryJob:
        """Run query(lib) on the read thread's own connection; on_done(result) back here."""
        job = LibraryJob(self.lib, lambda lib, _progress, _cancel: query(lib), "")

        def finish(result: Any) -> None:
            self._reads.remove(job)
            if not self._closing:  # the library may be closed by now
                on_done(result)

        def fail(message: str) -> None:
            self._reads.remove(job)
            self.statusBar().showMessage(message, 5000)

        job.signals.finished.connect(finish)
        job.signals.failed.connect(fail)
        self._reads.append(job)
        self.read_pool.start(job)
        return job

    def refresh_sidebars(self) -> None:
        def query(lib: Any) -> tuple[list[dict], list[dict]]:
            return lib.articles(), lib.speakers()

        if self.model.reader is not None:
            self.read_in_background(query, lambda result: self._show_sidebars(*result))
            return
        try:
            self._show_sidebars(*query(self.lib))
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def _show_sidebars(self, articles: list[dict], speakers: list[dict]) -> None:
        self.articles.set_articles(articles)
        self.speakers.set_speakers(speakers)
        self.speaker_names.setStringList(sorted({s["name"] for s in speakers if s.get("name")}))
        self.total_quotes = sum(int(a.get("quote_count") or 0) for a in articles)
        if self.model.reader is None and self.total_quotes > BACKGROUND_READ_ROWS:
            self.model.reader = self.read_in_background  # the library has grown big
        self.update_counts()

    def _count_quotes(self) -> int:
        try:
            self.total_quotes = self.lib.count_quotes(QuoteFilter())
        except HomsquotesError:
            self.total_quotes = 0
        return self.total_quotes

    def update_counts(self) -> None:
        shown = self.model.rowCount()
        if self.model.loading:
            self.table.empty_message = "Loading quotes…"
        elif self.jobs.running:
            self.table.empty_message = f"{self.jobs.running[0].label}"
        elif self.total_quotes:
            self.table.empty_message = "No quotes match. Clear the search or filters to see all."
        else:
            self.table.empty_message = (
                "No quotes yet. Import articles (Ctrl+O), drop files here, "
                "or paste an article (Ctrl+Shift+V)."
            )
        self.table.viewport().update()
        total = max(self.total_quotes, shown)
        parts = [
            f"{shown:,} of {plural(total, 'quote')}" if shown != total else plural(total, "quote")
        ]
        selected = len(self.selected_rows())
        if selected > 1:
            parts.append(f"{selected:,} selected")
        parts.append(plural(max(self.articles.count() - 1, 0), "article"))
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
        self.statusBar().showMessage(f"Copied {plural(len(quotes), 'citation')}", 3000)

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

    # ---- import / export -----------------------------------------------------------

    def start_seeding(self) -> LibraryJob:
        job = self.jobs.start(
            lambda lib, _p, _c: lib.ensure_seeded(), "Preparing the first article…"
        )
        self.import_open_paths()
        return job

    def import_open_paths(self) -> None:
        if self.open_paths:
            self.import_files(self.open_paths)
            self.open_paths = []

    def choose_import(self) -> None:
        paths = transfers.choose_import_paths(self)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> LibraryJob:
        def run(lib: Any, progress: Any, cancel: Any) -> Any:
            return lib.import_files(paths, progress=progress, cancel=cancel)

        label = f"Importing {plural(len(paths), 'article')}…"
        return self.jobs.start(run, label, on_done=self._imported)

    def _imported(self, results: Any) -> None:
        results = list(results or [])
        failed = [r for r in results if getattr(r, "error", None)]
        added = sum(getattr(r, "quotes_added", 0) or 0 for r in results)
        new = sum(1 for r in results if getattr(r, "created", False))
        self.statusBar().showMessage(
            f"Imported {plural(new, 'new article')}, {plural(added, 'quote')}", 6000
        )
        imported = [r for r in results if getattr(r, "article_id", None) is not None]
        if len(imported) == 1:
            self.articles.select_article(int(imported[0].article_id))
        if failed:
            first = failed[0].error
            message = (
                first
                if len(failed) == 1
                else (
                    f"{len(failed)} of {len(results)} files were not imported; the first: {first}"
                )
            )
            dialogs.show_error(self, message, "Import")

    def paste_article(self) -> None:
        dialog = dialogs.PasteArticleDialog(self)
        if dialog.exec() != dialogs.QDialog.DialogCode.Accepted:
            return
        self.import_pasted(dialog.article_text(), dialog.meta())

    def import_pasted(self, text: str, meta: Any) -> LibraryJob:
        return self.jobs.start(
            lambda lib, _p, _c: lib.import_text(text, meta),
            "Importing pasted article…",
            on_done=lambda result: self._imported([result]),
        )

    def dragEnterEvent(self, event: Any) -> None:
        if transfers.dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = transfers.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def export_quotes(self) -> None:
        choice = transfers.choose_export(self)
        if choice is None:
            return
        path, fmt, bom = choice
        ids, style = list(self.model.ids), clipboard.default_style()
        self.jobs.start(
            lambda lib, _p, _c: transfers.export_to_file(lib, ids, path, fmt, bom, style),
            f"Exporting {plural(len(ids), 'quote')}…",
            on_done=lambda n: self.statusBar().showMessage(
                f"Exported {plural(n or 0, 'quote')} to {path}", 6000
            ),
        )

    def backup_library(self) -> None:
        from homsquotes.ui.qt import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            "Back up library",
            f"{self.library_path.stem}-backup.sqlite",
            "SQLite (*.sqlite *.db)",
        )
        if path:
            self.run_change(lambda: self.lib.backup(path), f"Backed up to {path}")
