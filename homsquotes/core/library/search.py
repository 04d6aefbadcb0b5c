"""Turning whatever a user types into a valid FTS5 query.

Words become quoted terms (so AND, NEAR, *, -, : and stray quotes are just text),
all of which must match; text inside double quotes is a phrase; the last bare
word matches as a prefix, so results appear while typing (or, with
``prefix_last=False``, only when typed with a trailing ``*``: a whole-word search,
which FTS5 answers without merging every term that starts with the word).
"""

from __future__ import annotations

import re

_PHRASE_OR_WORD = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")


def fts_query(user_text: str, prefix_last: bool = True) -> str | None:
    """A safe FTS5 MATCH expression for `user_text`, or None if it holds no searchable word."""
    parts: list[str] = []
    last_bare = -1
    starred = False
    for phrase, bare in _PHRASE_OR_WORD.findall(
        user_text.replace("\u201c", '"').replace("\u201d", '"')
    ):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            for word in _WORD.findall(bare):
                parts.append(f'"{word}"')
                last_bare = len(parts) - 1
            starred = bare.endswith("*") and bool(_WORD.findall(bare))
    if not parts:
        return None
    # Without prefix_last, a prefix is asked for with a trailing * ("negotiat*").
    if last_bare == len(parts) - 1 and (prefix_last or starred):
        parts[-1] += "*"
    return " ".join(parts)
