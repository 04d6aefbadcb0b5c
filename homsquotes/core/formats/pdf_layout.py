"""From positioned lines to paragraphs: what a printed page loses about its text.

A PDF knows lines, not paragraphs. A paragraph ends where the next line begins lower than
the usual line spacing, is indented, or follows a line that stopped short of the column's
right edge although the next word would have fitted. Lines inside a paragraph are joined
with a space; a word hyphenated across a line break is joined again. Running headers and
footers (the same line at the top or bottom of most pages) and page numbers are dropped.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

# The top and bottom share of a page where running headers, footers and page numbers live.
MARGIN_BAND = 0.12
# A line one and a half times the usual spacing below the one before starts a new paragraph.
PARAGRAPH_GAP = 1.45
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE
)
# A browser's print footer: the page's address and "1/3".
_PRINTED_URL = re.compile(r"(https?://\S+)\s+\d{1,4}\s*/\s*\d{1,4}")
# PDFium writes "\ufffe" for a hyphen it found at a line end; some PDFs carry U+00AD or U+0002.
_LINE_END_HYPHEN = "\ufffe"
_HYPHENATED = re.compile(r"(\w+)\ufffe\s*(\w*)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words that begin hyphenated compounds ("well-known", "self-made", "two-thirds"): split at a
# line end after one of them, the hyphen is kept.
_COMPOUND_FIRSTS = (
    "well self so long short high low full half all ill far ex non mid cross much best little "
    "free hard old year day week one two three four five six seven eight nine ten first second "
    "third last"
)
COMPOUND_FIRSTS = frozenset(_COMPOUND_FIRSTS.split())


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text and its box in PDF points (y grows upwards), with its page's size."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    page_width: float
    page_height: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)

    @property
    def char_width(self) -> float:
        return max((self.right - self.left) / max(len(self.text), 1), 1.0)


def paragraphs_from_pages(pages: list[list[Line]]) -> list[str]:
    """The paragraphs of a document, given each page's lines in reading order."""
    pages = drop_page_furniture(pages)
    flow = [(number, line) for number, page in enumerate(pages) for line in page]
    if not flow:
        return []
    spacing = _usual_spacing(pages)
    column_right = _column_rights([line for _, line in flow])
    groups: list[list[str]] = [[_normalise(flow[0][1].text)]]
    for (prev_page, prev), (page, line) in zip(flow, flow[1:], strict=False):
        if _starts_paragraph(prev, line, prev_page != page, spacing, column_right):
            groups.append([])
        groups[-1].append(_normalise(line.text))
    paragraphs = [_join_lines(group) for group in groups]
    vocabulary = Counter(w.lower() for p in paragraphs for w in _WORD.findall(p))
    return [_rejoin_hyphenated(p, vocabulary) for p in paragraphs if p.strip()]


def drop_page_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without page numbers and without lines repeated in the margins of most pages."""
    def in_margin(line: Line) -> bool:
        band = line.page_height * MARGIN_BAND
        return line.bottom >= line.page_height - band or line.top <= band

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    def placed(line: Line) -> tuple[str, int]:
        return key(line), round(line.top)

    seen_on_pages: Counter[str] = Counter()
    for page in pages:
        seen_on_pages.update({key(line) for line in page if in_margin(line)})
    needed = max(2, math.ceil(len(pages) / 2))
    # A header that changes with the section (an export's current headline) repeats only on
    # the pages of that section, but always at the same height: on a neighbouring page too.
    placed_on = [{placed(line) for line in page if in_margin(line)} for page in pages]

    def on_a_neighbour(number: int, line: Line) -> bool:
        return any(
            0 <= other < len(pages) and placed(line) in placed_on[other]
            for other in (number - 1, number + 1)
        )

    return [
        [
            line
            for line in page
            if not (
                in_margin(line)
                and (
                    _PAGE_NUMBER.fullmatch(line.text.strip())
                    or _PRINTED_URL.fullmatch(line.text.strip())
                    or (len(pages) > 1 and seen_on_pages[key(line)] >= needed)
                    or on_a_neighbour(number, line)
                )
            )
        ]
        for number, page in enumerate(pages)
    ]


def printed_url(pages: list[list[Line]]) -> str | None:
    """The address in a browser's print footer ("https://... 1/3"), if the PDF has one."""
    for page in pages:
        for line in page:
            m = _PRINTED_URL.fullmatch(line.text.strip())
            if m:
                return m.group(1)
    return None


