"""The main window: layout, menus and the wiring between views and the library.

Left: articles and speakers. Centre: filters over the quote table. Below: the
article reader and the detail editor. Every change goes through the library
(one undoable edit each); long jobs run on their own connection (job_runner),
and the window notices their writes, or the CLI's, through ``lib.data_version()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.appinfo import APP_NAME
from homsquotes.core.library import QuoteFilter
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.job_runner import JobRunner
from homsquotes.ui.qt import QLabel, QStringListModel, QThreadPool, QTimer
from homsquotes.ui.views.article_list import ArticleList
from homsquotes.ui.views.detail_editor import DetailEditor
from homsquotes.ui.views.filter_bar import FilterBar, speaker_completer
from homsquotes.ui.views.quote_table_model import QuoteTableModel
from homsquotes.ui.views.quote_table_view import QuoteTableView
from homsquotes.ui.views.reader import ArticleReader
from homsquotes.ui.views.speakers_view import SpeakersView
from homsquotes.ui.window.window_analysis import AnalysisViews
from homsquotes.ui.window.window_edits import EditOperations
from homsquotes.ui.window.window_layout import WindowLayout
from homsquotes.ui.window.window_menus import MenuActions
from homsquotes.ui.window.window_refresh import LibraryRefresh
from homsquotes.ui.window.window_review import ReviewMode
from homsquotes.ui.window.window_selection import SelectionSync
from homsquotes.ui.window.window_transfers import ImportExport
from homsquotes.ui.window.window_workbench import Workbench
from homsquotes.ui.workers import LibraryJob

WATCH_INTERVAL_MS = 1000
BACKGROUND_READ_ROWS = 50_000
CITATION_CHECK_MS = 150
SEED_DELAY_MS = 300


class MainWindow(
    Workbench,
    ReviewMode,
    WindowLayout,
    MenuActions,
    SelectionSync,
    EditOperations,
    LibraryRefresh,
    ImportExport,
    AnalysisViews,
):
    """Builds the views and wires them together; behaviour lives in the mixins, one concern each."""

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
        self.background_read_rows = BACKGROUND_READ_ROWS
        big = self._count_quotes() > self.background_read_rows
        # Asked now, before the first background read takes the library's lock: asked after,
        # the question waited ~0.45 s for the 1M sidebars query on the window's own thread.
        self._pending_at_open = self._analysis_pending()

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
        self._build_review()
        self._build_workbench()
        self._connect()
        self.restore_settings()
        self.refresh_sidebars()
        self.select_first_if_none()
        self.update_counts()
        # Called on a job's thread: the status bar is told through a queued signal.
        self.jobs.backup_problem.connect(lambda problem: self.statusBar().showMessage(
            f"Warning: {problem}", 15000))
        lib.on_backup_problem = self.jobs.backup_problem.emit
        if lib.read_only:
            from homsquotes.ui.window.read_only import apply_read_only

            self.read_only_banner = apply_read_only(self)

        # Writes by our workers, or by the CLI on the same file, show up without a restart.
        self.watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.check_for_changes)
        self.watch_timer.start()
        # Let the first paint happen before the seeding thread starts loading spaCy.
        QTimer.singleShot(SEED_DELAY_MS, self.start_seeding if seed else self.import_open_paths)
        self.start_pending_analysis(self._pending_at_open)

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
            lambda old, new: self.run_change(
                lambda: self.lib.rename_speaker(old, new),
                f"Renamed {old} to {new} (Ctrl+Z to undo)",
            )
        )
        self.speakers.merge_requested.connect(
            lambda keep, absorb: self.run_change(
                lambda: self.lib.merge_speakers(keep, absorb),
                f"Merged {absorb} into {keep} (Ctrl+Z to undo)",
            )
        )
        self.speakers.hint.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.detail.field_edited.connect(self.edit_field)
        self.detail.split_requested.connect(self.split_quote)
        self.detail.provenance_requested.connect(self.open_provenance)
        self.reader.quote_clicked.connect(self.select_quote)
        self.reader.add_quote_requested.connect(self.add_quote)
        self.jobs.job_started.connect(self.update_counts)
        self.jobs.job_done.connect(self.refresh_all)
        self.jobs.job_failed.connect(lambda message: dialogs.show_error(self, message))
        self.jobs.job_cancelled.connect(lambda message: self.statusBar().showMessage(message, 5000))

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
