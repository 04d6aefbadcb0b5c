"""Finding quotation spans by their marks.

Contract: find_quote_spans(text) returns top-level quotation spans in text order. Each span covers
its opening and closing marks (text[start:end] starts with the opening mark). Nested quotes stay
inside their parent. An interrupted quote ("…," he said, "…") gives two spans. A quote running over
several paragraphs (opening mark repeated at each paragraph, closed only at the end) is ONE span.
Unbalanced marks never raise.  A mark that never closes claims at most MAX_UNCLOSED_CHARS, and
more than MAX_OPEN_AT_ONCE marks opening inside each other with none closed claim nothing, so
hostile text (a wall of unclosed marks) costs time and output linear in its length.

How it works, in two linear passes over the marks (never over the text character by character):

1. Double marks (" “ ” „ ‟ « » `` '') are read paragraph by paragraph with a stack.  Whether a mark
   opens or closes is decided by which side of it is blank ("flanking", as CommonMark does for
   emphasis) and by what is open, so careless mixes such as “…" and "…” still pair up.  A quote
   left open at the end of a paragraph continues when the next paragraph opens with a quote mark
   (the multi-paragraph convention); otherwise it ends there, unclosed, and reading goes on --
   or earlier, at the most likely place the writer forgot to close it (_resolve_unclosed).
2. Single marks (' ‘ ’ ‚ ‹ ›) outside those double spans are read next, for UK house style.  The
   hard part is apostrophes: marks inside a word (Assad’s, o’clock), elisions ('tis, rock 'n' roll,
   the '90s) and plural possessives (the players' union) must not pair up.  An opening mark looks
   for its closing mark only up to the next opening mark and prefers, in turn, a mark after
   punctuation (UK style puts the comma inside), then any other closing mark, then one that could
   be a plural possessive.  A single-quoted span may hold double-quoted ones, which then are nested.
   An elided word at the start of a sentence ('Tis, 'Em, '90s) opens a quotation only when a
   closing mark after punctuation follows ('Tis the season,' said the vicar), as writers let one
   mark stand for both.  A backtick opens (`like this'), as in TeX-style text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    end: int
    closed: bool = True  # False when recovered from an unbalanced mark


_MARK = re.compile(
    "``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'`\u2018\u2019\u201a\u201b\u2039\u203a]"
)
_DOUBLE = frozenset(["``", "''", '"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb"])
_ALL_MARKS = "\"'`\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u201a\u201b\u2039\u203a"
# Characters after which a mark is still "at the start" of something: "(“", "—'", "'“".
_BEFORE_OPENING = frozenset("([{<\u2014\u2013-/" + _ALL_MARKS)
# Characters before which a mark is still "at the end" of something: "”.", "’,", "”)".
_AFTER_CLOSING = frozenset(".,;:!?)]}>\u2026\u2014\u2013-/" + _ALL_MARKS)
_PUNCT_INSIDE = frozenset(".,;:!?\u2026\u2014\u2013-)")
# Words that take a leading apostrophe: 'tis, 'twas, rock 'n' roll, 'em, 'cause, 'til, the '90s.
_ELISION = re.compile(
    r"(?:tis|twas|twere|twill|em|n|cause|cos|coz|til|bout|round|nuff|ere|im|ol|d|ll|re|ve|s|t|m"
    r"|\d\d?s?)(?![\w])",
    re.IGNORECASE,
)
# Invisible format characters (bidi embeddings, zero-width spaces, BOM) count as blank.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")

# Families of double marks: a mark of the same family opened while one is open is either a careless
# missing close or a careless nested quote; marks of different families nest (« “…” », „ » « “).
_EN, _LOW, _GUIL, _GUIL_REV = "en", "low", "guil", "guil_rev"


class _Open:
    __slots__ = ("start", "family", "children", "may_continue")

    def __init__(self, start: int, family: str, may_continue: bool = True) -> None:
        self.start = start
        self.family = family
        self.may_continue = may_continue  # may run on into the next paragraph
        self.children: list[tuple[int, int, str]] = []  # closed quotes one level down


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Top-level quotation spans of ``text`` in text order; never raises on odd input."""
    if not isinstance(text, str) or not text:
        return []
    if _MARK.search(text) is None:
        return []
    breaks = _paragraph_ends(text)
    # the marks are read as they are found, never listed: a text can hold millions of them
    doubles = _double_spans(text, _marks(text, double=True), breaks)
    doubles.sort(key=lambda s: s.start)
    singles = _single_spans(text, _marks(text, double=False), breaks, doubles)
    return _top_level(text, singles + doubles)


