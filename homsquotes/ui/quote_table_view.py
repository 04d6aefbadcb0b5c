"""The quote table view: fixed row heights (a million rows cost nothing), sortable, editable."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import QAbstractItemView, QHeaderView, QStringListModel, Qt, QTableView
from homsquotes.ui.quote_table_model import COLUMN_INDEX, QuoteTableModel
from homsquotes.ui.table_delegates import QuoteCellDelegate

# Starting widths in average characters; the quote column takes what is left.
COLUMN_CHARS = {"speaker": 24, "affiliation": 28, "kind": 8, "status": 9, "article_title": 28}


class QuoteTableView(QTableView):
    def __init__(
        self, model: QuoteTableModel, speaker_names: QStringListModel, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quotes")
        self.setModel(model)
        self.setItemDelegate(QuoteCellDelegate(speaker_names, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures rows to lay them out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        char = self.fontMetrics().averageCharWidth()
        for key, chars in COLUMN_CHARS.items():
            self.setColumnWidth(COLUMN_INDEX[key], chars * char + 16)
        header.setSectionResizeMode(COLUMN_INDEX["text"], QHeaderView.ResizeMode.Stretch)
        self.show_text_order()
        self.setSortingEnabled(True)

    def show_text_order(self) -> None:
        """No sort indicator: quotes in article order until a header is clicked."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
