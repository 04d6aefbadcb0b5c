"""Ctrl+Z in a text field: undo the typing while there is typing to undo, else the library.

A QLineEdit or QPlainTextEdit claims Ctrl+Z and Ctrl+Shift+Z for itself even with nothing
to undo, so Edit › Undo never fired while a detail field had focus and the keys did
nothing. This filter lets the field keep them only while it has its own step to take.
"""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import QEvent, QKeySequence, QLineEdit, QObject, QPlainTextEdit


def has_own_step(widget: Any, redo: bool) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class FieldUndoFilter(QObject):
    """Install on text fields; their Ctrl+Z falls through to the window when they have none."""

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()
            )
            if (undo or redo) and not has_own_step(watched, redo=redo and not undo):
                event.ignore()  # not overridden: the window's Undo/Redo action takes the key
                return True
        return False


def install_field_undo(widgets: list[Any], parent: QObject) -> FieldUndoFilter:
    undo_filter = FieldUndoFilter(parent)
    for widget in widgets:
        widget.installEventFilter(undo_filter)
    return undo_filter