def _marks(text: str, double: bool) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) of the double (or the single) quotation marks of text, in order."""
    for m in _MARK.finditer(text):
        mark = m.group()
        if (mark in _DOUBLE) == double:
            yield m.start(), m.end(), mark


# --- paragraphs ---------------------------------------------------------------------------------


def _paragraph_ends(text: str) -> list[int]:
    """Offsets at which paragraphs end (a newline), ascending, plus len(text).

    Every line is a paragraph, unless the text is hard-wrapped (short lines, blank lines between
    paragraphs), where quotes may run over single line breaks and only blank lines end paragraphs.
    """
    if looks_hard_wrapped(text):
        ends = [m.start() for m in _BLANK_LINE.finditer(text)]
    else:
        ends = [m.start() for m in re.finditer("\n", text)]
    ends.append(len(text))
    return ends


def looks_hard_wrapped(text: str) -> bool:
    """Short lines and blank lines between paragraphs: a text wrapped by hand (a plain-text
    email, a PDF or archive paste), where only blank lines end paragraphs."""
    lines = text.split("\n")
    if len(lines) < 6:
        return False
    filled = [len(line) for line in lines if line.strip()]
    if not filled or len(filled) == len(lines):
        return False  # without blank lines there is no other paragraph break to go by
    joined = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
    filled.sort()
    return joined >= len(filled) / 2 and filled[int(len(filled) * 0.9)] <= 90


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _first_visible(text: str, pos: int, limit: int) -> int:
    """Offset of the first non-blank character in text[pos:limit], or -1."""
    while pos < limit:
        if not text[pos].isspace() and text[pos] not in _INVISIBLE:
            return pos
        pos += 1
    return -1


def _last_visible(text: str, lo: int, pos: int) -> int:
    """Offset of the last non-blank character in text[lo:pos], or -1."""
    while pos > lo:
        pos -= 1
        if not text[pos].isspace() and text[pos] not in _INVISIBLE:
            return pos
    return -1


_ALNUM = re.compile(r"[^\W_]")


def _has_words(text: str, span: QuoteSpan) -> bool:
    return _ALNUM.search(text, span.start, span.end) is not None


# --- flanking -----------------------------------------------------------------------------------


def _flanks(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking) for the mark at text[start:end].

    Left-flanking: blank or an opening bracket before, something after -- it can open.
    Right-flanking: something before, blank or punctuation after -- it can close.
    A mark between two letters (he said"no") is both; one between blanks is neither.
    """
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    before_blank = before.isspace() or before in _INVISIBLE
    after_blank = after.isspace() or after in _INVISIBLE
    left = (before_blank or before in _BEFORE_OPENING) and not after_blank
    right = not before_blank and (after_blank or after in _AFTER_CLOSING)
    return left, right


# --- pass 1: double marks -----------------------------------------------------------------------


def _double_role(
    mark: str, left: bool, right: bool, top: _Open | None, at_start: bool
) -> tuple[str, str]:
    """("open"|"close"|"skip", family) for a double mark given the innermost open quote.

    ``at_start``: the mark begins its paragraph, where even a misturned ” opens.
    """
    strictly_left = left and not right
    strictly_right = right and not left
    if mark in ("\u201e",):
        return "open", _LOW
    if mark in ("``", "\u201f"):
        return "open", _EN
    if mark == "\u00ab":
        if top is not None and top.family == _GUIL_REV:
            return "close", _GUIL_REV
        return "open", _GUIL
    if mark == "\u00bb":
        if top is not None and top.family == _GUIL:
            return "close", _GUIL
        if top is not None and not strictly_left:
            return "close", top.family
        if left:
            return "open", _GUIL_REV
        return "skip", ""
    if mark == "\u201c":
        if top is None:
            return ("skip", "") if strictly_right else ("open", _EN)
        if top.family == _LOW:
            return ("open", _EN) if strictly_left else ("close", _LOW)
        if strictly_right:
            return "close", top.family
        if top.family == _EN and not strictly_left:
            return "close", _EN
        return "open", _EN
    if mark == "\u201d":
        if top is not None:
            return "close", top.family
        return ("open", _EN) if left or at_start else ("skip", "")
    # Straight " and its typewriter stand-in '': the position alone decides.
    if top is None:
        if strictly_right or (mark == "''" and not left):
            return "skip", ""
        return "open", _EN
    if strictly_left:
        return "open", _EN
    return "close", top.family


