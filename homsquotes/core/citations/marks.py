"""The quotation marks inside a quoted passage, rewritten in the citing style's own marks.

An article quotes in its own marks (“…”, "…", ‘…’, «…», „…“, ``…'', ''…''). A citation
wraps the passage in the style's marks, so every mark *inside* it must become the style's
too, alternating by depth: APA, MLA and Chicago put single marks inside double ones (APA 7
§8.32, MLA 9 §6.45, CMOS 18 §12.30); Cite Them Right puts double inside single. The
article's marks never survive next to the style's.

Apostrophes are not marks: ’ or ' between letters (don't, O'Neill), and elisions at a word
start ('tis, '90s) with no closing mark after them, stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Marks:
    """A style's quotation marks: the outer pair and the pair nested inside it."""

    open: str = "“"
    close: str = "”"
    inner_open: str = "‘"
    inner_close: str = "’"

    def pair(self, depth: int) -> tuple[str, str]:
        """Marks for a quotation ``depth`` levels deep (0 = the citation's own marks)."""
        return (self.open, self.close) if depth % 2 == 0 else (self.inner_open, self.inner_close)


# Two-character typewriter marks first, so `''` is not read as two apostrophes.
_TWO_CHAR_OPEN = ("``",)
_DOUBLE_OPEN = "“„«「『"
_DOUBLE_CLOSE = "”»」』"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "›"
# Which closer ends which opener, when they differ from the default pairing.
_CLOSES = {"„": "“”", "‚": "‘’", "“": "”", "‘": "’", "«": "»", "‹": "›", "「": "」",
           "『": "』", "``": "''”\"", '"': '"', "''": "''", "'": "'’", "`": "'’"}
OPENING_MARKS = "\"'“‘«„‚‹「『`"
CLOSING_MARKS = "\"'”’»›」』“‘"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def restyle_marks(body: str, marks: Marks) -> str:
    """Every quotation mark in ``body`` (the words inside the outer pair) in the style's marks."""
    out: list[str] = []
    stack: list[str] = []  # the article's opening marks still open
    i, n = 0, len(body)
    while i < n:
        two = body[i:i + 2]
        ch = body[i]
        prev = body[i - 1] if i else " "
        token, step = (two, 2) if two in ("``", "''") else (ch, 1)
        nxt = body[i + step] if i + step < n else " "
        role = _role(token, prev, nxt, stack, body, i + step)
        if role == "open":
            stack.append(token)
            out.append(marks.pair(len(stack))[0])
        elif role == "close":
            out.append(marks.pair(max(len(stack), 1))[1])
            if stack:
                stack.pop()
        else:
            out.append(token)
        i += step
    return "".join(out)


def _role(token: str, prev: str, nxt: str, stack: list[str], body: str, after: int) -> str:
    """'open', 'close' or 'text' (an apostrophe, or not a mark at all)."""
    top = stack[-1] if stack else None
    if top is not None and token in _CLOSES.get(top, "") and not (
            token in "'’" and _is_word(prev) and _is_word(nxt)):
        if token in ('"', "''", "'") and not _looks_closing(prev, nxt):
            if _looks_opening(prev, nxt):
                return "open"
            # A straight mark between spaces: close the open one ("'" may be an apostrophe).
            return "text" if token == "'" else "close"
        return "close"
    if token in _TWO_CHAR_OPEN or token in _DOUBLE_OPEN or token in _SINGLE_OPEN:
        return "open"
    if token == "`" and not nxt.isspace():
        return "open"  # TeX style: `like this'
    if token in _DOUBLE_CLOSE or token in _SINGLE_CLOSE:
        return "close"
    if token in ('"', "''"):
        return "open" if _looks_opening(prev, nxt) else "close"
    if token in "'’":
        if _is_word(prev) and _is_word(nxt):
            return "text"  # don't, O'Neill
        if token == "'" and _looks_opening(prev, nxt) and _closer_follows(body, after):
            return "open"
        return "text"  # an elision ('tis) or a plural possessive (the workers’ union)
    return "text"


