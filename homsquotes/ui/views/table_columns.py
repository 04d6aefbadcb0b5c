"""The quote table's optional columns: a chooser (View › Columns, or right-click the header)
and the confidence column drawn as a small bar, red to green, with its number."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QColor,
    QMenu,
    QPalette,
    QRect,
    QStyle,
    QStyledItemDelegate,
    Qt,
)
from homsquotes.ui.views.quote_table_model import (
    COLUMN_INDEX,
    COLUMNS,
    HIDDEN_AT_FIRST,
    OPTIONAL_COLUMNS,
)


def confidence_colour(value: float) -> QColor:
    """Red below 0.5, amber to 0.9, green from 0.9 (where quotes are right ~97% of the time)."""
    if value >= 0.9:
        return QColor(46, 160, 67)
    if value >= 0.5:
        return QColor(219, 150, 20)
    return QColor(214, 69, 65)


class ConfidenceDelegate(QStyledItemDelegate):
    def paint(self, painter: Any, option: Any, index: Any) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if not isinstance(value, float):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(6, 0, -6, 0)
        bar_width = max(int(rect.width() * 0.45), 12)
        bar = QRect(rect.left(), rect.center().y() - 3, bar_width, 6)
        painter.save()
        track = QColor(option.palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.fillRect(bar, track)
        painter.fillRect(
            QRect(bar.left(), bar.top(), round(bar.width() * max(0.0, min(value, 1.0))), 6),
            confidence_colour(value),
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(
            QRect(bar.right() + 6, rect.top(), rect.right() - bar.right() - 6, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()


def set_up_columns(table: Any, restored: bool) -> ConfidenceDelegate:
    """Confidence bar delegate, and on first run the optional columns' default visibility."""
    delegate = ConfidenceDelegate(table)
    table.setItemDelegateForColumn(COLUMN_INDEX["confidence"], delegate)
    if not restored:
        char = table.fontMetrics().averageCharWidth()
        for key in HIDDEN_AT_FIRST:
            table.setColumnHidden(COLUMN_INDEX[key], True)
        table.setColumnWidth(COLUMN_INDEX["confidence"], 11 * char + 16)
        for key in ("article_published", "article_publisher", "tags"):
            table.setColumnWidth(COLUMN_INDEX[key], 14 * char + 16)
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda pos: column_menu(table, QMenu(table)).exec(header.mapToGlobal(pos))
    )
    return delegate


def column_menu(table: Any, menu: QMenu) -> QMenu:
    """Checkable entries for the optional columns (the core ones always show)."""
    menu.clear()
    for key in OPTIONAL_COLUMNS:
        column = COLUMN_INDEX[key]
        action = menu.addAction(COLUMNS[column].title)
        action.setCheckable(True)
        action.setChecked(not table.isColumnHidden(column))
        action.toggled.connect(lambda on, c=column: show_column(table, c, on))
    return menu


def show_column(table: Any, column: int, on: bool) -> None:
    table.setColumnHidden(column, not on)
    if on and table.columnWidth(column) < 30:
        table.setColumnWidth(column, 12 * table.fontMetrics().averageCharWidth() + 16)
