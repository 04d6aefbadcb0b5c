"""The article list: "All articles" and then each article with its quote count."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QFont,
    QFontMetrics,
    QListWidget,
    QListWidgetItem,
    QPalette,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    Qt,
    Signal,
)

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 6
TITLE_LINES = 2


class ArticleItemDelegate(QStyledItemDelegate):
    """Title in bold (up to two lines), then quote count and source in a quieter colour."""

    def _fonts(self, option: Any) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def sizeHint(self, option: Any, index: Any) -> QSize:
        title_font, detail_font = self._fonts(option)
        width = max(option.rect.width(), 200) - 2 * PADDING
        title_height = (
            QFontMetrics(title_font)
            .boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, index.data() or "")
            .height()
        )
        title_height = min(title_height, QFontMetrics(title_font).lineSpacing() * TITLE_LINES)
        height = title_height + QFontMetrics(detail_font).lineSpacing() + 2 * PADDING + 2
        return QSize(width, height)

    def paint(self, painter: Any, option: Any, index: Any) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        title_font, detail_font = self._fonts(option)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        metrics = QFontMetrics(title_font)
        max_title = metrics.lineSpacing() * TITLE_LINES
        bounds = metrics.boundingRect(
            QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, text
        )
        if bounds.height() > max_title:  # keep two lines, ending in an ellipsis
            while (
                text
                and metrics.boundingRect(
                    QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, text + "…"
                ).height()
                > max_title
            ):
                text = text[: max(0, len(text) - 4)].rstrip()
            text += "…"
        title_rect = QRect(rect.left(), rect.top(), rect.width(), min(bounds.height(), max_title))
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(detail_font)
        quiet = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(palette.color(quiet))
        detail_rect = QRect(
            rect.left(), title_rect.bottom() + 2, rect.width(), rect.bottom() - title_rect.bottom()
        )
        details = QFontMetrics(detail_font).elidedText(
            index.data(DETAILS_ROLE) or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, details
        )
        painter.restore()


class ArticleList(QListWidget):
    """Emits article_selected(id) with -1 for all articles."""

    article_selected = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Articles")
        self.setItemDelegate(ArticleItemDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current)
        self._loading = False

    def set_articles(self, articles: list[dict[str, Any]]) -> None:
        current = self.current_article_id()
        self._loading = True
        self.clear()
        total = sum(int(a.get("quote_count") or 0) for a in articles)
        self._add(-1, "All articles", total, plural(len(articles), "article"))
        for a in articles:
            source = [str(x) for x in (a.get("publisher"), (a.get("published") or "")[:10]) if x]
            self._add(
                int(a["id"]),
                a.get("title") or f"Article {a['id']}",
                int(a.get("quote_count") or 0),
                " · ".join(source),
            )
        self._loading = False
        self.select_article(current if current is not None else -1, emit=False)

    def _add(self, article_id: int, title: str, count: int, details: str) -> None:
        line = " · ".join(x for x in (plural(count, "quote"), details) if x)
        item = QListWidgetItem(title)
        item.setData(ARTICLE_ID_ROLE, article_id)
        item.setData(DETAILS_ROLE, line)
        item.setToolTip(f"{title}\n{line}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {line}")
        self.addItem(item)

    def current_article_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(ARTICLE_ID_ROLE))

    def select_article(self, article_id: int, emit: bool = True) -> None:
        for row in range(self.count()):
            if self.item(row).data(ARTICLE_ID_ROLE) == article_id:
                self._loading = not emit
                self.setCurrentRow(row)
                self._loading = False
                return

    def _on_current(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None and not self._loading:
            self.article_selected.emit(int(current.data(ARTICLE_ID_ROLE)))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # titles re-wrap to the new width


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
