"""Nicknames written inside a name: Mikkel “frostbyte” Sørensen, Lauren 'Lolo' Pierce.

Sport, music and crime reporting put a person's nickname in quotation marks between the given
name and the family name.  Those marks enclose no quotation, and they cut the name in two for
everything that reads names.  The extractor reads the text with each such nickname blanked out
(spaces, one for one, so every offset still points into the article); the nickname is kept, so
that a later "frostbyte said" still finds the person it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homsquotes.core.extraction.attribution.cues import word_set
from homsquotes.core.extraction.capitals import latin_re

# Words that open or join a title-case headline, not a family name: `Trump Calls Clinton
# "Crooked" In Speech`.
_NOT_FAMILY = word_set(
    "in on at of for to by with from and or but the a an as is are was were after before over "
    "into about against says said vs monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december"
)
_NOT_GIVEN = _NOT_FAMILY | word_set(
    "calls called dubs dubbed brands branded nicknamed named labels labelled labeled"
)
_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_NICKNAME = latin_re(
    r"(?<![\w'’-])(?P<given>[A-Z][\w'’.-]*)[ \t]+"
    # (two letters at least: "Rock 'n' Roll" holds no nickname; the family name is looked at,
    # not taken, so "Ann 'a' Bob 'b' Cid" gives both)
    r"(?P<nick>(?P<open>[“\"‘'])[^\s\"“”‘’'.,;:!?()]{2,20}(?:[ \t][^\s\"“”‘’'.,;:!?()]{1,20}){0,2}"
    r"(?P<close>[”\"’']))(?=[ \t]+(?P<family>[A-Z][\w'’-]+))"
)


_SPEECH_AFTER = (
    r"[ \t]+(?:said|says|told|tells|added|adds|asked|asks|replied|replies|wrote|writes|"
    r"explained|explains|insisted|insists|recalled|recalls)\b"
)


@dataclass(frozen=True, slots=True)
class Nickname:
    start: int  # the opening mark
    end: int  # after the closing mark
    word: str  # the nickname as written, without its marks


def find_nicknames(text: str) -> list[Nickname]:
    found = []
    headline_lines: dict[int, bool] = {}  # line start -> whether the line is a headline
    for m in _NICKNAME.finditer(text):
        if _PAIRS[m.group("open")] != m.group("close"):
            continue
        given, family = m.group("given"), m.group("family")
        if given.lower() in _NOT_GIVEN or family.lower() in _NOT_FAMILY:
            continue
        shouted = [w for w in (given, family) if w.isupper() and len(w) > 1 and "." not in w]
        if given.endswith(("'s", "’s")) or shouted:
            continue  # ABC's "Good Morning America" Tuesday; a shouted headline
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in headline_lines:
            headline_lines[line_start] = _is_headline(text, line_start)
        if headline_lines[line_start]:
            continue
        found.append(Nickname(m.start("nick"), m.end("nick"), m.group("nick")[1:-1]))
    return found


def _is_headline(text: str, line_start: int) -> bool:
    """A line in title case ("Fans Hail 'Magic' Johnson Return") is a headline: its capitals
    say nothing about names.  (Asked once per line: a pasted book may be one long line.)"""
    line_end = text.find("\n", line_start)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def blank_nicknames(
    text: str, keep: tuple[int, int] | None = None
) -> tuple[str, list[Nickname]]:
    """`text` with each nickname inside a name, marks included, turned into spaces; `keep` is
    a span the user marked as a quotation, whose marks stay.  The same nickname in its marks
    elsewhere, as the subject of a speech verb ("“Magic” said he was proud"), loses only its
    marks: it names the person."""
    nicknames = [
        n
        for n in find_nicknames(text)
        if keep is None or n.end <= keep[0] or n.start >= keep[1]
    ]
    if not nicknames:
        return text, []
    chars = list(text)
    inside = {n.start for n in nicknames}
    for word in {n.word for n in nicknames}:
        for m in re.finditer(rf"[“\"‘']{re.escape(word)}[”\"’'](?={_SPEECH_AFTER})", text):
            if m.start() in inside or m.group()[0] not in _PAIRS:
                continue
            if _PAIRS[m.group()[0]] != m.group()[-1]:
                continue
            if keep is not None and keep[0] < m.end() and m.start() < keep[1]:
                continue
            chars[m.start()] = chars[m.end() - 1] = " "
    for nick in nicknames:
        chars[nick.start : nick.end] = " " * (nick.end - nick.start)
    return "".join(chars), nicknames
