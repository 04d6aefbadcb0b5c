"""Cutting an article into sentence units, keeping every quotation whole.

A unit is a sentence as far as attribution is concerned: it never breaks inside a quotation
span (so `"First. Second," she said.` is one unit) and never runs over a line break except
inside a quotation that itself runs over paragraphs.  Offsets always refer to the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from homsquotes.core.extraction.attribution.cues import word_set
from homsquotes.core.extraction.spans.quotemarks import looks_hard_wrapped

# Words that end in a full stop without ending the sentence ("Sen. Cruz", "U.S. officials").
ABBREVIATIONS = word_set(
    "mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm maj pres prof rev st jr sr vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd dept ft mt "
    "u.s u.k u.n d.c a.m p.m e.g i.e "
    # titles before a name ("Coun. Teresa Walsh", "Supt. Gerry Roche", "Hon. Peterson Francis")
    "hon rt cllr coun supt insp det const cpl pvt brig cdr lieut msgr atty amb smt engr sra "
    "srta mme mlle messrs esq"
)
# Abbreviations only before a number ("No. 10", "Vol. 3"); elsewhere "said no." ends a sentence.
NUMBER_ABBREVIATIONS = word_set("no nos vol art")
# (an opening may be two marks: typewriter `''Q''` and ``` ``Q'' ```)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘«„`(\[]{0,2}[A-Z0-9])|\n+")
_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,300}\)(?=[ \t]+[a-z])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_REOPENING = frozenset("\"'`\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a")


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    paragraph: int  # index of the paragraph the unit starts in


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in NUMBER_ABBREVIATIONS:
        return bool(re.match(r"\.\s*\d", text[dot : dot + 4]))
    return word in ABBREVIATIONS or len(word) == 1 or word.count(".") >= 1 and len(word) <= 4


# In a hard-wrapped text, a line this share of the longest lines long or longer was broken by
# the wrapping, not by the writer; a shorter one (a headline, a signature) ends where it ends.
_WRAPPED_LINE_SHARE = 0.6


def _soft_line_breaks(text: str) -> set[int]:
    """Offsets of the single line breaks of a hard-wrapped text that fall inside a sentence:
    there a unit runs on to the next line, as the sentence does (`A spokesman for the group\n
    said it would "fight on"` is one sentence)."""
    if "\n" not in text or not looks_hard_wrapped(text):
        return set()
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    soft, pos = set(), 0
    for line, following in zip(lines, lines[1:], strict=False):
        pos += len(line)
        if line.strip() and following.strip() and len(line.rstrip()) >= _WRAPPED_LINE_SHARE * width:
            soft.add(pos)
        pos += 1
    return soft


def split_units(text: str, quotes: list[tuple[int, int]]) -> list[Unit]:
    """Sentence units covering the non-blank text, in order; quotation spans are never cut."""
    starts = [s for s, _ in quotes]

    def inside_quote(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos - 1) - 1
        return i >= 0 and quotes[i][0] < pos < quotes[i][1]

    soft = _soft_line_breaks(text)
    # a gloss in brackets right after a quotation runs on to its cue: `"Dati, hanggang tuhod
    # lang," (Before, it was only knee-deep. Now it reaches the chest.) said Santos`
    glosses = [
        (g.start(), g.end())
        for _s, e in quotes
        if (g := _GLOSS.match(text, e)) is not None
    ]
    cuts = []
    for m in _BOUNDARY.finditer(text):
        pos = m.end()
        if inside_quote(pos) or m.start() in soft:
            continue
        if any(gs < m.start() < ge for gs, ge in glosses):
            continue
        if re.fullmatch(r"[?!,]+[\"”’']+", m.group()):
            # `"Really?" she asked.` / `"Q?" Hannity pressed.`: the attribution follows
            continue
        if (
            text[m.start()] == "."
            and m.group().startswith(".")
            and len(m.group().rstrip("\"'”’)]")) == 1
            and _is_abbreviation(text, m.start())
        ):
            continue
        cuts.append(pos)
    # a line break inside a quotation that the next line carries on (a hard-wrapped line, not a
    # paragraph re-opened with a mark) starts no paragraph: what follows the quotation on its
    # last line is in the paragraph it opened in (`''We have heard the\nexcuses,'' Whitfield
    # said. ''There …''` is one quote in two parts)
    para_starts = [0]
    for m in re.finditer(r"\n\s*", text):
        wrapped = inside_quote(m.start()) and text[m.end() : m.end() + 1] not in _REOPENING
        if not wrapped and m.start() not in soft:
            para_starts.append(m.end())
    units = []
    prev = 0
    for pos in [*cuts, len(text)]:
        seg_start, seg_end = prev, pos
        while seg_start < seg_end and text[seg_start].isspace():
            seg_start += 1
        while seg_end > seg_start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end > seg_start:
            units.append(Unit(seg_start, seg_end, bisect.bisect_right(para_starts, seg_start) - 1))
        prev = pos
    return units