def _double_spans(
    text: str, marks: Iterable[tuple[int, int, str]], breaks: list[int]
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []
    para = 0  # index into breaks of the paragraph being read
    skip_at = -1  # a continuation mark already accounted for
    stray = -1  # a closing mark met with nothing open: maybe a misturned opening mark (says,” …”)
    para_first = _first_visible(text, 0, breaks[0])
    markup_until = -1
    checked_to = 0  # text before this was read for an attribution inside the open quote
    for start, end, mark in marks:
        if start >= breaks[para]:
            stray = -1
            while start >= breaks[para]:
                if stack and (
                    _soft_break(text, breaks[para]) or _closes_on_next_line(text, breaks[para])
                ):
                    para += 1  # a line broken mid-sentence: the quote reads on
                    continue
                if stack:
                    skip_at, next_para = -1, -1
                    # (only what was not read at an earlier paragraph end is read again)
                    lo, checked_to = max(stack[0].start + 1, checked_to), breaks[para]
                    if stack[0].may_continue and (
                        attribution_cut(text, lo, breaks[para], stack[0].children) < 0
                    ):
                        # (a quote that holds its own attribution was never closed: it does not
                        # run on into the next paragraph's quotation)
                        skip_at, next_para = _continuation_mark(text, breaks, para, double=True)
                    if skip_at >= 0:
                        stack[0].may_continue = True
                        del stack[1:]
                        para = next_para
                        break
                    _resolve_unclosed(text, stack, breaks[para], spans)
                    stack = []
                para += 1
            para_first = _first_visible(text, breaks[para - 1], breaks[para])
        if start == skip_at or start < markup_until:
            continue
        if mark in _INCH_MARKS and _INCHES.search(text, start - 5, start):
            continue
        if start and text[start - 1] == "=":
            # An attribute value in pasted markup (author="…", target=”_blank”), not a quotation.
            value_end = _ATTRIBUTE_END.search(text, end, end + 300)
            markup_until = value_end.end() if value_end else end
            continue
        left, right = _flanks(text, start, end)
        at_start = start == para_first
        role, family = _double_role(mark, left, right, stack[-1] if stack else None, at_start)
        if role == "skip" and not stack:
            if stray >= 0:
                spans.append(QuoteSpan(stray, end, True))
                stray = -1
            else:
                stray = start
        elif role == "open":
            stray = -1
            opens_speech = not stack and _opens_speech(text, breaks[para - 1] if para else 0, start)
            stack.append(_Open(start, family, opens_speech))
        elif role == "close":
            opened = stack.pop()
            if stack:
                stack[-1].children.append((opened.start, end, opened.family))
            else:
                spans.append(QuoteSpan(opened.start, end, True))
    if stack:
        # No mark is left to re-open a later paragraph, so the quote ends with its own paragraph
        # (or a line that the next, lower-case line continues), never at the end of the text.
        while para + 1 < len(breaks) and _soft_break(text, breaks[para]):
            para += 1
        _resolve_unclosed(text, stack, breaks[para], spans)
    return spans


_ATTRIBUTE_END = re.compile('["\u201c\u201d\n]')
# Feet and inches (6’2”, 5'10") are measurements, not quotation marks.
_INCH_MARKS = frozenset('"\u201d')
_INCHES = re.compile(r"\d['\u2019]\d{1,2}$")


def _soft_break(text: str, newline: int) -> bool:
    """A single line break followed by a lowercase word continues the sentence before it."""
    pos = newline + 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos < len(text) and text[pos].islower()


_DOUBLE_MARK = re.compile("``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")


def _closes_on_next_line(text: str, newline: int) -> bool:
    """A single line break (not a blank line) inside a sentence, after which the next line's
    first double mark can only close: a hard-wrapped quotation whose next line opens with a
    capital ("the council and\nMayor Jones will meet," she said)."""
    if newline >= len(text) or text[newline] != "\n":
        return False
    last = _last_visible(text, max(0, newline - 200), newline)
    if last < 0 or text[last] in ".!?\u2026":
        # a line that ends a sentence ends the paragraph: the closing mark below it belongs to
        # a signature line ("…here.\nS.C. Rep. Jim Clyburn.")
        return False
    line_end = text.find("\n", newline + 1)
    line_end = len(text) if line_end < 0 else line_end
    if not text[newline + 1 : line_end].strip():
        return False  # a blank line ends the paragraph
    mark = _DOUBLE_MARK.search(text, newline + 1, line_end)
    if mark is None:
        return False
    left, right = _flanks(text, mark.start(), mark.end())
    return right and not left


_SENTENCE_BREAK = frozenset(".!?:;,)\u2014\u2013-" + _ALL_MARKS)
_SPEECH_VERB_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|continued|continues|"
    r"explained|explains|recalled|stated|states|declared|insisted|argued|noted|warned|replied)"
    r"\s*$",
    re.IGNORECASE,
)


