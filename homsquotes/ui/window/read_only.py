"""A library opened from read-only media: a banner says so, and every way to change it is off.

Reading, searching, copying citations, exporting and backing up to another folder stay."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import QLabel, QToolBar

BANNER = (
    "Read-only: this library is on read-only media or lacks write permission. You can read, "
    "search, cite and export it; copy it to a writable folder to edit it."
)


def apply_read_only(window: Any) -> QToolBar:
    banner = QToolBar("Read-only", window)
    banner.setObjectName("read_only_banner")
    banner.setMovable(False)
    label = QLabel(BANNER)
    label.setAccessibleName("Read-only library")
    label.setWordWrap(True)
    label.setStyleSheet("padding: 4px; background: #fff3cd; color: #664d03")
    banner.addWidget(label)
    window.addToolBar(banner)
    for action in (window.import_action, window.paste_action, window.undo_action,
                   window.redo_action, window.add_quote_action, window.delete_action,
                   window.restore_action):
        action.setEnabled(False)
    window.setAcceptDrops(False)
    window.model.read_only = True
    window.detail.read_only = True
    window.detail.show_quote(window.detail.quote)
    for button in (window.speakers.rename_button, window.speakers.merge_button):
        button.setEnabled(False)
    return banner
