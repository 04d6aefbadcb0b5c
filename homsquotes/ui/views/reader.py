"""The article reader: full text with every quote highlighted, speaker mentions and cues marked.

An interrupted quotation is highlighted part by part: the reporter's "she said" between its
parts stays plain (its mention and cue are marked as mention and cue), and clicking it selects
nothing.

Library offsets count Python characters; QTextDocument counts UTF-16 units, so a
character outside the Basic Multilingual Plane (an emoji) takes two positions there.
``OffsetMap`` converts between the two so highlights stay on the right words.
"""

from __future__ import annotations

import bisect
import json
from typing import Any

from homsquotes.ui.qt import (
    QColor,
    QEvent,
    QFont,
    QMenu,
    QPalette,
    Qt,
    QTextBrowser,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QToolTip,
    Signal,
)


class OffsetMap:
    """Python string offsets <-> QTextDocument positions."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_doc(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_doc(self, position: int) -> int:
        offset = position
        for n, astral_at in enumerate(self._astral):
            if astral_at + n >= position:
                break
            offset -= 1
        return offset


def part_spans(quote: dict) -> list[tuple[int, int]]:
    """Offsets of a quote's parts: only the quoted words, never the reporter's between them."""
    parts = quote.get("parts") or [{"start": quote["start"], "end": quote["end"]}]
    return [(int(p["start"]), int(p["end"])) for p in parts]


def span_of(quote: dict, name: str) -> tuple[int, int] | None:
    """Offsets of a quote's mention or cue.

    The library stores them as ``<name>_start``/``<name>_end`` beside the text; a
    dict or JSON object with start/end under ``<name>`` is accepted too.
    """
    start, end = quote.get(f"{name}_start"), quote.get(f"{name}_end")
    if start is not None and end is not None:
        return int(start), int(end)
    value = quote.get(name)
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, dict) and value.get("start") is not None and value.get("end") is not None:
        return int(value["start"]), int(value["end"])
    return None


class ArticleReader(QTextBrowser):
    """Shows one article. Emits quote_clicked(id) and add_quote_requested(start, end)."""

    quote_clicked = Signal(int)
    add_quote_requested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article reader")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.article_id: int | None = None
        self.text = ""
        self._map = OffsetMap("")
        # (start, end, quote id) in doc positions, one entry per part of a quote
        self._spans: list[tuple[int, int, int]] = []
        self._labels: dict[int, str] = {}  # quote id -> "speaker, affiliation" for tooltips
        self._current: int | None = None
        self.dimmed: list[tuple[int, int]] = []  # furniture and title ranges, greyed

    # ---- content -------------------------------------------------------------------

    def show_article(
        self, article_id: int | None, text: str, title: str, quotes: list[dict]
    ) -> None:
        self.article_id = article_id
        self.text = text
        self._map = OffsetMap(text)
        self._current = None
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        if title:
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setFontPointSize(self.font().pointSizeF() * 1.3)
            cursor.insertText(title, heading)
            cursor.insertBlock()
            cursor.insertBlock()
        self._base = cursor.position()
        cursor.insertText(text, QTextCharFormat())
        self._dim_furniture()
        self._spans = []
        self._labels = {}
        self._mark_quotes(quotes)
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _dim_furniture(self) -> None:
        """Grey the page furniture (navigation, sign-up blurbs, footers) and the title line
        the heading repeats. They stay in the text because quote offsets count them."""
        from homsquotes.core.extraction.layout.furniture import find_layout

        layout = find_layout(self.text)
        dim = QTextCharFormat()
        dim.setForeground(
            self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        )
        ranges = list(layout.furniture)
        if layout.title:
            ranges.append((layout.title.start, layout.title.end))
        for start, end in ranges:
            if 0 <= start < end <= len(self.text):
                self._apply(start, end, dim)
        self.dimmed = ranges

    def _doc(self, offset: int) -> int:
        return self._base + self._map.to_doc(offset)

    def _mark_quotes(self, quotes: list[dict]) -> None:
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(55)
        quote_format = QTextCharFormat()
        quote_format.setBackground(highlight)
        mention_format = QTextCharFormat()
        mention_format.setFontWeight(QFont.Weight.Bold)
        mention_format.setFontUnderline(True)
        cue_format = QTextCharFormat()
        cue_format.setFontItalic(True)
        cue_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        for q in quotes:
            parts = [(s, e) for s, e in part_spans(q) if 0 <= s < e <= len(self.text)]
            if not parts:
                continue
            for start, end in parts:
                self._apply(start, end, quote_format)
                self._spans.append((self._doc(start), self._doc(end), int(q["id"])))
            who = ", ".join(x for x in (q.get("speaker"), q.get("affiliation")) if x)
            self._labels[int(q["id"])] = who or "speaker unknown"
            for name, fmt in (("mention", mention_format), ("cue", cue_format)):
                span = span_of(q, name)
                if span and 0 <= span[0] < span[1] <= len(self.text):
                    self._apply(span[0], span[1], fmt)
        self._spans.sort()

    def _apply(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._doc(start))
        cursor.setPosition(self._doc(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    # ---- quote <-> position --------------------------------------------------------

    def quote_at(self, position: int) -> int | None:
        i = bisect.bisect_right(self._spans, (position, float("inf"), 0)) - 1
        if i >= 0 and self._spans[i][0] <= position < self._spans[i][1]:
            return self._spans[i][2]
        return None

    def scroll_to_quote(self, quote_id: int) -> None:
        """Mark the quote as current (each of its parts) and bring it into view."""
        parts = [(start, end) for start, end, qid in self._spans if qid == quote_id]
        if not parts:
            return
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(130)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        selections = []
        for start, end in parts:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self._current = quote_id
        # Bring the end into view first, then the start, so the whole quote shows.
        for position in (parts[-1][1], parts[0][0]):
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def selected_offsets(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = max(cursor.selectionStart(), self._base) - self._base
        end = cursor.selectionEnd() - self._base
        start, end = self._map.from_doc(start), self._map.from_doc(end)
        if end <= start:
            return None
        return start, end

    # ---- events --------------------------------------------------------------------

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        quote_id = self.quote_at(position)
        if quote_id is not None and quote_id != self._current:
            self.quote_clicked.emit(quote_id)

    def viewportEvent(self, event: Any) -> bool:
        # Hovering a quote says who said it.
        if event.type() == QEvent.Type.ToolTip:
            quote_id = self.quote_at(self.cursorForPosition(event.pos()).position())
            if quote_id is not None:
                QToolTip.showText(event.globalPos(), self._labels.get(quote_id, ""), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        offsets = self.selected_offsets()
        action = menu.addAction("Add quote from selection")
        action.setEnabled(offsets is not None and self.article_id is not None)
        if offsets is not None:
            action.triggered.connect(lambda: self.add_quote_requested.emit(*offsets))
        menu.exec(event.globalPos())
