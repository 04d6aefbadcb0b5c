"""Capital letters beyond A-Z for the name patterns: Đukić, Šehić, Étienne, Ó Maoileoin, Özil.

Python's `re` has no class for "an upper-case letter", and `[A-Z]` misses every name that
starts with an accented capital: such a name was no name run at all, so "Đukić said" found
"Edin Zukić" and "Étienne Lachance-Okoro" lost his first name. `latin()` widens each `A-Z`
range in a pattern to the capitals of the Latin alphabets (Latin-1, Extended-A and -B, and
Vietnamese), a class written out once here.
"""

from __future__ import annotations

import re

__all__ = ["CAPITALS", "latin", "latin_re"]

_RANGES = ((0xC0, 0x250), (0x1E00, 0x1F00))
CAPITALS = "A-Z" + "".join(
    chr(c) for start, end in _RANGES for c in range(start, end) if chr(c).isupper()
)


_NARROW = re.compile(r"A-Z(?!" + CAPITALS[3] + ")")


def latin(pattern: str) -> str:
    """`pattern` with every `A-Z` range (inside a character class) taking in CAPITALS; a
    pattern already widened is left as it is."""
    return _NARROW.sub(CAPITALS, pattern) if isinstance(pattern, str) else pattern


def latin_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile of latin(pattern)."""
    return re.compile(latin(pattern), flags)
