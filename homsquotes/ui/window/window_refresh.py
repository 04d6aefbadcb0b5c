"""Keeping the window in step with the library: change polling, background reads, counts."""

from __future__ import annotations

from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import QItemSelectionModel, QMainWindow
from homsquotes.ui.views.article_list import plural
from homsquotes.ui.workers import LibraryJob


class LibraryRefresh(QMainWindow):
    """Mixin for MainWindow: notices writes (ours, jobs', the CLI's) and redraws what changed."""

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
        self.refresh_analysis_views()
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
        def query(lib: Any) -> tuple[list[dict], list[dict], list[dict]]:
            return lib.articles(), lib.speakers(), lib.tags()

        if self.model.reader is not None:
            self.read_in_background(query, lambda result: self._show_sidebars(*result))
            return
        try:
            self._show_sidebars(*query(self.lib))
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def _show_sidebars(self, articles: list[dict], speakers: list[dict], tags: list[dict]) -> None:
        self.articles.set_articles(articles)
        self.filters.set_tags(tags)
        self.speakers.set_speakers(speakers)
        self.speaker_names.setStringList(sorted({s["name"] for s in speakers if s.get("name")}))
        self.total_quotes = sum(int(a.get("quote_count") or 0) for a in articles)
        if self.model.reader is None and self.total_quotes > self.background_read_rows:
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
