"""The context of a quotation (its sentence units) and the setting of its attribution.

A quotation's context is the sentence that holds it and the one its attribution comes from, but
never more than CONTEXT_MARGIN characters either side of the quotation: text with no sentence
ends (a wall of text, hostile input) would otherwise give every quotation its whole paragraph,
and output would grow with the square of the input.
"""

from __future__ import annotations

import bisect
import re

# Characters of context kept at most before and after a quotation.
CONTEXT_MARGIN = 300
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")
_LAST_SENTENCE_END = re.compile(r".*[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s)", re.DOTALL)


def context_bounds(
    text: str, start: int, end: int, quote_start: int, quote_end: int
) -> tuple[int, int]:
    """text[start:end], the sentences around the quotation text[quote_start:quote_end], kept to
    CONTEXT_MARGIN characters either side of it; a cut falls at a sentence end, else between
    words."""
    if quote_start - start > CONTEXT_MARGIN:
        lo = quote_start - CONTEXT_MARGIN
        sentence = _SENTENCE_END.search(text, lo, quote_start)
        if sentence is not None:
            start = sentence.end()
        else:
            space = text.find(" ", lo, quote_start)
            start = space + 1 if space >= 0 else lo
    if end - quote_end > CONTEXT_MARGIN:
        hi = quote_end + CONTEXT_MARGIN
        sentence = _LAST_SENTENCE_END.match(text, quote_end, hi)
        if sentence is not None:
            end = sentence.end()
        else:
            space = text.rfind(" ", quote_end, hi)
            end = space if space >= 0 else hi
    return start, end


_TOLD = re.compile(
    r"(?:told|tells|telling|tell)[ \t]+((?:the[ \t]+)?"
    r"(?:[A-Z][\w&'’-]*(?:\.[A-Z]\.?)*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’-]*)*"
    r"|reporters|journalists|the press|an interviewer|a reporter|a news conference|supporters|"
    r"an audience|a crowd"
    # "told a packed meeting at City Hall", "told the annual conference in Brighton"
    r"|(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:meeting|conference|rally|audience|crowd|summit|"
    r"gathering|session|hearing|committee|briefing|forum|assembly|convention|congress|inquiry)"
    r"(?:[ \t]+(?:at|in|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)?))"
)
_CHANNELS = (
    r"statement|interview|speech|press conference|news conference|press briefing|briefing|"
    r"tweet|post|posting|email|e-mail|letter|op-ed|column|editorial|video|message|memo|"
    r"radio|television|broadcast|podcast|blog|appearance|address|rally|debate|hearing|"
    r"testimony|town hall|conference call|call|filing|report|release|announcement|remarks|"
    r"Twitter|Facebook|Instagram|YouTube|CNN|MSNBC|NBC|CBS|ABC|Fox News|Fox|NPR|X|"
    r"programme|program|show|Telegram|TikTok|LinkedIn|Threads|Bluesky"
)
# "Speaking to the BBC's Today programme on Tuesday, Morrow said": the participle names the
# occasion; the time phrase after it is left out
_SPEAKING = re.compile(
    r"\b(?:[Ss]peaking|[Ww]riting|[Tt]alking|[Aa]ppearing|[Tt]estifying|[Rr]eporting)[ \t]+"
    r"(?:to|on|with|at|in|before|from)[ \t]+"
    r"[^.;:!?\"“”,\n]{2,80}?(?=[ \t]+(?:on|last|this|earlier|late|early)[ \t]+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|morning|afternoon|"
    r"evening|night|year)\b|[ \t]*[,.;:])"
)
# "was quoted by the Times of Israel as saying": the outlet the words came through
_QUOTED_BY = re.compile(
    r"\b(?:quoted|cited)[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][\w'’&.-]*"
    r"(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’&.-]*)*"
)
_ACCORDING = re.compile(r"\baccording to [^.;:!?\"“”\n]{2,80}", re.IGNORECASE)
_SETTING = re.compile(
    rf"\b(?i:in|during|at|on|via|through|from)\s+(?:(?:an?|the|his|her|their|its|a\s+written)\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_CHANNELS})\b[^.;:!?\"“”,\n]*"
)


# A setting ends before the reported clause ("on Facebook that the opposition was") and leaves
# out a trailing time ("in a post on the platform late on Wednesday").
_CLAUSE_AFTER = re.compile(r"\s+(?:that|which|who|saying|where|when|as|because|after|before)\b.*$")
_TIME_AFTER = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on|last|this|earlier|late)\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week|month|morning|afternoon|evening|night|year)\b.*$"
)


def _trim(setting: str) -> str:
    return _TIME_AFTER.sub("", _CLAUSE_AFTER.sub("", setting)) or setting


def setting_of(
    text: str,
    start: int,
    end: int,
    cue: tuple[int, int] | None,
    quotes: list[tuple[int, int]],
    mention: tuple[int, int] | None = None,
) -> str | None:
    """How or where it was said, from the attribution outside the quotations of text[start:end]."""

    # quotes are sorted and do not overlap: only those reaching into start..end can matter
    first = max(0, bisect.bisect_right(quotes, (start, start)) - 1)
    last = bisect.bisect_left(quotes, (end, end), first)
    near = quotes[first:last] + ([mention] if mention else [])

    def outside(s: int, e: int) -> bool:
        return not any(qs < e and s < qe for qs, qe in near)

    if cue is not None:
        m = _TOLD.match(text, cue[0])
        if m and m.end() <= end and outside(cue[0], m.end()):
            return " ".join(m.group().split())
    for m in _QUOTED_BY.finditer(text, start, end):
        if outside(m.start(), m.end()):
            return " ".join(m.group().split())
    for m in _SPEAKING.finditer(text, start, end):
        if outside(m.start(), m.end()):
            return " ".join(m.group().split())
    for m in _ACCORDING.finditer(text, start, end):
        # `"Q," Sanders said, according to CNN`: the channel the words came through
        if outside(m.start(), m.end()) and (cue is None or m.start() > cue[1]):
            return " ".join(m.group().split()).rstrip(" ,")
    for m in _SETTING.finditer(text, start, end):
        if outside(m.start(), m.end()):
            return _trim(" ".join(m.group().split()).rstrip(" ,"))
    return None