def _opens_speech(text: str, para_start: int, start: int) -> bool:
    """A quote that may run over paragraphs opens a paragraph or a sentence, or follows a colon,
    comma or speech verb.

    A quote opened mid-sentence ("is “an amorphous position.) and left open is more likely a
    missing closing mark than the first paragraph of a long quotation.
    """
    before = _last_visible(text, para_start, start)
    if before < 0 or text[before] in _SENTENCE_BREAK:
        return True
    return bool(_SPEECH_VERB_BEFORE.search(text, max(para_start, start - 20), before + 1))


def _starts_sentence(text: str, para_start: int, start: int) -> bool:
    """The mark at start opens its paragraph or follows a sentence end, a colon or a dash."""
    before = _last_visible(text, para_start, start)
    return before < 0 or text[before] in ".!?:\u2014\u2013" or text[before] in _ALL_MARKS


def _continuation_mark(text: str, breaks: list[int], para: int, double: bool) -> tuple[int, int]:
    """(offset, paragraph index) of the opening mark that begins the next non-empty paragraph.

    (-1, -1) when that paragraph does not begin with an opening mark.
    """
    i = para + 1
    while i < len(breaks):
        first = _first_visible(text, breaks[i - 1], breaks[i])
        if first >= 0:
            break
        i += 1
    else:
        return -1, -1
    ch = text[first]
    if double:
        if text.startswith("``", first) or text.startswith("''", first):
            return first, i
        ok = ch in '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
    else:
        ok = ch in "'\u2018\u201a\u2039" and not _ELISION.match(text, first + 1)
    nxt = text[first + 1] if first + 1 < len(text) else " "
    # French spaces its guillemets (« Deuxième paragraphe », » Suite de la citation)
    if not ok or (nxt.isspace() and ch not in "\u00ab\u00bb"):
        return -1, -1
    return first, i


