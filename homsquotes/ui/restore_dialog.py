"""File › Restore from backup…: pick one of the library's rolling backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
)


class RestoreBackupDialog(QDialog):
    """The backups newest first; Restore brings the chosen one back (core does the work)."""

    def __init__(self, backups: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setAccessibleName("Restore from backup")
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        for backup in backups:
            label = f"{backup.taken_at:%A %d %B %Y, %H:%M}  ({backup.size / 1_048_576:.1f} MB)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText("Restore")
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = (
            "The library goes back to the chosen day. Its current contents are kept in a "
            "file beside it first, so nothing is lost."
            if backups
            else "There are no backups yet: one is made at the first change of each day."
        )
        note = QLabel(text)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