def _looks_opening(prev: str, nxt: str) -> bool:
    return (prev.isspace() or prev in "([{—–-/" or prev in OPENING_MARKS) and not nxt.isspace()


def _looks_closing(prev: str, nxt: str) -> bool:
    return not prev.isspace() and (nxt.isspace() or not _is_word(nxt))


def _closer_follows(body: str, start: int) -> bool:
    """A straight single mark later on that can close (after a non-space, before a non-word)."""
    for j in range(start, len(body)):
        if body[j] == "'":
            before = body[j - 1] if j else " "
            after = body[j + 1] if j + 1 < len(body) else " "
            if not before.isspace() and not _is_word(after):
                return True
    return False


# A title's own quotation marks on their way through citeproc ('Council says "reckless"
# spending'). citeproc cannot know them: its title case capitalises a word's first
# character, which is the mark ('"reckless"' stayed lower case in MLA and Chicago), and it
# prints them as typed, so a double-quoted title held straight double marks inside the
# style's double ones. Each mark goes in as a private-use stand-in (depth 1 or 2 within
# the title); an opener after a space stands alone as a word, so title case reaches the
# word after it. A sentinel word opens the title, so that once rendered the title's depth
# is read from the mark just before it: the style's inner pair when the style put the title
# in quotation marks, else its outer pair (render.py). The sentinel is a word of its own, so
# title case still reaches the title's first word.
_TITLE_OPEN = ("\ue010", "\ue012")
_TITLE_CLOSE = ("\ue011", "\ue013")
_TITLE_START = "\ue014"
_TITLE_STAND_INS = Marks(open=_TITLE_OPEN[1], close=_TITLE_CLOSE[1],
                         inner_open=_TITLE_OPEN[0], inner_close=_TITLE_CLOSE[0])


def shield_title_marks(title: str) -> str:
    """A title with its quotation marks as stand-ins citeproc's case changes leave alone."""
    shielded = restyle_marks(title, _TITLE_STAND_INS)
    if shielded == title:
        return title
    for opener in _TITLE_OPEN:
        shielded = shielded.replace(f" {opener}", f" {opener} ")
        if shielded.startswith(opener):
            shielded = f"{opener} {shielded[1:]}"
    return f"{_TITLE_START} {shielded}"


def unshield_title_marks(text: str, style: Marks, punctuation_inside: bool = False) -> str:
    """Rendered text with a title's stand-ins in the style's marks, nested by depth.

    `punctuation_inside`: the style puts a period or comma inside closing marks (en-US), so
    ``‘No More Cuts’.”`` becomes ``‘No More Cuts.’”``."""
    if _TITLE_START not in text:
        return text
    for opener in (*_TITLE_OPEN, _TITLE_START):
        text = text.replace(f"{opener} ", opener)
    out: list[str] = []
    base = 0  # 1 inside a title the style put in quotation marks
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == _TITLE_START:
            before = re.sub(r"(?:<[^>]+>)+$", "", "".join(out)).rstrip()
            base = 1 if before.endswith(style.open) else 0
            i += 1
            continue
        if ch in _TITLE_OPEN or ch in _TITLE_CLOSE:
            level = base + (1 if ch in (_TITLE_OPEN[1], _TITLE_CLOSE[1]) else 0)
            opening, closing = style.pair(level)
            if ch in _TITLE_OPEN:
                out.append(opening)
            else:
                after = text[i + 1 : i + 2]
                if punctuation_inside and after in (".", ",") and text[i + 2 : i + 3] in (
                        style.close, style.inner_close, *_TITLE_CLOSE):
                    out.append(after + closing)  # (the title's last words, then the style's)
                    i += 2
                    continue
                if punctuation_inside and after == style.close and text[i + 2 : i + 3] in (
                        ".", ","):
                    # "‘No More Cuts’”." -> "‘No More Cuts.’”" (en-US: inside both marks)
                    out.append(text[i + 2] + closing + style.close)
                    i += 3
                    continue
                out.append(closing)
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)
