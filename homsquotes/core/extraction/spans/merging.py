"""Joining the parts of one stretch of speech into one quotation.

Contract -- one quote in parts, or separate quotes of the same speaker:

- One quote, in parts: `"Q1," she said, "Q2."` when only the shared attribution lies between
  the parts; a quotation that continues the previous one in the next sentence or paragraph
  (`"Q1," she said. "Q2."`); and fragments of one reported clause that one verb claims
  (`called it "a disaster" and "a betrayal"`, `called him a "loser," a "liar" and a
  "whiner"`).  Each part is one pair of marks; the quote's text joins the parts with
  PART_JOINER (" … "), so the reporter's words between them never enter it.
- Separate quotes of the same speaker: two long quotations in one clause (`says that a
  "blueprint deal ..." but "regime forces ..."`), and any two with a second act of saying
  between them (`"Q1," she said, adding, "Q2."`; `she said, adding that the buses had left.
  "Q2."`; `"a disaster," but he also noted the "deaths"`): each is its own piece of the
  source's words, cited on its own.
- A headline's quotation never joins one of the body.
"""

from __future__ import annotations

import re
from typing import TypeVar

from homsquotes.core.extraction.attribution.cues import CUE_VERBS
from homsquotes.core.extraction.attribution.sieves import Attribution
from homsquotes.core.extraction.spans.kinds import word_count
from homsquotes.core.model import Quote, Span

T = TypeVar("T")

_GAP_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GAP_STOP = re.compile(r"[.!?]\s|[\"“”«»„]")
# Quoted words inside a gap (a term between two parts) are not the reporter's: blank them out.
_UNQUOTED = re.compile(r"[\"“«„][^\"“”«»„]*[\"”»“]")


def merge_continued(
    text: str,
    quotes: list[Quote],
    speakers: list[T],
    found: list[Attribution | None],
    quote_unit: list[int],
    paragraphs: list[int],
    apart: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[Quote], list[T]]:
    """One stretch of speech is one quotation, as readers (and the scorer) count it.

    `"Q1," she said, "Q2."` merges when only the shared attribution lies between the parts;
    so does a quotation that continues the previous one in the next sentence or paragraph
    (`"Q1," she said. "Q2."`), and short fragments of one reported clause (`called him a "loser,"
    a "liar" and a "whiner"`).  Two long quotations in one clause (`says that a "blueprint deal
    ..." but "regime forces ..."`) stay apart: each is a separate piece of the source's words.
    Term quotations lying inside a merged stretch (a show's title) are absorbed.  Quotations
    whose index is in `apart` (a headline's) join nothing."""
    out_q: list[Quote] = []
    out_s: list[T] = []
    last_direct: int | None = None
    last_unit = -1
    for qi, (q, sp, att, ui) in enumerate(zip(quotes, speakers, found, quote_unit, strict=True)):
        if qi in apart:
            out_q.append(q)
            out_s.append(sp)
            last_direct = None
            continue
        if out_q and (qi - 1) not in apart and _dash_aside(text, out_q[-1], q):
            # `"The problem"—and here she paused—"is that nobody reads them."`: one sentence
            # of speech that the reporter's aside interrupts, whatever the attribution found
            prev = out_q[-1]
            prev.set_parts([*prev.parts, *q.parts])
            prev.kind = "direct"
            if prev.speaker is None and q.speaker is not None:
                _take_speaker(prev, q)
                out_s[-1] = sp
            last_direct, last_unit = len(out_q) - 1, ui
            continue
        if q.kind == "direct" and last_direct is not None:
            prev = out_q[last_direct]
            if _joins(text, prev, q, att, ui, last_unit, paragraphs[ui] == paragraphs[last_unit]):
                # the words between the parts are the reporter's: keep the parts apart
                prev.set_parts([*prev.parts, *q.parts])
                del out_q[last_direct + 1 :]
                del out_s[last_direct + 1 :]
                last_unit = ui
                continue
        out_q.append(q)
        out_s.append(sp)
        if q.kind == "direct":
            last_direct = len(out_q) - 1
            last_unit = ui
    return out_q, out_s


# An aside between dashes (`"Q1"—and here she paused—"q2"`, `"Q1"--he laughed--"q2"`): no
# quotation mark or line break inside it.
_ASIDE = re.compile(r"[ \t]*(?:--+|\u2014|\u2013)[^\"“”«»„\n]{1,80}?(?:--+|\u2014|\u2013)[ \t]*")
_OPENING_MARKS = "\"'`“”„«»‘‚"


def _dash_aside(text: str, prev: Quote, q: Quote) -> bool:
    """q goes on with prev's sentence after an aside between dashes: prev ends without a
    sentence's end and q opens in lower case."""
    if not _ASIDE.fullmatch(text, prev.end, q.start):
        return False
    last = prev.parts[-1].text.rstrip(_OPENING_MARKS + " ")
    first = q.parts[0].text.lstrip(_OPENING_MARKS + " ")
    return bool(last) and last[-1] not in ".!?…" and first[:1].islower()


def _take_speaker(to: Quote, source: Quote) -> None:
    to.speaker, to.speaker_type = source.speaker, source.speaker_type
    to.speaker_mention, to.cue = source.speaker_mention, source.cue
    to.setting, to.confidence = source.setting, source.confidence


def _second_cue(text: str, start: int, end: int, cue: Span) -> bool:
    """A speech verb other than `cue` in text[start:end], outside quotation marks."""
    for m in _GAP_WORDS.finditer(_UNQUOTED.sub(lambda q: " " * len(q.group()), text[start:end])):
        at = start + m.start()
        if not cue.start <= at < cue.end and m.group().lower() in CUE_VERBS:
            return True
    return False


def _fragment(q: Quote) -> bool:
    return word_count(q.text) < 6


def _joins(
    text: str,
    prev: Quote,
    q: Quote,
    att: Attribution | None,
    ui: int,
    prev_ui: int,
    same_paragraph: bool,
) -> bool:
    if att is None or prev.speaker_mention is None or q.speaker_mention != prev.speaker_mention:
        return False
    if prev.cue is not None and _second_cue(text, prev.end, q.start, prev.cue):
        # `"Q1," she said, adding, "Q2."`, `"a disaster," but he also noted the "deaths"`: a
        # second act of saying between them makes two quotations
        return False
    if att.sieve == "continuity":
        # `"Q1," she said. "Q2."` is one stretch of speech in two parts; a quotation paragraph
        # that continues the speaker is a quotation of its own (a reader cites it apart)
        return same_paragraph
    if prev.cue is None or q.cue != prev.cue:
        return False
    gap = text[prev.end : q.start]
    if (
        ui == prev_ui
        and (_fragment(prev) or _fragment(q))
        and not _GAP_STOP.search(gap.replace("“", "").replace("”", "").replace('"', ""))
        and len(_GAP_WORDS.findall(gap)) <= 12
    ):
        return True
    # the shared attribution sits between the parts: `"Q1," Cruz told reporters in Fort Mill,
    # S.C. "Q2."`
    return (
        same_paragraph
        and prev.end <= prev.speaker_mention.start
        and q.speaker_mention.end <= q.start
        and prev.end <= prev.cue.start
        and prev.cue.end <= q.start
    )
