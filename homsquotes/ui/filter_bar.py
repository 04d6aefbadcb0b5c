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
from homsquotes.ui.quote_table_model import KINDS, STATUSES

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
        self.tag = self._line_edit("Tag", "Tag filter")
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
        for edit in (self.search, self.speaker, self.tag):
            edit.textChanged.connect(lambda _t: self.timer.start())
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self._now())

    def _line_edit(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setAccessibleName(name)
        return edit

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
            "tag": self.tag.text().strip() or None,
        }

    def clear(self) -> None:
        widgets = (self.search, self.speaker, self.tag, self.kind, self.status)
        for w in widgets:
            w.blockSignals(True)
        for edit in (self.search, self.speaker, self.tag):
            edit.clear()
        for combo in (self.kind, self.status):
            combo.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.timer.stop()

    def has_text_focus(self) -> bool:
        return any(w.hasFocus() for w in (self.search, self.speaker, self.tag))
