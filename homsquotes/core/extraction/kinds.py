"""Direct quotation or term?  Terms are scare quotes, titles of works and nicknames.

A quotation is a term when the words around it present it as a name or label ("so-called",
"dubbed", "known as", "referred to it as the") or when it is a short noun phrase that no speech
cue claims.  Mixed quotations inside reported speech (`called it "a disaster"`, `said that he
"will win"`) stay direct: the cue claims them.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.cues import word_set

_LABEL_BEFORE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|known as|billed as|branded|labell?ed|titled|entitled|"
    r"the (?:term|word|words|phrase|slogan|label|hashtag|motto|moniker|nickname|title|show|film|"
    r"movie|book|song|album|series|program|programme|documentary|headline)|"
    r"referr(?:ed|ing|s)? to (?:\w+ ){0,3}as|refer to (?:\w+ ){0,3}as|"
    r"what (?:he|she|they|it|we) call(?:s|ed)?|"
    r"described as|coined|call(?:s|ed|ing)? (?:[\w'’-]+ ){1,3}the)\s*(?:the |an? )?[\"“‘']?$",
    re.IGNORECASE,
)
# A short quotation between a determiner or possessive and its noun is a label used as a
# modifier: the government's "levelling up" agenda, its "zero tolerance" policy.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|these|those)|['’]s)\s*[\"“‘']?$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")
_NOT_NOUNS = word_set(
    "and or but nor of to in on at for with by from as is was are were be been being has have "
    "had will would could should may might must can that which who whom when where than then "
    "it he she they we you said says told tells added adds wrote writes also not into onto over"
)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_SMALL = word_set("a an the of and or in on at to for by with from de la")


def word_count(quote: str) -> int:
    return len(_WORD.findall(quote))


def looks_like_title(inner: str) -> bool:
    """Every significant word capitalised ("Saturday Night Live", "Make America Great Again")."""
    words = _WORD.findall(inner)
    if not words or len(words) > 10:
        return False
    sig = [w for w in words if w.lower() not in _SMALL]
    return bool(sig) and all(w[0].isupper() or w[0].isdigit() for w in sig)


def classify(
    text: str,
    start: int,
    end: int,
    sieve: str | None,
    unit_start: int,
    cue_start: int | None = None,
) -> str:
    """`sieve` names the attribution sieve that claimed the quotation (None: unattributed);
    `cue_start` is where its cue begins."""
    inner = text[start + 1 : end - 1].strip()
    n = word_count(inner)
    before = text[max(unit_start, start - 60) : start]
    if _LABEL_BEFORE.search(before) and n <= 8:
        return "term"
    if (
        sieve in STRONG_SIEVES
        and start - unit_start <= 2
        and cue_start is not None
        and 0 <= cue_start - end <= 60
        and word_count(text[end:cue_start]) <= 4
    ):
        # `"Hello," said Mr. Cornwallaby`, `"Never" -- the captain said`: a sentence opened by
        # words that a speech verb right after them claims
        return "direct"
    if looks_like_title(inner) and n <= 5:
        return "term"
    if n <= 4 and _DETERMINER_BEFORE.search(before) and not re.search(r"[.!?,;:…]$", inner):
        noun = _NOUN_AFTER.match(text, end)
        if noun and noun.group(1) not in _NOT_NOUNS and not noun.group(1).endswith("ly"):
            return "term"
    ends_sentence = bool(re.search(r"[.!?,…]$", inner))
    if n >= 2 and inner[:1].isupper() and re.search(r"[.!?]$", inner) and sieve is not None:
        # a whole short sentence ("It is ridiculous.") is speech, not a label
        return "direct"
    if sieve is None:
        return "term" if n <= 6 and not ends_sentence else "direct"
    if sieve is not None and _ACCORDING.search(text, unit_start, start):
        # "According to Mr Johnson, the chancellor faces "very difficult choices"": reported
        return "direct"
    if n <= 3 and sieve not in STRONG_SIEVES:
        # a few words that no speech verb claims directly: a label more often than speech
        return "term"
    return "direct"


STRONG_SIEVES = frozenset({"surface", "cue-clause", "colon"})
