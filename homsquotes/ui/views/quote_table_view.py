"""The quote table view: fixed row heights (a million rows cost nothing), sortable, editable."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QPainter,
    QPalette,
    QStringListModel,
    Qt,
    QTableView,
)
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX, QuoteTableModel
from homsquotes.ui.views.table_delegates import QuoteCellDelegate

# Starting widths in average characters, and at most this share of the table's width,
# so the quote column (which takes what is left) stays readable on small or scaled screens.
COLUMN_CHARS = {"speaker": 24, "affiliation": 28, "kind": 8, "status": 9, "article_title": 28}
COLUMN_SHARE = {
    "speaker": 0.15,
    "affiliation": 0.17,
    "kind": 0.07,
    "status": 0.07,
    "article_title": 0.16,
}


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
        header.setSectionResizeMode(COLUMN_INDEX["text"], QHeaderView.ResizeMode.Stretch)
        self.widths_chosen = False  # set once saved column widths are restored
        self.empty_message = "No quotes yet"
        self.show_text_order()
        self.setSortingEnabled(True)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self.widths_chosen and self.viewport().width() > 100:
            self.widths_chosen = True
            char = self.fontMetrics().averageCharWidth()
            width = self.viewport().width()
            for key, chars in COLUMN_CHARS.items():
                share = int(width * COLUMN_SHARE[key])
                self.setColumnWidth(COLUMN_INDEX[key], min(chars * char + 16, max(share, 6 * char)))

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_message:
            # An empty table says why, and what to do next.
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_message,
            )
            painter.end()

    def show_text_order(self) -> None:
        """No sort indicator: quotes in article order (best matches first while searching)
        until a header is clicked."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
