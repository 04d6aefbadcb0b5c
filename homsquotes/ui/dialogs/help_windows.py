"""Help › Keyboard Shortcuts (every action with a key, read from the window's own actions, so
the list never drifts from the menus) and Help › User Guide (bundled HTML, offline)."""

from __future__ import annotations

import html
from typing import Any

from homsquotes.ui.qt import (
    QAction,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

GUIDE_FILE = "guide.html"
# View menu entries that move the focus, named for what they do in a list of keys.
VIEW_NAMES = {
    "Quotes": "Go to the quote table",
    "Articles": "Go to the article list",
    "Speakers": "Go to the speakers list",
    "Reader": "Go to the article text",
    "Details": "Go to the quote details",
}


def shortcut_rows(window: Any) -> list[tuple[str, str]]:
    """(action, keys) for every action of the window and its review pane that has a key."""
    from homsquotes.ui.views.review_panel import DECISIONS, KEY_NAMES

    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        name = action.text().replace("&", "").rstrip("…").strip()
        if name in VIEW_NAMES:
            name = VIEW_NAMES[name]
        if not keys or not name or name in seen or action.parent() is getattr(
            window, "review_panel", None
        ):
            continue
        seen.add(name)
        rows.append((name, ", ".join(k for k in keys if k)))
    for _signal, label, keys in DECISIONS:
        rows.append(
            (f"Review: {label.replace('&', '')}", ", ".join(KEY_NAMES.get(k, k) for k in keys))
        )
    rows.append(("Review: cancel a fix, or leave review", "Esc"))
    return sorted(rows, key=lambda r: (r[0].startswith("Review"), r[0].casefold()))


class ShortcutsWindow(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard Shortcuts")
        self.setAccessibleName("Keyboard Shortcuts")
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


class GuideWindow(QDialog):
    def __init__(self, parent: Any = None) -> None:
        from homsquotes.core.errors import InputError
        from homsquotes.resources import resource_path

        super().__init__(parent)
        self.setWindowTitle("User Guide")
        self.setAccessibleName("User Guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the app
        try:
            self.browser.setHtml(resource_path(GUIDE_FILE).read_text(encoding="utf-8"))
        except (InputError, OSError) as exc:
            self.browser.setHtml(f"<p>The user guide is missing: {html.escape(str(exc))}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
