"""The context of a quotation (its sentence units) and the setting of its attribution."""

from __future__ import annotations

import re

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

    def outside(s: int, e: int) -> bool:
        spans = [*quotes, mention] if mention else quotes
        return not any(qs < e and s < qe for qs, qe in spans)

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