def _resolve_unclosed(text: str, stack: list[_Open], para_end: int, spans: list[QuoteSpan]) -> None:
    """Close what is still open at a paragraph end.

    An unclosed quote runs to the paragraph end -- unless a quote of its own family opened inside
    it: then the first mark was most likely never closed ("We won, he said. "And now…"), so it ends
    where the second quote begins and what follows is read as top-level quotes.  It also ends at a
    closing bracket opened before it.  A single closing mark after punctuation with no single quote
    open (“Let’s go.’ She left) is taken as a mistyped closing mark.
    """
    if len(stack) > MAX_OPEN_AT_ONCE:
        # Marks opening inside each other this deep, none closed, are not quotations (a paste of
        # code, ditto marks, hostile input): keep only the quotes that did close.
        spans.extend(QuoteSpan(s, e, True) for entry in stack for s, e, _ in entry.children)
        return
    for depth, entry in enumerate(stack):
        inner = stack[depth + 1] if depth + 1 < len(stack) else None
        cuts = [c[0] for c in entry.children if c[2] == entry.family]
        if inner is not None and inner.family == entry.family:
            cuts.append(inner.start)
        limit = min(cuts) if cuts else para_end
        bracket = _unmatched_bracket(text, entry.start + 1, limit)
        if bracket >= 0:
            cuts.append(bracket)
            limit = bracket
        mistyped = _mistyped_close(text, entry.start + 1, limit)
        attribution = attribution_cut(text, entry.start + 1, limit, entry.children)
        if attribution >= 0 and (mistyped < 0 or attribution < mistyped):
            mistyped = attribution
        if mistyped >= 0:
            spans.append(QuoteSpan(entry.start, mistyped, False))
            spans.extend(QuoteSpan(s, e, True) for s, e, _ in entry.children if s >= mistyped)
            if inner is None or inner.start < mistyped:
                return
            continue
        end = _trim_end(text, entry.start, limit)
        kept = _cap_unclosed(text, entry.start, end)
        if kept > entry.start + 1:
            spans.append(QuoteSpan(entry.start, kept, False))
        if not cuts:
            if kept < end:
                # what the cap left out is read as if the mark had not been there
                spans.extend(QuoteSpan(s, e, True) for s, e, _ in entry.children if s >= kept)
                rest = [e for e in stack[depth + 1 :] if e.start >= kept]
                if rest:
                    _resolve_unclosed(text, rest, para_end, spans)
            return
        spans.extend(QuoteSpan(s, e, True) for s, e, _ in entry.children if s >= min(limit, kept))


# The most an unclosed mark can claim: its quote ends at the last sentence end (else the last
# word end) before this many characters.  No unclosed quotation in PolNeAR train runs past 600.
MAX_UNCLOSED_CHARS = 1500
# Unclosed marks opened inside each other: a real paragraph has one or two, never this many.
MAX_OPEN_AT_ONCE = 8
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s)")
_LAST_SENTENCE_END = re.compile(r".*" + _SENTENCE_END.pattern, re.DOTALL)


def _cap_unclosed(text: str, start: int, end: int) -> int:
    """The end of an unclosed quote opened at start and running to end, kept to
    MAX_UNCLOSED_CHARS and cut at a sentence (else a word) boundary."""
    if end - start <= MAX_UNCLOSED_CHARS:
        return end
    limit = start + MAX_UNCLOSED_CHARS
    sentence = _LAST_SENTENCE_END.match(text, start + 1, limit)
    if sentence is not None:
        return sentence.end()
    space = text.rfind(" ", start + 1, limit)
    return _trim_end(text, start, space) if space > start + 1 else limit


_BRACKETS = re.compile(r"[()\[\]]")


def _unmatched_bracket(text: str, lo: int, hi: int) -> int:
    """Offset of the first closing bracket in text[lo:hi] opened before lo, or -1.

    A quotation opened inside brackets ends inside them: (those who are “somewhat liberal), …
    """
    depth = 0
    for m in _BRACKETS.finditer(text, lo, hi):
        if m.group() in "([":
            depth += 1
        elif depth:
            depth -= 1
        else:
            return m.start()
    return -1


_MISTYPED_CLOSE = re.compile(r"[.,!?\u2026][\u2019'](?=\s|$)")
_SINGLE_OPENING = re.compile(r"(?<![\w\u2019'])[\u2018'\u201a]\w")


