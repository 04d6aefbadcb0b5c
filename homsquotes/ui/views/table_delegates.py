"""Editors for the quote table's cells: choices for kind/status, completion for speakers."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStringListModel,
    QStyledItemDelegate,
    Qt,
)
from homsquotes.ui.views.quote_table_model import COLUMNS, KINDS, STATUSES


class QuoteCellDelegate(QStyledItemDelegate):
    def __init__(self, speaker_names: QStringListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.speaker_names = speaker_names

    def createEditor(self, parent: Any, option: Any, index: Any) -> Any:
        key = COLUMNS[index.column()].key
        if key in ("kind", "status"):
            combo = QComboBox(parent)
            combo.addItems(list(KINDS if key == "kind" else STATUSES))
            combo.setAccessibleName(COLUMNS[index.column()].title)
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(COLUMNS[index.column()].title)
        if key == "speaker":
            completer = QCompleter(self.speaker_names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: Any, index: Any) -> None:
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            editor.setText(value)

    def setModelData(self, editor: Any, model: Any, index: Any) -> None:
        value = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
