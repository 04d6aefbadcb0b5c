"""The plainest attributions, read without the parser.

Most quotations in news are attributed in one of two fixed shapes right after the quotation:
`"Q," she said.` and `"Q," said Jane Doe.`  When a unit is nothing but quotations in that shape,
its cue and speaker mention are certain from the words alone, and the unit is not parsed at
all -- the biggest single saving in extraction time.  Anything less plain goes to the parser.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import (
    CUE_VERBS,
    TITLE_WORDS,
    WEAK_CUES,
    word_set,
)
from homsquotes.core.extraction.capitals import latin_re
from homsquotes.core.extraction.resolution.speakers import NAME_PREFIXES, NOT_NAMES

_STRONG = sorted((CUE_VERBS - WEAK_CUES) - {"according"}, key=len, reverse=True)
# ("went on" / "goes on" carry on a speaker's words: `"Q," Trump went on`)
_CUE = r"(?:" + "|".join(_STRONG) + r"|went[ \t]+on|goes[ \t]+on)"
_PRONOUN = r"(?:he|she|they|we|I|it|another|one|others)"
# name words may carry an Arabic article ("al-Hathloul") or follow a particle ("bin Salman")
_PREFIX = rf"(?:(?:{NAME_PREFIXES})-)?"
_NAME = (
    rf"(?:{_PREFIX}[A-Z][\w'’.-]*[ \t]+(?:(?:al|bin|ibn|de|del|van|von|der|da|di|du|la|le)[ \t]+)?)"
    rf"{{0,5}}{_PREFIX}[A-Z][\w'’-]*\w"
)
_CLOSE = r"[\"”'’]*"
# `"Q," she said ...` / `"Q," Jane Doe told ...`
_NP_CUE = latin_re(rf"{_CLOSE}[ \t]*,?[ \t]*(?P<np>{_PRONOUN}|{_NAME})[ \t]+(?P<cue>{_CUE})\b")
# `"Q," said Jane Doe ...`
_CUE_NP = latin_re(
    # (never a name cut short: "said Datuk Seri Zainal Abidin Rahmat" is one name)
    rf"{_CLOSE}[ \t]*,?[ \t]*(?P<cue>{_CUE})[ \t]+(?P<np>{_PRONOUN}|{_NAME})"
    r"(?![ \t]+[A-Z])(?=[ \t,.;:!?]|$)"
)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w'’-]*)")
_FUNCTION_WORDS = word_set(
    "in on at as after before during when while who whose which that and but of to for from "
    "with without by about over outside inside near into through since until via than later "
    "earlier yesterday today tonight recently afterwards then again also"
)


def _plain_name(np: str) -> bool:
    first = np.split()[0].lower()
    return first not in NOT_NAMES or np in ("he", "she", "they", "we", "I", "it", "another", "one")


def simple_attributions(
    text: str, start: int, end: int, quotes: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int], bool]] | None:
    """(mention, cue, is_name) for each quotation of the unit text[start:end], or None when the
    unit is not plainly `"Q," SPEAKER CUE` (optionally interrupted: `"Q1," she said, "Q2."`)."""
    if not quotes or text[start : quotes[0][0]].strip():
        return None
    qs, qe = quotes[0]
    inner = text[qs + 1 : qe - 1].rstrip(" \"”'’")
    if not inner.endswith((",", "?", "!")):
        return None
    bound = quotes[1][0] if len(quotes) > 1 else end
    if len(quotes) > 2:
        return None
    for pattern in (_NP_CUE, _CUE_NP):
        m = pattern.match(text, qe, bound)
        if m is None or not _plain_name(m.group("np")):
            continue
        asks = m.group("cue") in ("asked", "asks")
        if pattern is _CUE_NP and (
            m.group("cue") in ("told", "tells", "urged") or (asks and not inner.endswith("?"))
        ):
            return None  # `"Q," told X` names the hearer; `"Why?" asked Smith` the asker
        rest = text[m.end() : bound]
        if _QUOTE_MARKS.search(rest):
            return None
        if len(quotes) == 2 and (
            not rest.rstrip().endswith(",") or text[quotes[1][1] : end].strip(' ."”')
        ):
            return None
        np = m.group("np")
        after = _NEXT_WORD.match(text, m.end("np"), bound)
        if (
            pattern is _CUE_NP
            and after
            and after.group(1) in ("of", "for")
            and np.split()[-1].lower().rstrip(".") in TITLE_WORDS
        ):
            return None  # `said Superintendent of Police Kavita Deshmukh`: the parser reads it
        if np in ("another", "one", "others") and re.match(r"[ \t]+\w", text[m.end("np") : bound]):
            return None  # `said another Twitter user, Johanna Bayer`: "another" stands alone only
        if pattern is _CUE_NP and after and after.group(1) not in _FUNCTION_WORDS:
            # `"Q," said Lismore resident Kylie Hart`: a role and a name follow; the parser
            # reads that, the capitalised run before it is not the speaker
            return None
        mention = (m.start("np"), m.end("np"))
        cue = (m.start("cue"), m.end("cue"))
        is_name = np[0].isupper() and np not in ("I", "It")
        return [(mention, cue, is_name)] * len(quotes)
    return None
