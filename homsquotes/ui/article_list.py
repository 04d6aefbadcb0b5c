"""The article list: "All articles" and then each article with its quote count."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import QListWidget, QListWidgetItem, Qt, Signal

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleList(QListWidget):
    """Emits article_selected(id) with -1 for all articles."""

    article_selected = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Articles")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.currentItemChanged.connect(self._on_current)
        self._loading = False

    def set_articles(self, articles: list[dict[str, Any]]) -> None:
        current = self.current_article_id()
        self._loading = True
        self.clear()
        total = sum(int(a.get("quote_count") or 0) for a in articles)
        self._add(-1, "All articles", total, f"{len(articles)} articles")
        for a in articles:
            details = " · ".join(
                str(x) for x in (a.get("publisher"), (a.get("published") or "")[:10]) if x
            )
            self._add(
                int(a["id"]),
                a.get("title") or f"Article {a['id']}",
                a.get("quote_count") or 0,
                details,
            )
        self._loading = False
        self.select_article(current if current is not None else -1, emit=False)

    def _add(self, article_id: int, title: str, count: int, details: str) -> None:
        noun = "quote" if count == 1 else "quotes"
        label = f"{title}\n{count} {noun}" + (f" · {details}" if details else "")
        item = QListWidgetItem(label)
        item.setData(ARTICLE_ID_ROLE, article_id)
        item.setToolTip(f"{title}\n{count} {noun}" + (f"\n{details}" if details else ""))
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
