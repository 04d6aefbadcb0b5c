"""Direct quotation or term?  Terms are scare quotes, titles of works and nicknames.

A quotation is a term when the words around it present it as a name or label ("so-called",
"dubbed", "known as", "referred to it as the") or when it is a short noun phrase that no speech
cue claims.  Mixed quotations inside reported speech (`called it "a disaster"`, `said that he
"will win"`) stay direct: the cue claims them.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.attribution.cues import CUE_VERBS, WEAK_CUES, word_set

_LABEL_BEFORE = re.compile(
    r"(?:so-?\s?called|dubbed|nicknamed|known as|billed as|branded|labell?ed|titled|entitled|"
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
# A speaker characterising something in their own words: `Bush referred to Rubio as "a bright,
# charismatic leader"`, `what it calls "sensible laws"`, `Gorab called the show "the news show of
# record"`, `which he described as "like an open orchid"`.  Speech when the speaker is named
# before the verb; a label when nobody is (`a group called the "We The People Foundation"`).
_CHARACTERISED_BEFORE = re.compile(
    r"(?:referr(?:ed|ing|s)? to (?:[\w'’-]+ ){0,3}as|refer to (?:[\w'’-]+ ){0,3}as|"
    r"described (?:[\w'’-]+ ){0,3}as|describes? (?:[\w'’-]+ ){0,3}as|"
    r"what (?:he|she|they|it|we) call(?:s|ed)?|call(?:s|ed)? (?:[\w'’-]+ ){1,3})"
    r"\s*[\"“‘']?$",
    re.IGNORECASE,
)
# ... but a determiner left outside the marks makes the quotation a name: `referred to it as the
# "capital of the revolution"`, `called the district the "forgotten quarter"`.
_DETERMINER_OUTSIDE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s*[\"“‘']?$", re.IGNORECASE)
# Words a crowd or a voice utters: `chants of "Ted! Ted!"`, `cries of "Bitch!"`, `chanting "Bernie
# or Jill, No Hill"` -- speech however short, never a label.
_UTTERING = word_set(
    "chant chants chanted chanting cries cry cried crying shouts shouted shouting yells yelled "
    "yelling screams screamed screaming calls roars roared"
)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PERSONAL = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|(?i:we|we're|we’re|we've|we’ve|we'll|we’ll|"
    r"you|you're|you’re|my|our))\b"
)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_SMALL = word_set("a an the of and or in on at to for by with from de la")


# `what Mr. Hedge called "Q"`, `what she described as "Q"`, `what the report terms "Q"`.
WHAT_CALLED = re.compile(
    r"\bwhat[ \t]+(?P<who>he|she|they|we|I|it|(?:the[ \t]+)?[a-z]+(?:[ \t]+[a-z]+)?|"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}|(?:Mr|Mrs|Ms|Dr)\.?[ \t]+[A-Z][\w'’-]+|"
    r"[A-Z][\w'’-]+)[ \t]+"
    r"(?P<cue>call(?:s|ed)?|described[ \t]+as|describes[ \t]+as|term(?:s|ed)|dubbed|labell?ed)"
    r"[ \t]*[\"“‘']*$"
)


def word_count(quote: str) -> int:
    return len(_WORD.findall(quote))


def looks_like_title(inner: str) -> bool:
    """Every significant word capitalised ("Saturday Night Live", "Make America Great Again")."""
    words = _WORD.findall(inner)
    if not words or len(words) > 10:
        return False
    sig = [w for w in words if w.lower() not in _SMALL]
    return bool(sig) and all(w[0].isupper() or w[0].isdigit() for w in sig)


# A title of a work is told apart from a headline-cased sentence by what surrounds it: a
# subtitle after a colon ("Crippled America: How to Make America Great Again"), a byline after
# it ("The Trumps: ...," by Gwenda Blair) or a word for a work just before it ("Trump's new
# book", "the movie", "a CounterPunch article titled", "host of").
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:book|books|memoir|novel|biography|film|movie|documentary|show|series|programme|"
    r"program|podcast|album|song|play|musical|column|essay|op-ed|article|piece|headline|"
    r"magazine|episode|sitcom|titled|entitled|headlined|host(?:s|ed)?[ \t]+of|"
    r"appear(?:ed|s|ance|ances)?[ \t]+on|"
    # a broadcaster's show ("a call to ABC's "This Week."", "CNBC's ''Secret Lives''")
    r"(?-i:ABC|NBC|CBS|CNN|CNBC|MSNBC|Fox|HBO|Netflix|BBC|ITV|PBS|NPR|Hulu|Syfy|ESPN)['’]s)"
    r"\b[^.\"“”\n]{0,40}$"
    # the second of two ("to appear on "The View" and "The Late Show With Stephen Colbert"")
    r"|\bappear(?:ed|s)?[ \t]+on[ \t]+[\"“][^\"”\n]{1,40}[\"”][ \t]+and[ \t]+$"
)
# a word for a work's people or parts after it ("“Orange is the New Black” star Dascha Polanco")
_WORK_AFTER = re.compile(
    r"[\"”’']*,?[ \t]+(?:star|stars|co-star|actor|actress|host|creator|showrunner|episode|"
    r"season|finale|premiere|cast)\b"
)
_SUBTITLE = re.compile(r"\w[!?]?:[ \t]+[A-Z0-9]")
_BYLINE_AFTER = re.compile(r"[\"”’']*,?[ \t]+by[ \t]+[A-Z]")
_HEADLINE_BYLINE = re.compile(
    r"[\"”’']*,?[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&-]*[ \t]+){0,4}?"
    r"(?:[A-Z][\w.&-]*['’]s?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*"
    r"(?:[:,]|https?://)"
)
_TITLE_SMALL = _SMALL | word_set("with against from into about is are vs")


def work_title(inner: str, before: str, after: str) -> bool:
    """The quotation is the title of a book, film, show or article: title case throughout (up
    to 14 words), not an exclamation or a question, and a subtitle, a byline or a word for a
    work says so."""
    words = _WORD.findall(inner)
    if (
        re.match(r"[‘'\"“]?[A-Z0-9]", inner)
        and inner.rstrip("'’\"”").endswith(",")
        and _HEADLINE_BYLINE.match(after)
    ):
        # a newsletter's link line: "Met accused of whitewashing baby Jesus," by Post's
        # Kathianne Boniello: -- a headline in sentence case, then its author and outlet
        return True
    named_work = bool(_WORK_BEFORE.search(before[-60:]) or _WORK_AFTER.match(after))
    if len(words) < 2 or len(words) > 14:
        return False
    if inner.rstrip(" ,.'\"”’").endswith(("!", "?")) and not named_work:
        return False  # (but the Syfy movie "Sharknado 3: Oh Hell No!")
    sig = [w for w in words if w.lower() not in _TITLE_SMALL]
    capitalised = [w[0].isupper() or w[0].isdigit() for w in (words[0], *sig)]
    if not sig or not all(capitalised):
        return False  # a title opens with a capital: "the Bill Will Pass" is words in a sentence
    return bool(_SUBTITLE.search(inner) or _BYLINE_AFTER.match(after) or named_work)


def classify(
    text: str,
    start: int,
    end: int,
    sieve: str | None,
    unit_start: int,
    cue: tuple[int, int] | None = None,
    mention: tuple[int, int] | None = None,
) -> str:
    """`sieve` names the attribution sieve that claimed the quotation (None: unattributed);
    `cue` and `mention` are where its cue and speaker mention are."""
    inner = _inner(text, start, end)
    n = word_count(inner)
    lo = max(unit_start, start - 60)
    before = text[lo:start]
    cue_start = cue[0] if cue is not None else None
    if (
        _characterised(text, lo, start, cue, mention)
        or _uttered(before)
        or WHAT_CALLED.search(before)
    ):
        return "direct"
    if _LABEL_BEFORE.search(before) and n <= 8:
        return "term"
    if work_title(inner, before, text[end : end + 80]):
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
    if sieve is not None and _spoken_sentence(text, start, inner, unit_start, cue):
        return "direct"
    if looks_like_title(inner) and n <= 5:
        if re.search(r"[!?]$", inner) and sieve is not None and cue is not None:
            return "direct"  # `She declared "What a Super Tuesday!"`: an exclamation, not a title
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
        if n >= 3 and _PERSONAL.search(inner):
            # a speaker's own words ("I will not resign", "We were left to drown", a headline's
            # quotation with its full stop dropped): labels and scare quotes say no "I" or "we"
            # (an object "me" they may: a poll's "cares about people like me")
            return "direct"
        return "term" if n <= 6 and not ends_sentence else "direct"
    if sieve is not None and _ACCORDING.search(text, unit_start, start):
        # "According to Mr Johnson, the chancellor faces "very difficult choices"": reported
        return "direct"
    if n <= 3 and sieve not in STRONG_SIEVES:
        # a few words that no speech verb claims directly: a label more often than speech
        return "term"
    return "direct"


STRONG_SIEVES = frozenset({"surface", "cue-clause", "colon"})
_CLOSING_MARKS = "\"'”’»«“‘›‹"


def _inner(text: str, start: int, end: int) -> str:
    """The words between the marks of text[start:end]: its opening mark (two characters for
    ``` `` ``` and `''`) goes, and its closing mark only if it has one -- an unclosed quote
    (`“We are not going anywhere.`) keeps its last character, the full stop that makes it a
    sentence."""
    lo = start + 2 if text.startswith(("``", "''"), start) else start + 1
    hi = end
    if text.startswith("''", hi - 2) and hi - 2 >= lo:
        hi -= 2
    elif hi > lo and text[hi - 1] in _CLOSING_MARKS:
        hi -= 1
    return text[lo:hi].strip()


_INTRODUCED = re.compile(r"[ \t]*[,:][ \t]*")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'”’]*$")


def _spoken_sentence(
    text: str, start: int, inner: str, unit_start: int, cue: tuple[int, int] | None
) -> bool:
    """A speech verb introduces the quotation (`Ruiz said: "No."`, `he replied, "Never."`), or
    the quotation is a whole sentence of its own that an attribution claims (`"Never," he said.
    "Never."`): an answer of one capitalised word, not a title."""
    if not inner[:1].isupper() or not _ENDS_SENTENCE.search(inner):
        return False
    if cue is not None and cue[1] <= start and _INTRODUCED.fullmatch(text, cue[1], start):
        words = text[cue[0] : cue[1]].lower().split()
        if words and words[0] in CUE_VERBS and words[0] not in WEAK_CUES:
            return True
    # a sentence that opens its unit: a title there would carry no full stop inside its marks
    return start - unit_start <= 2


def _uttered(before: str) -> bool:
    """The words before the quotation end in a verb or noun of uttering, maybe with "of"."""
    words = before.rstrip(" \t\"“‘'").lower().split()[-2:]
    if words and words[-1] == "of":
        words = words[:-1]
    return bool(words) and words[-1] in _UTTERING


def _characterised(
    text: str,
    lo: int,
    start: int,
    cue: tuple[int, int] | None,
    mention: tuple[int, int] | None,
) -> bool:
    """The quotation is what a named speaker called something (_CHARACTERISED_BEFORE): the
    speaker mention comes before the verb."""
    if cue is None or mention is None:
        return False
    found = _CHARACTERISED_BEFORE.search(text, lo, start)
    if found is None or not mention[1] <= found.start():
        return False
    if _DETERMINER_OUTSIDE.search(text, lo, start):
        return False
    return not text[mention[0] : mention[1]].lower().startswith(("a ", "an ", "the "))
