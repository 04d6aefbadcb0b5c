"""The Provenance view: quotations carried by several articles, each with its variants.

Left, the groups (most widely carried first); right, the chosen group: its first
appearance, then every article that carries it with outlet, date, speaker (a different
speaker stands out) and the wording with each change highlighted word by word. Layout
only: the window fills it from homsquotes.core.analysis.
"""

from __future__ import annotations

import html
import re
from typing import Any

from homsquotes.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from homsquotes.ui.views.article_list import plural

COLUMNS = ("Articles", "First", "Outlet", "Variants", "Speakers", "Quotation")
_DELETED = re.compile(r"\[-(.*?)-\]")
_INSERTED = re.compile(r"\{\+(.*?)\+\}")


def marked_html(marked: str) -> str:
    """A member's text with [-removed-] and {+added+} words as highlighted HTML."""
    escaped = html.escape(marked).replace("-]{+", "-] {+")  # a replaced word: old, then new
    escaped = _DELETED.sub(
        r'<span style="background:#f6d5d5;text-decoration:line-through">\1</span>', escaped
    )
    return _INSERTED.sub(r'<span style="background:#cdebd3;font-weight:bold">\1</span>', escaped)


def group_html(group: dict[str, Any]) -> str:
    first = group["first"]
    parts = [
        f"<h3>First appearance: {html.escape(first['outlet'] or 'unknown outlet')}, "
        f"{html.escape(first['published'] or 'undated')}</h3>",
        f"<p><i>{html.escape(first['article_title'] or '')}</i> — "
        f"{html.escape(first['speaker'] or 'no speaker')}</p>",
        f"<blockquote>{html.escape(first['text'])} "
        f'(<a href="quote:{first["quote_id"]}">quote {first["quote_id"]}</a>)</blockquote>',
        f"<p>Carried by {group['article_count']} articles; outlets: "
        f"{html.escape(', '.join(group['outlets']) or 'none known')}.</p>",
        '<table cellspacing="0" cellpadding="4" width="100%">',
    ]
    for m in group["members"][1:]:
        speaker = html.escape(m["speaker"] or "no speaker")
        if m["different_speaker"]:
            speaker = f'<span style="color:#b00020;font-weight:bold">{speaker} (different)</span>'
        parts.append(
            f'<tr><td valign="top"><a href="quote:{m["quote_id"]}">quote {m["quote_id"]}</a><br>'
            f"{html.escape(m['relation'])}</td>"
            f'<td valign="top">{html.escape(m["outlet"] or "unknown outlet")}<br>'
            f"{html.escape(m['published'] or 'undated')}</td>"
            f'<td valign="top">{speaker}</td>'
            f'<td valign="top">{marked_html(m["marked"])}</td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)


class ProvenanceView(QWidget):
    """A window of its own (View ▸ Provenance)."""

    min_articles_changed = Signal(int)
    quote_activated = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Provenance — quotations across articles")
        self.setAccessibleName("Provenance")
        self.resize(1100, 640)
        self.groups: list[dict[str, Any]] = []
        self.min_articles = QSpinBox()
        self.min_articles.setRange(1, 1000)
        self.min_articles.setValue(2)
        self.min_articles.setAccessibleName("Carried by at least")
        self.summary = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Quotations")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Variants")
        self.details.setOpenLinks(False)

        top = QHBoxLayout()
        label = QLabel("Carried by at &least")
        label.setBuddy(self.min_articles)
        top.addWidget(label)
        top.addWidget(self.min_articles)
        top.addWidget(QLabel("articles"))
        top.addStretch(1)
        top.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.min_articles.valueChanged.connect(self.min_articles_changed.emit)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.details.anchorClicked.connect(self._link)

    def set_groups(
        self, groups: list[dict[str, Any]], select_group: int | None = None, total: int = 0
    ) -> None:
        self.groups = groups
        self.table.setRowCount(len(groups))
        for r, g in enumerate(groups):
            values = (
                g["article_count"],
                g["first"]["published"] or "undated",
                g["first"]["outlet"] or "",
                g["variant_count"],
                len(g["speakers"]) if not g["different_speakers"] else f"{len(g['speakers'])} ≠",
                " ".join(g["first"]["text"].split()),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        total = max(total, len(groups))
        self.summary.setText(
            plural(total, "quotation")
            if total == len(groups)
            else f"{len(groups):,} of {plural(total, 'quotation')} (the most widely carried)"
        )
        row = next((i for i, g in enumerate(groups) if g["group_id"] == select_group), 0)
        if groups:
            self.table.setCurrentCell(row, 0)
            self._show(row)
        else:
            self.details.setHtml("<p>No quotation in the library is carried that widely.</p>")

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.groups):
            self.details.setHtml(group_html(self.groups[row]))

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("quote:") and text[6:].isdigit():
            self.quote_activated.emit(int(text[6:]))
