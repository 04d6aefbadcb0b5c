"""Anchoring a quote to its article the Hypothesis way: exact text, prefix, suffix, offsets.

Offsets alone break when an article's text changes (a new version, a fixed
typo); the exact text plus ~32 characters either side finds the quote again.
"""

from __future__ import annotations

ANCHOR_CONTEXT = 32


def anchor_context(text: str, start: int, end: int, width: int = ANCHOR_CONTEXT) -> tuple[str, str]:
    """The `width` characters before `start` and after `end`."""
    return text[max(0, start - width) : start], text[end : end + width]


def find_anchor(
    text: str, exact: str, prefix: str = "", suffix: str = "", hint: int | None = None
) -> tuple[int, int] | None:
    """Where `exact` sits in `text`, preferring the occurrence whose context matches best.

    Every occurrence of the exact text is scored by how many characters of the
    prefix (read backwards) and suffix agree; ties go to the one nearest `hint`.
    None when the exact text no longer occurs.
    """
    if not exact:
        return None
    best: tuple[int, int] | None = None
    best_key: tuple[int, int] | None = None
    pos = text.find(exact)
    while pos != -1:
        before, after = anchor_context(
            text, pos, pos + len(exact), max(len(prefix), len(suffix), 1)
        )
        score = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        distance = abs(pos - hint) if hint is not None else 0
        key = (score, -distance)
        if best_key is None or key > best_key:
            best, best_key = (pos, pos + len(exact)), key
        pos = text.find(exact, pos + 1)
    return best


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
