"""One speaker across articles: normalised names, fuzzy variants (rapidfuzz), aliases.

"Lakhdar Brahimi", "Dr. Lakhdar Brahimi" and "Lakhdar Brahimí" are one person;
a misspelling such as "Orwa Nryabia" for "Orwa Nyrabia" is too. Every spelling
that matched is kept as an alias, so the next match is exact and the user can
see (and undo, by renaming or merging) what was joined.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Titles that do not tell two people apart; dropped before matching.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "the"}
_NON_WORD = re.compile(r"[^\w\s]|_")

# Below 90, different people with similar names start to match (ratio on
# normalised strings: "john smith"/"jane smith" is 70, a transposed letter ~92).
FUZZY_CUTOFF = 90.0


@functools.lru_cache(maxsize=16384)  # an import matches each quote's speaker: names repeat
def normalize_name(name: str) -> str:
    """Lowercase, accents and punctuation dropped, honorifics removed, spaces collapsed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("\u2019s ", " ").replace("'s ", " ")
    text = _NON_WORD.sub(" ", text.replace("-", " "))
    words = [w for w in text.split() if w not in _HONORIFICS]
    return " ".join(words)


_PRONOUNS = {
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "him",
    "her",
    "them",
    "his",
    "hers",
    "its",
    "their",
    "theirs",
    "one",
    "someone",
    "somebody",
    "anyone",
    "who",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "another"}


def is_shareable_name(name: str, speaker_type: str | None = None) -> bool:
    """Whether `name` names someone across articles: a proper name, not "she" or "the minister".

    Documents and unnamed sources ("a spokesman") stay per-article, so two
    articles' "a spokesman" never become one speaker.
    """
    if speaker_type in ("document", "other"):
        return False
    words = name.split()
    if not words or normalize_name(name) in _PRONOUNS:
        return False
    if words[0].casefold() in _DETERMINERS:
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def _compatible(a: str, b: str) -> bool:
    """Guard against fuzzy joins of different people.

    Same number of words, and exactly one word spelled differently; that word is
    long (a typo in "Smith"/"Smyth" may well be another person) and has no digits.
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return (
        min(len(x), len(y)) >= 6
        and not any(ch.isdigit() for ch in x + y)
        and _ratio(x, y) >= 75
    )


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported on first use: commands that only read never need it

    return float(fuzz.ratio(a, b))


def _blocks(key: str) -> list[tuple]:
    """Buckets a name falls in. Names one word apart share the bucket of a word they agree
    on (first or last), so fuzzy matching compares a handful of names, not the whole library."""
    words = key.split()
    if len(words) == 1:
        return []  # never matched fuzzily
    return [(len(words), "first", words[0]), (len(words), "last", words[-1])]


class SpeakerIndex:
    """Normalised names and aliases -> speaker id, for matching many names quickly."""

    def __init__(self, pairs: list[tuple[str, int]]):
        self._ids: dict[str, int] = {}
        self._buckets: dict[tuple, list[str]] = {}
        for key, speaker_id in pairs:
            self.add(key, speaker_id)

    def add(self, key: str, speaker_id: int) -> None:
        if key and key not in self._ids:
            self._ids[key] = speaker_id
            for block in _blocks(key):
                self._buckets.setdefault(block, []).append(key)

    def match(self, name: str, fuzzy: bool = True) -> tuple[int | None, bool]:
        """(speaker id, exact?) for a name, or (None, False) when nobody matches."""
        key = normalize_name(name)
        if not key:
            return None, False
        if key in self._ids:
            return self._ids[key], True
        if not fuzzy or " " not in key:
            return None, False  # one word ("Mohamed"/"Mohammed") is too little to guess from
        candidates = {k for block in _blocks(key) for k in self._buckets.get(block, ())}
        from rapidfuzz import fuzz, process

        found = process.extract(
            key, list(candidates), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
        )
        for other, _score, _index in found:
            if _compatible(key, other):
                return self._ids[other], False
        return None, False
