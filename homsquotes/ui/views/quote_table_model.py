"""The quote table: row ids from the library plus a lazy page cache.

Like Anki's browser, the model holds only the list of quote ids for the current
filter and sort order; rows are fetched from SQLite a page at a time when a view
asks for them, and the oldest pages are dropped, so a million quotes open at the
cost of one id query and scroll at the cost of the visible page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from homsquotes.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal


@dataclass(frozen=True)
class Column:
    key: str  # key in the library's quote dict
    title: str
    sort: str  # sort name understood by lib.quote_ids
    editable: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("speaker", "Speaker", "speaker", editable=True),
    Column("affiliation", "Affiliation", "affiliation", editable=True),
    Column("text", "Quote", "text"),
    Column("kind", "Kind", "kind", editable=True),
    Column("status", "Status", "status", editable=True),
    Column("article_title", "Article", "article"),
    # Optional columns (View › Columns, or right-click the header); Confidence shows by default.
    Column("confidence", "Confidence", "confidence"),
    Column("article_published", "Date", "published"),
    Column("article_publisher", "Publisher", "publisher"),
    Column("tags", "Tags", "tags"),
)
OPTIONAL_COLUMNS = ("confidence", "article_published", "article_publisher", "tags")
HIDDEN_AT_FIRST = ("article_published", "article_publisher", "tags")
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
QUOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 2
KINDS = ("direct", "term")
STATUSES = ("auto", "edited", "verified")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ANSWERED_ROLES = frozenset(
    int(getattr(r, "value", r))
    for r in (_DISPLAY, Qt.ItemDataRole.EditRole, _TOOLTIP, QUOTE_ROLE, QUOTE_ID_ROLE)
) | frozenset((_DISPLAY, Qt.ItemDataRole.EditRole, _TOOLTIP, QUOTE_ROLE, QUOTE_ID_ROLE))
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_FLAGS = tuple(
    _READ_ONLY | Qt.ItemFlag.ItemIsEditable if c.editable else _READ_ONLY for c in COLUMNS
)

# reader(query, on_done): run query(lib) on another thread's connection, call on_done(result).
Reader = Callable[[Callable[[Any], Any], Callable[[Any], None]], None]

PAGE_SIZE = 200
MAX_CACHED_PAGES = 64


class QuoteTableModel(QAbstractTableModel):
    edit_failed = Signal(str)  # the library refused an edit; the message is one line
    loading_changed = Signal(bool)  # a background id query started (True) or arrived (False)

    def __init__(
        self, lib: Any, quote_filter: Any = None, parent: Any = None, reader: Reader | None = None
    ) -> None:
        super().__init__(parent)
        from homsquotes.core.library import QuoteFilter

        self.lib = lib
        # With a reader, id queries (a second or more on a million quotes) run off the UI
        # thread and the rows shown stay until the new ids arrive; without one they run here.
        self.reader = reader
        self.quote_filter = quote_filter if quote_filter is not None else QuoteFilter()
        # No column chosen: article order, or the best matches first while searching.
        self.sort_name = "relevance"
        self.descending = False
        self.ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[dict]] = OrderedDict()
        self._generation = 0
        self.loading = False
        self.reload()

    # ---- loading -------------------------------------------------------------------

    def _fetch_ids(self, use: Callable[[list[int]], None]) -> None:
        quote_filter, sort, descending = self.quote_filter, self.sort_name, self.descending

        def query(lib: Any) -> list[int]:
            return list(lib.quote_ids(quote_filter, sort=sort, descending=descending))

        if self.reader is None:
            use(query(self.lib))
            return
        self._generation += 1
        generation = self._generation

        def arrived(ids: list[int]) -> None:
            if generation == self._generation:  # a newer request supersedes this one
                self.loading = False
                self.loading_changed.emit(False)
                use(ids)

        self.loading = True
        self.loading_changed.emit(True)
        self.reader(query, arrived)

    def drop_pending_reads(self) -> None:
        """Ignore id queries still running (the window is closing)."""
        self._generation += 1
        self.loading = False

    def _reset_to(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Re-run the id query (new filter, sort or rows added/removed elsewhere)."""
        self._fetch_ids(self._reset_to)

    def refresh(self) -> None:
        """After an edit, undo or import: reset only if the set or order of rows changed."""

        def use(ids: list[int]) -> None:
            if ids == self.ids:
                self.invalidate_all()
            else:
                self._reset_to(ids)

        self._fetch_ids(use)

    def set_filter(self, quote_filter: Any) -> None:
        self.quote_filter = quote_filter
        self.reload()

    def invalidate_rows(self, quote_ids: list[int]) -> None:
        """Drop cached rows of these quotes and tell the views to repaint them."""
        rows = self.row_index()
        for qid in quote_ids:
            row = rows.get(qid)
            if row is None:
                continue
            self._pages.pop(row // PAGE_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def invalidate_all(self) -> None:
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))

    def row_index(self) -> dict[int, int]:
        if self._row_of is None:
            self._row_of = {qid: row for row, qid in enumerate(self.ids)}
        return self._row_of

    def row_of(self, quote_id: int) -> int | None:
        return self.row_index().get(quote_id)

    def quote_id(self, row: int) -> int:
        return self.ids[row]

    def quote_at(self, row: int) -> dict:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page = self.lib.quotes_by_ids(self.ids[start : start + PAGE_SIZE])
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    # ---- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].title if 0 <= section < len(COLUMNS) else None
        return section + 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Views ask for a dozen roles per cell on every repaint; answer the unused ones first.
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if row < 0 or row >= len(self.ids) or not index.isValid():
            return None
        if role == QUOTE_ID_ROLE:
            return self.ids[row]
        quote = self.quote_at(row)
        if role == QUOTE_ROLE:
            return quote
        key = COLUMNS[index.column()].key
        if role == _TOOLTIP and key == "status" and quote.get("review"):
            return f"{quote.get('status')} — needs review: {quote['review']}"
        value = quote.get(key)
        if value is None:
            return None if role == _TOOLTIP else ""
        if key == "tags":
            value = ", ".join(value)
        elif key == "confidence":
            if role == _TOOLTIP:
                return f"Confidence {float(value):.2f} (how sure the extractor is of the speaker)"
            if role == _DISPLAY:
                return f"{float(value):.2f}"
            return float(value)
        elif key == "article_published":
            value = str(value)[:10]
        text = str(value)
        if role == _DISPLAY:
            # One line per row: the full quote is in the tooltip, detail pane and reader.
            return " ".join(text.split())
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = _FLAGS[index.column()]
        if getattr(self, "read_only", False):  # a library on read-only media
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if not column.editable:
            return False
        text = (str(value) if value is not None else "").strip()
        quote_id = self.ids[index.row()]
        if text == (self.quote_at(index.row()).get(column.key) or ""):
            return False
        if column.key == "kind" and text not in KINDS:
            return False
        if column.key == "status" and text not in STATUSES:
            return False
        return self.edit(quote_id, **{column.key: text or None})

    def edit(self, quote_id: int, **fields: Any) -> bool:
        """Write one edit through the library (one undoable change) and repaint its row."""
        from homsquotes.core.errors import HomsquotesError

        try:
            self.lib.edit_quote(quote_id, **fields)
        except HomsquotesError as exc:
            self.edit_failed.emit(str(exc))
            return False
        self.invalidate_rows([quote_id])
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            sort_name, descending = "relevance", False
        else:
            sort_name = COLUMNS[column].sort
            descending = order == Qt.SortOrder.DescendingOrder
        if (sort_name, descending) == (self.sort_name, self.descending):
            return
        self.sort_name, self.descending = sort_name, descending
        self._fetch_ids(self._reorder_to)

    def _reorder_to(self, ids: list[int]) -> None:
        if len(ids) != len(self.ids):  # rows came or went meanwhile: a layout change can't say so
            self._reset_to(ids)
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self.ids[i.row()] for i in old_persistent]
        self.ids = ids
        self._row_of = None
        self._pages.clear()
        rows = self.row_index()
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(rows[qid], old.column()) if qid in rows else QModelIndex()
                for old, qid in zip(old_persistent, old_ids, strict=True)
            ],
        )
        self.layoutChanged.emit()
