"""Filters, the current quote, and keeping table, reader and detail pane showing the same quote."""

from __future__ import annotations

import contextlib

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import QAbstractItemView, QItemSelectionModel, QMainWindow
from homsquotes.ui.views.article_list import ALL_ARTICLES
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX


class SelectionSync(QMainWindow):
    """Mixin for MainWindow: filters, selection, and the reader/detail syncing that follows."""

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
        self.refresh_analysis_views()

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
        self.show_quote_provenance(quote)
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
