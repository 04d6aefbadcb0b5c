"""The speakers view: each speaker with type and quote count; filter, rename and merge.

A list model rather than a QTableWidget: a library of thousands of speakers costs
one Python list, not thousands of item objects.
"""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)

HEADERS = ("Speaker", "Type", "Quotes")


class SpeakersModel(QAbstractTableModel):
    """Speakers, sorted and filtered in Python: one list sort, not a proxy's n·log n calls."""

    SORT_KEYS = (
        lambda s: (s.get("name") or "").casefold(),
        lambda s: ((s.get("type") or ""), (s.get("name") or "").casefold()),
        lambda s: (int(s.get("quote_count") or 0), (s.get("name") or "").casefold()),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_speakers: list[dict[str, Any]] = []
        self.speakers: list[dict[str, Any]] = []  # the shown ones, in shown order
        self.sort_column, self.sort_order = 0, Qt.SortOrder.AscendingOrder
        self.needle = ""

    def set_speakers(self, speakers: list[dict[str, Any]]) -> None:
        self.all_speakers = list(speakers)
        self._arrange()

    def set_filter(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self._arrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = max(column, 0), order
        self._arrange()

    def _arrange(self) -> None:
        shown = self.all_speakers
        if self.needle:
            shown = [s for s in shown if self.needle in (s.get("name") or "").casefold()]
        self.beginResetModel()
        self.speakers = sorted(
            shown,
            key=self.SORT_KEYS[self.sort_column],
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.speakers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over its column's text, as in the table
            horizontal = Qt.AlignmentFlag.AlignRight if section == 2 else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.speakers):
            return None
        s = self.speakers[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            count = f"{s.get('quote_count') or 0:,}"
            return (s.get("name") or "", s.get("type") or "", count)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            # The full name too: a narrow sidebar elides long ones.
            lines = [s.get("name") or ""]
            aliases = [a for a in s.get("aliases") or [] if a != s.get("name")]
            if aliases:
                lines.append("Also: " + "; ".join(aliases))
            return "\n".join(lines)
        return None


class SpeakersView(QWidget):
    """Emits speaker_activated(name) to filter the table, and rename/merge requests."""

    speaker_activated = Signal(str)
    rename_requested = Signal(str, str)  # old name, new name
    merge_requested = Signal(str, str)  # keep, absorb
    hint = Signal(str)  # what to do first, for the status bar (e.g. select two to merge)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Speakers")
        self.model = SpeakersModel(self)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Find a speaker")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Find a speaker")
        self.filter.textChanged.connect(self.model.set_filter)

        self.table = QTableView()
        self.table.setAccessibleName("Speakers table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z until a header is clicked
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would measure every one of thousands of rows.
        char = self.table.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(1, 12 * char + 12)
        self.table.setColumnWidth(2, 7 * char + 12)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)

        self.rename_button = QPushButton("&Rename…")
        self.rename_button.setAccessibleName("Rename speaker")
        self.merge_button = QPushButton("&Merge…")
        self.merge_button.setAccessibleName("Merge speakers")
        self.merge_button.setToolTip("Select two or more speakers; the others join the one kept")
        self.rename_button.clicked.connect(self._rename)
        self.merge_button.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_speakers(self, speakers: list[dict[str, Any]]) -> None:
        self.model.set_speakers(speakers)

    def names(self) -> list[str]:
        """Speaker names in the order shown."""
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data() for r in rows]

    def _activated(self, index: QModelIndex) -> None:
        self.speaker_activated.emit(self.model.index(index.row(), 0).data())

    def _rename(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            self.hint.emit("Select one speaker to rename")
            return
        new, ok = QInputDialog.getText(
            self, "Rename speaker", f"New name for {names[0]}:", text=names[0]
        )
        if ok and new.strip() and new.strip() != names[0]:
            self.rename_requested.emit(names[0], new.strip())

    def _merge(self) -> None:
        names = self.selected_names()
        if len(names) < 2:
            self.hint.emit(
                "Select two or more speakers to merge (Ctrl+click or Shift+click to add)"
            )
            return
        keep, ok = QInputDialog.getItem(self, "Merge speakers", "Keep this name:", names, 0, False)
        if ok:
            for other in names:
                if other != keep:
                    self.merge_requested.emit(keep, other)