def _usual_spacing(pages: list[list[Line]]) -> float:
    """The distance between the baselines of consecutive lines inside a paragraph: the
    smallest step that is common (a twentieth of all steps or more), since exports of short
    labelled lines have more paragraph gaps than line steps."""
    steps = Counter(
        round(prev.bottom - line.bottom)
        for page in pages
        for prev, line in zip(page, page[1:], strict=False)
        if 0 < prev.bottom - line.bottom < 3 * prev.height
    )
    total = sum(steps.values())
    common = [step for step, count in steps.items() if count >= max(2, total / 20)]
    if common:
        return float(min(common))
    heights = [line.height for page in pages for line in page]
    return 1.2 * statistics.median(heights)


def _column_rights(lines: list[Line]) -> dict[int, float]:
    """For each column (lines grouped by their left edge), the right edge of its full lines."""
    rights: dict[int, list[float]] = {}
    for line in lines:
        rights.setdefault(_column(line), []).append(line.right)
    out = {}
    for column, values in rights.items():
        values.sort()
        out[column] = values[int(0.95 * (len(values) - 1))]
    return out


def _column(line: Line) -> int:
    # Columns are told apart by their left edge, in steps of a sixth of the page width.
    return int(line.left // max(line.page_width / 6, 1.0))


def _starts_paragraph(
    prev: Line, line: Line, new_page: bool, spacing: float, column_right: dict[int, float]
) -> bool:
    next_word = line.text.split()[0] if line.text.split() else ""
    room = column_right.get(_column(prev), prev.right) - prev.right
    stopped_short = room > (len(next_word) + 1) * prev.char_width
    if new_page or line.top > prev.top + prev.height / 2:  # a new page or the next column
        # A full line that ends a sentence, before a capital: a paragraph may end there, and a
        # heading or field line ("Classification") after it must not be glued on.
        sentence_end = re.search(r"[.!?][\"”’)]*$", prev.text) and next_word[:1].isupper()
        return stopped_short or bool(sentence_end)
    if prev.bottom - line.bottom > PARAGRAPH_GAP * spacing:
        return True
    if line.left > prev.left + 1.5 * prev.char_width and _column(line) == _column(prev):
        return True  # an indented first line
    return stopped_short


def _normalise(text: str) -> str:
    text = text.replace("\x02", _LINE_END_HYPHEN).replace("\u00ad", _LINE_END_HYPHEN)
    return re.sub(r"\s+", " ", text).strip()


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith(_LINE_END_HYPHEN):
            out += line
        elif re.search(r"[^\W\d_]-$", out) and line[:1].islower():
            out = out[:-1] + _LINE_END_HYPHEN + line  # a plain hyphen before a lower-case word
        else:
            out += " " + line
    return out


def _rejoin_hyphenated(paragraph: str, vocabulary: Counter[str]) -> str:
    """'inter\ufffenational' -> 'international'; 'Anglo\ufffeAmerican', 'well\ufffeknown' and any
    pair the document writes hyphenated elsewhere keep the hyphen."""

    def join(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        if not second:
            return first + "-"
        hyphenated = f"{first}-{second}".lower()
        closed = f"{first}{second}".lower()
        if (
            second[0].isupper()
            or first.lower() in COMPOUND_FIRSTS
            or vocabulary[hyphenated] > vocabulary[closed]
        ):
            return f"{first}-{second}"
        return first + second

    return _HYPHENATED.sub(join, paragraph).replace(_LINE_END_HYPHEN, "-")
