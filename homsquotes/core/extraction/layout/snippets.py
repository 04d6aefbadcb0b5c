"""Masked snippets: what the parser reads instead of whole sentences.

Quotation contents are long and tell the parser nothing about who speaks, so each quotation in
a unit is replaced by a one-word stand-in (`"Quote,"`) before parsing.  That makes parsing far
cheaper and the attribution grammar (`"Q," she said`) plain to the parser.  The snippet keeps a
map from its own offsets back to the article, so every span reported is in the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

PLACEHOLDER = "Quote"
# A dash run glued to a closing mark and followed by a word: `"Hello"--said`, `"No"—he said`.
_DASH_AFTER = re.compile(r"[ \t]*(?:--+|\u2014|\u2013)[ \t]*(?=\w)")
_TRAILING_PUNCT = ",.!?;:"
# A gloss in brackets between a quotation and its cue: a translation or a stage direction
# (`"Dati, hanggang tuhod lang," (Before, it was only knee-deep.) said Santos`, `"No," (laughs)
# she said`).  The parser reads past it to the cue.
_GLOSS_AFTER = re.compile(r"[ \t]*\([^()\n]{1,300}\)(?=[ \t]+[A-Za-z])")


@dataclass(slots=True)
class Snippet:
    start: int  # article offset of the unit
    end: int
    text: str = ""
    # verbatim pieces: (snippet_offset, article_offset, length)
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    # quotation stand-ins: (snippet_start, snippet_end, quote_index)
    holes: list[tuple[int, int, int]] = field(default_factory=list)
    _keys: list[int] = field(default_factory=list)

    def to_article(self, pos: int) -> int:
        """Article offset of snippet offset `pos`, or -1 inside a quotation stand-in."""
        i = bisect.bisect_right(self._keys, pos) - 1
        if i >= 0:
            s, a, n = self.pieces[i]
            if pos <= s + n:
                return a + (pos - s)
        return -1

    def hole_at(self, pos: int) -> int | None:
        for hs, he, q in self.holes:
            if hs <= pos < he:
                return q
        return None


def build_snippet(text: str, start: int, end: int, quotes: list[tuple[int, int, int]]) -> Snippet:
    """Snippet of text[start:end]; `quotes` are (start, end, index) inside it, in order."""
    snip = Snippet(start, end)
    parts: list[str] = []
    length = 0
    pos = start
    for qs, qe, qi in quotes:
        qs, qe = max(qs, start), min(qe, end)
        if qs < pos or qe <= qs:
            continue
        if qs > pos:
            snip.pieces.append((length, pos, qs - pos))
            parts.append(text[pos:qs])
            length += qs - pos
        # (typewriter marks are two characters: `''Q,''`, ``` ``Q,'' ```)
        opening = 2 if text[qs : qs + 2] in ("''", "``") else 1
        closing = 2 if text[qe - 2 : qe] == "''" and qe - qs >= 4 else 1
        inner = text[qs + opening : qe - closing].rstrip()
        tail = inner[-1] if inner and inner[-1] in _TRAILING_PUNCT else ""
        # spaces keep the stand-in its own token even in `said,"Look...`
        stand_in = f'"{PLACEHOLDER}{tail}"'
        if parts and parts[-1][-1:].isalnum() or parts and parts[-1][-1:] in ",;:":
            stand_in = " " + stand_in
        dash = _DASH_AFTER.match(text, qe, end)
        if dash is not None:
            # `"Hello"--said Mr. Cornwallaby`: the words after the dash are parsed on their own
            stand_in += " "
            qe = dash.end()
        gloss = _GLOSS_AFTER.match(text, qe, end) if tail in (",", "") else None
        if gloss is not None:
            qe = gloss.end()
        snip.holes.append((length, length + len(stand_in), qi))
        parts.append(stand_in)
        length += len(stand_in)
        pos = qe
    if pos < end:
        snip.pieces.append((length, pos, end - pos))
        parts.append(text[pos:end])
    snip.text = "".join(parts)
    snip._keys = [p[0] for p in snip.pieces]
    return snip