_SPEECH_VERBS = (
    r"(?:said|says|told|tells|added|adds|asked|asks|explained|explains|insisted|insists|argued|"
    r"argues|warned|warns|replied|replies|continued|continues|wrote|writes|declared|recalled|"
    r"recalls|noted|notes|stressed|admitted|conceded|claimed|claims|shouted|cried|stated)"
)
# Where a writer forgot the closing mark before the attribution: an unclosed quote holds its own
# "he said" -- `"We will fight this, said the lawyer.`, `“We are staying, Jones told the BBC.`,
# `"we will appeal. Later she said "…"`.  The quotation ends at the punctuation before it.  The
# verb must end the attribution (punctuation, a time or place, whom it was told to): a speaker's
# own reported speech goes on with what was said (`Kerry said that 100,000 …`, `They said they
# would call`), and a speaker's "I said" is the speaker's own story.
_ATTRIBUTION_INSIDE = re.compile(
    r"(?P<cut>[,.!?\u2026])[ \t]+(?:"
    rf"{_SPEECH_VERBS}[ \t]+(?:the|a|an|his|her|their|(?-i:[A-Z]))"  # inverted: ", said Jones"
    r"|(?:(?-i:[A-Z])[a-z]+,?[ \t]+)?"  # an opener: "Later she said"
    r"(?:he|she|they|it|(?:the|a|an|his|her|their)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
    r"|(?!(?:and|but|so|then|or|yet|also|we|i|you)\b)"
    r"(?-i:[A-Z])[\w'\u2019.-]*(?:[ \t]+(?-i:[A-Z])[\w'\u2019.-]*){0,3})"
    rf"[ \t]+{_SPEECH_VERBS}"
    r"(?=[ \t]*[,.;:!?\u2026]|[ \t]*$|[ \t]+(?:on|in|at|to|last|this|yesterday|today|earlier|"
    r"later|after|before|during|when|while|as|from|of|with|the|a|an|his|her|their|reporters|"
    r"journalists|(?-i:[A-Z]))\b))",
    re.IGNORECASE,
)


def attribution_cut(
    text: str, lo: int, hi: int, nested: list[tuple[int, int, str]] | None = None
) -> int:
    """End offset (after its punctuation) of the quoted words before an attribution that an
    unclosed quote text[lo:hi] swallowed, or -1.  Words inside `nested` quotes do not count."""
    for m in _ATTRIBUTION_INSIDE.finditer(text, lo, hi):
        cut = m.start("cut")
        if cut - lo < 2 or any(s <= cut < e for s, e, _ in nested or ()):
            continue
        return cut + 1
    return -1


def _mistyped_close(text: str, lo: int, hi: int) -> int:
    """End offset of a lone single closing mark that ends the double quote opened at lo, or -1."""
    m = _MISTYPED_CLOSE.search(text, lo, hi)
    if m is None or _SINGLE_OPENING.search(text, lo, m.start()):
        return -1
    return m.end()


# --- pass 2: single marks -----------------------------------------------------------------------

_TIER_PUNCT, _TIER_PLAIN, _TIER_POSSESSIVE = 0, 1, 2


def _single_kind(text: str, start: int, mark: str) -> tuple[str, int]:
    """("open"|"elision"|"close"|"apostrophe", tier) for a single mark; tier ranks closing marks.

    "elision": an elided word ('Tis, 'Em, '90s) that may also open a quotation, as it does when
    a writer lets one mark stand for both ('Tis the season,' said the vicar).
    """
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    if mark == "`":  # a TeX-style opening mark: `like this'
        return ("open", 0) if not after.isspace() else ("apostrophe", 0)
    if before.isalnum() and after.isalnum():
        return "apostrophe", 0  # Assad’s, o’clock, don't
    if (
        before in "nN"
        and start >= 3
        and text[start - 2] in "'\u2019\u2018"
        and text[start - 3] == " "
    ):
        return "apostrophe", 0  # the second mark of rock 'n' roll
    left, right = _flanks(text, start, start + 1)
    if mark in "\u2018\u201a\u201b\u2039":
        opens = not after.isspace() and not (before.isalnum())
    elif mark == "'":
        opens = left and not right
    else:  # ’ and › never open: a leading ’ is an elision ('90s, ’tis) in careful typography
        opens = False
    if opens:
        if _ELISION.match(text, start + 1):
            return "elision", 0
        return "open", 0
    if mark == "\u203a" or mark == "\u2019" or mark == "'" or mark == "\u2018":
        if before.isspace() or after.isalnum():
            return "apostrophe", 0
        if before in _PUNCT_INSIDE or before in _ALL_MARKS:
            return "close", _TIER_PUNCT
        if before in "sS" and after.isspace():
            return "close", _TIER_POSSESSIVE
        return "close", _TIER_PLAIN
    return "apostrophe", 0


