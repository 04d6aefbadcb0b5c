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


def offer_restore_of_damaged(path: Path, problem: str, parent: Any = None) -> bool:
    """At start-up, for a library that fails its check: say what is damaged and offer the
    backups. True if one was restored (the damaged file is kept aside), so open it again."""
    from homsquotes.core.library.backups import list_backups, restore

    backups = list_backups(path)
    dialog = RestoreBackupDialog(backups, parent)
    dialog.setWindowTitle("The library is damaged")
    dialog.layout().insertWidget(0, _problem_label(problem))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    restore(path, dialog.chosen())
    return True


def _problem_label(problem: str) -> QLabel:
    label = QLabel(problem)
    label.setWordWrap(True)
    label.setAccessibleName("What is damaged")
    return label
