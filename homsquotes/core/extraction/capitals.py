"""Letters beyond A-Z for the name patterns: Đukić, Šehić, Étienne, Ó Maoileoin, José, Zoë.

Python's `re` has no class for "an upper-case letter", and `[A-Z]` misses every name that
starts with an accented capital: such a name was no name run at all, so "Đukić said" found
"Edin Zukić" and "Étienne Lachance-Okoro" lost his first name ("[A-Z][a-z]+" missed "José"
too).  `latin()` widens each `A-Z` range in a pattern to the capitals of the Latin alphabets
(Latin-1, Extended-A and -B, and Vietnamese) and each `a-z` range to their small letters.
"""

from __future__ import annotations

import re

__all__ = ["CAPITALS", "SMALL_LETTERS", "latin", "latin_re"]

_RANGES = ((0xC0, 0x250), (0x1E00, 0x1F00))
_LETTERS = [chr(c) for start, end in _RANGES for c in range(start, end)]
CAPITALS = "A-Z" + "".join(c for c in _LETTERS if c.isupper())
SMALL_LETTERS = "a-z" + "".join(c for c in _LETTERS if c.islower())
# (a range already widened is left as it is, so latin(latin(p)) == latin(p))
_NARROW_CAPITALS = re.compile(r"A-Z(?!" + re.escape(CAPITALS[3]) + ")")
_NARROW_SMALL = re.compile(r"a-z(?!" + re.escape(SMALL_LETTERS[3]) + ")")


def latin(pattern: str) -> str:
    """`pattern` with every `A-Z` range taking in CAPITALS and every `a-z` range the small
    letters (the ranges only occur inside character classes in these patterns)."""
    if not isinstance(pattern, str):
        return pattern
    return _NARROW_SMALL.sub(SMALL_LETTERS, _NARROW_CAPITALS.sub(CAPITALS, pattern))


def latin_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile of latin(pattern)."""
    return re.compile(latin(pattern), flags)
