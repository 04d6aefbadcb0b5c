"""The speakers view: each speaker with type and quote count; rename and merge."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

SPEAKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CountItem(QTableWidgetItem):
    """Sorts numerically rather than as text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class SpeakersView(QWidget):
    """Emits speaker_activated(name) to filter the table, and rename/merge requests."""

    speaker_activated = Signal(str)
    rename_requested = Signal(str, str)  # old name, new name
    merge_requested = Signal(str, str)  # keep, absorb

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Speakers")
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("Speakers table")
        self.table.setHorizontalHeaderLabels(["Speaker", "Type", "Quotes"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.SortOrder.AscendingOrder)  # A to Z until a header is clicked
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(self._activated)

        self.rename_button = QPushButton("&Rename…")
        self.rename_button.setAccessibleName("Rename speaker")
        self.merge_button = QPushButton("&Merge…")
        self.merge_button.setAccessibleName("Merge speakers")
        self.merge_button.setToolTip("Select two or more speakers; the others join the first")
        self.rename_button.clicked.connect(self._rename)
        self.merge_button.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_speakers(self, speakers: list[dict[str, Any]]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(speakers))
        for row, s in enumerate(speakers):
            name = QTableWidgetItem(s.get("name") or "")
            aliases = [a for a in s.get("aliases") or [] if a != s.get("name")]
            if aliases:
                name.setToolTip("Also: " + "; ".join(aliases))
            name.setData(SPEAKER_ID_ROLE, s.get("id"))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(s.get("type") or ""))
            count = CountItem(str(s.get("quote_count") or 0))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, count)
        self.table.setSortingEnabled(True)

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).text() for r in rows]

    def _activated(self, item: QTableWidgetItem) -> None:
        self.speaker_activated.emit(self.table.item(item.row(), 0).text())

    def _rename(self) -> None:
        names = self.selected_names()
        if len(names) != 1:
            return
        new, ok = QInputDialog.getText(
            self, "Rename speaker", f"New name for {names[0]}:", text=names[0]
        )
        if ok and new.strip() and new.strip() != names[0]:
            self.rename_requested.emit(names[0], new.strip())

    def _merge(self) -> None:
        names = self.selected_names()
        if len(names) < 2:
            return
        keep, ok = QInputDialog.getItem(self, "Merge speakers", "Keep this name:", names, 0, False)
        if ok:
            for other in names:
                if other != keep:
                    self.merge_requested.emit(keep, other)