def _single_spans(
    text: str, marks: Iterable[tuple[int, int, str]], breaks: list[int], doubles: list[QuoteSpan]
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    d = 0  # index into doubles (sorted by start): marks inside a double span are nested, not ours
    para = 0
    opener = -1  # offset of the open single mark, or -1
    opener_runs_on = False
    opener_weak = False  # an elision that opens only if a closing mark after punctuation follows
    candidates: list[tuple[int, int]] = []  # (tier, end) of possible closing marks
    # A single quote opened mid-sentence inside the open one ('He told me 'go home' and I did,'):
    # [start, end (-1 while open), whether it may run on]; it is nested only if the outer one
    # closes after it, else it is read as a quote of its own after an unclosed one.
    inner: list[int] = [-1, -1, 0]

    def settle(para_end: int | None) -> None:
        nonlocal opener, opener_runs_on
        if opener < 0:
            return
        if inner[0] >= 0 and (not candidates or inner[1] < 0):
            first, inner_end, inner_runs_on = inner
            inner[:] = [-1, -1, 0]
            candidates.clear()
            settle(first)
            if inner_end >= 0:
                spans.append(QuoteSpan(first, inner_end, True))
            else:
                opener, opener_runs_on = first, bool(inner_runs_on)
                settle(para_end)
            return
        inner[:] = [-1, -1, 0]
        if opener_weak:
            punct = [c for c in candidates if c[0] == _TIER_PUNCT]
            if punct:
                spans.append(QuoteSpan(opener, punct[0][1], True))
        elif candidates:
            best = min(candidates)  # lowest tier, then earliest
            spans.append(QuoteSpan(opener, best[1], True))
        elif para_end is not None and opener_runs_on:
            end = _cap_unclosed(text, opener, _trim_end(text, opener, para_end))
            cut = attribution_cut(text, opener + 1, end)
            end = cut if cut >= 0 else end
            if end > opener + 1:
                spans.append(QuoteSpan(opener, end, False))
        opener = -1
        candidates.clear()

    skip_at = -1
    for start, _end, mark in marks:
        while start >= breaks[para]:
            if (
                opener >= 0
                and not candidates
                and opener_runs_on
                and inner[0] < 0
                and attribution_cut(
                    text, max(opener + 1, breaks[para - 1] if para else 0), breaks[para]
                )
                < 0
            ):
                skip_at, next_para = _continuation_mark(text, breaks, para, double=False)
                if skip_at >= 0:
                    para = next_para
                    break
            settle(breaks[para])
            para += 1
        while d < len(doubles) and doubles[d].end <= start:
            d += 1
        if d < len(doubles) and doubles[d].start <= start:
            continue
        if start == skip_at:
            continue
        kind, tier = _single_kind(text, start, mark)
        para_start = breaks[para - 1] if para > 0 else 0
        if kind == "elision" and opener < 0 and _starts_sentence(text, para_start, start):
            opener, opener_weak, opener_runs_on = start, True, False
        elif (
            kind == "open"
            and opener >= 0
            and not opener_weak
            and not candidates
            and inner[0] < 0
            and mark != "`"
            and not _starts_sentence(text, para_start, start)
        ):
            inner[:] = [start, -1, int(_opens_speech(text, para_start, start))]
        elif kind == "open":
            settle(start)
            opener, opener_weak = start, False
            # an unclosed `backtick never runs on: in pasted code or markup it pairs with nothing
            opener_runs_on = mark != "`" and _opens_speech(text, para_start, start)
        elif kind == "close" and opener >= 0 and inner[0] >= 0 and inner[1] < 0:
            inner[1] = start + 1  # it closes the quote opened inside
        elif kind == "close" and opener >= 0:
            candidates.append((tier, start + 1))
    settle(breaks[para] if para < len(breaks) else len(text))
    return spans


def _top_level(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Sorted spans, dropping any nested in (or, from odd input, overlapping) an earlier one."""
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[QuoteSpan] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        if _has_words(text, span):
            kept.append(span)
    return kept
