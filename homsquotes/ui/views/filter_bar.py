"""The filter bar above the quote table: search (FTS5), speaker, kind, status, tag.

Typing is debounced: ``changed`` fires once the user pauses, not on every key.
"""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStringListModel,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from homsquotes.ui.views.quote_table_model import KINDS, STATUSES

SEARCH_DELAY_MS = 250


def speaker_completer(names: QStringListModel, parent: Any) -> QCompleter:
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, speaker_names: QStringListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = self._line_edit("Search quotes, context, speakers, notes  (Ctrl+F)", "Search")
        self.speaker = self._line_edit("Speaker", "Speaker filter")
        self.speaker.setCompleter(speaker_completer(speaker_names, self.speaker))
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind filter")
        self.kind.addItem("All kinds", "all")
        for k in KINDS:
            self.kind.addItem(k.capitalize(), k)
        self.status = QComboBox()
        self.status.setAccessibleName("Status filter")
        self.status.addItem("Any status", None)
        for s in STATUSES:
            self.status.addItem(s.capitalize(), s)
        self.tag = self._tag_combo()
        self._tags: list[dict[str, Any]] = []
        self.clear_button = QPushButton("Clear")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.setToolTip("Show every quote again")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.search, 4)
        row.addWidget(self.speaker, 2)
        row.addWidget(self.kind)
        row.addWidget(self.status)
        row.addWidget(self.tag, 1)
        row.addWidget(self.clear_button)

        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        for edit in (self.search, self.speaker):
            edit.textChanged.connect(lambda _t: self.timer.start())
        self.tag.editTextChanged.connect(lambda _t: self.timer.start())
        self.tag.activated.connect(lambda _i: self._now())  # picked from the list: no wait
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self._now())

    def _line_edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setAccessibleName(name)
        return edit

    def _tag_combo(self) -> QComboBox:
        # Editable, so a tag can be typed (with completion) as well as picked from the list.
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName("Tag filter")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.lineEdit().setPlaceholderText("Tag")
        combo.lineEdit().setClearButtonEnabled(True)
        completer = combo.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def set_tags(self, tags: list[dict[str, Any]]) -> None:
        """Offer the library's tags (lib.tags()); what the user has typed stays as it is."""
        if tags == self._tags:  # the watch timer calls this every refresh: keep the popup still
            return
        self._tags = list(tags)
        typed = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        for t in tags:
            self.tag.addItem(str(t["name"]))
            count = int(t.get("quote_count") or 0)
            self.tag.setItemData(
                self.tag.count() - 1,
                f"{count:,} quote{'' if count == 1 else 's'}",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.tag.setCurrentIndex(-1)
        self.tag.setEditText(typed)
        self.tag.blockSignals(False)

    def _now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """Keyword arguments for QuoteFilter (the article comes from the article list)."""
        return {
            "speaker": self.speaker.text().strip() or None,
            "search": self.search.text().strip() or None,
            "kind": self.kind.currentData() or "all",
            "status": self.status.currentData(),
            "tag": self.tag.currentText().strip() or None,
        }

    def clear(self) -> None:
        widgets = (self.search, self.speaker, self.tag, self.kind, self.status)
        for w in widgets:
            w.blockSignals(True)
        for edit in (self.search, self.speaker):
            edit.clear()
        for combo in (self.kind, self.status):
            combo.setCurrentIndex(0)
        self.tag.setCurrentIndex(-1)
        self.tag.clearEditText()
        for w in widgets:
            w.blockSignals(False)
        self.timer.stop()

    def focused_text_edit(self) -> QLineEdit | None:
        """The filter text field with keyboard focus, if any (Ctrl+Z then undoes typing)."""
        for edit in (self.search, self.speaker):
            if edit.hasFocus():
                return edit
        if self.tag.hasFocus() or self.tag.lineEdit().hasFocus():
            return self.tag.lineEdit()
        return None

    def has_text_focus(self) -> bool:
        return self.focused_text_edit() is not None
