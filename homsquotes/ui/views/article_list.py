"""The article list: "All articles" and then each article with its quote count."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QAbstractListModel,
    QFont,
    QFontMetrics,
    QListView,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
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
ALL_ARTICLES = -1  # the id of the "All articles" row


class ArticleItemDelegate(QStyledItemDelegate):
    """Title in bold (up to two lines), then quote count and source in a quieter colour."""

    def _fonts(self, option: Any) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def sizeHint(self, option: Any, index: Any) -> QSize:
        # Every row has room for two title lines and the details line: the list uses uniform
        # item sizes (taken from the first row, "All articles", one line long), so a height
        # measured per title would cut the details line off every two-line title.
        title_font, detail_font = self._fonts(option)
        width = max(option.rect.width(), 200) - 2 * PADDING
        title_height = QFontMetrics(title_font).lineSpacing() * TITLE_LINES
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


class ArticleListModel(QAbstractListModel):
    """Row 0 is "All articles"; then one row per article (a plain list, cheap at 10,000)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str, str]] = []  # (article id, title, details line)

    def set_rows(self, rows: list[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        article_id, title, details = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == DETAILS_ROLE:
            return details
        if role == ARTICLE_ID_ROLE:
            return article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title}\n{details}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}, {details}"
        return None


class ArticleList(QListView):
    """Emits article_selected(id) with ALL_ARTICLES for all articles; article_activated(id)
    on a double-click or Enter on an article (opens its details)."""

    article_selected = Signal(int)
    article_activated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Articles")
        self.list_model = ArticleListModel(self)
        self.setModel(self.list_model)
        self.setItemDelegate(ArticleItemDelegate(self))
        # Every row is two title lines plus a details line: the view never measures 10,000 rows.
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(self._on_current)
        self.activated.connect(self._on_activated)
        self._loading = False

    def set_articles(self, articles: list[dict[str, Any]]) -> None:
        current = self.current_article_id()
        total = sum(int(a.get("quote_count") or 0) for a in articles)
        summary = f"{plural(total, 'quote')} · {plural(len(articles), 'article')}"
        rows = [(ALL_ARTICLES, "All articles", summary)]
        for a in articles:
            count = plural(int(a.get("quote_count") or 0), "quote")
            source = [str(x) for x in (a.get("publisher"), (a.get("published") or "")[:10]) if x]
            title = a.get("title") or f"Article {a['id']}"
            rows.append((int(a["id"]), title, " · ".join([count, *source])))
        self._loading = True
        self.list_model.set_rows(rows)
        self._loading = False
        self.select_article(current if current is not None else ALL_ARTICLES, emit=False)

    def count(self) -> int:
        return self.list_model.rowCount()

    def details(self, row: int) -> str:
        return self.list_model.index(row, 0).data(DETAILS_ROLE)

    def current_article_id(self) -> int | None:
        index = self.currentIndex()
        return None if not index.isValid() else int(index.data(ARTICLE_ID_ROLE))

    def select_article(self, article_id: int, emit: bool = True) -> None:
        for row, (row_id, _title, _details) in enumerate(self.list_model.rows):
            if row_id == article_id:
                self._loading = not emit
                self.setCurrentIndex(self.list_model.index(row, 0))
                self._loading = False
                return

    def _on_activated(self, index: QModelIndex) -> None:
        article_id = int(index.data(ARTICLE_ID_ROLE)) if index.isValid() else ALL_ARTICLES
        if article_id != ALL_ARTICLES:
            self.article_activated.emit(article_id)

    def _on_current(self, current: QModelIndex, _previous: Any) -> None:
        if current.isValid() and not self._loading:
            self.article_selected.emit(int(current.data(ARTICLE_ID_ROLE)))


def plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
