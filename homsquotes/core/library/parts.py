"""How the parts of an interrupted quotation are stored in the library's ``quotes.parts`` column.

The column holds the parts' offsets as JSON, ``[[0, 27], [39, 76]]``, and is NULL for a quote in
one piece (its one part is ``start``..``end`` with the quote's text). Part texts are not stored
twice: the quote's ``text`` is the parts joined by PART_JOINER, so each part's text is the next
``end - start`` characters of it. A text that does not fit its offsets (a library edited by
hand outside homsquotes) reads as one part, never as a misquotation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from homsquotes.core.errors import InputError
from homsquotes.core.model import PART_JOINER, Span

_MARKS = re.compile("``|''|[\"“”„‟«»'‘’‚‛‹›]")


def encode_parts(parts: Sequence[Span] | Sequence[tuple[int, int]]) -> str | None:
    """The column value for these parts: JSON offset pairs, or None for a quote in one piece."""
    pairs = [(p.start, p.end) if isinstance(p, Span) else (int(p[0]), int(p[1])) for p in parts]
    return json.dumps([list(p) for p in pairs]) if len(pairs) > 1 else None


def decode_parts(stored: str | None, text: str, start: int, end: int) -> list[dict[str, Any]]:
    """The quote's parts as {"start", "end", "text"} dicts, read from the column and the text."""
    one = [{"start": start, "end": end, "text": text}]
    if not stored:
        return one
    try:
        pairs = [(int(s), int(e)) for s, e in json.loads(stored)]
    except (ValueError, TypeError):
        return one
    parts, at = [], 0
    for i, (s, e) in enumerate(pairs):
        if i:
            if text[at : at + len(PART_JOINER)] != PART_JOINER:
                return one
            at += len(PART_JOINER)
        if e <= s:
            return one
        parts.append({"start": s, "end": e, "text": text[at : at + e - s]})
        at += e - s
    return parts if at == len(text) else one


def parts_from_offsets(article_text: str, pairs: Sequence[Sequence[int]]) -> list[Span]:
    """Spans of the article for user-given (start, end) pairs; InputError unless they are in
    bounds, in text order and apart."""
    if not pairs:
        raise InputError("a quote needs at least one part")
    spans: list[Span] = []
    for pair in pairs:
        start, end = int(pair[0]), int(pair[1])
        if not (0 <= start < end <= len(article_text)):
            raise InputError(
                f"part {start}-{end} is outside the article (length {len(article_text)})"
            )
        if spans and start < spans[-1].end:
            raise InputError(f"part {start}-{end} overlaps or comes before the part before it")
        spans.append(Span(start, end, article_text[start:end]))
    return spans


def joined_text(parts: Sequence[Span]) -> str:
    return PART_JOINER.join(p.text for p in parts)


def split_at_marks(span_text: str) -> list[tuple[int, int]] | None:
    """The pairs of marks one stored span is made of, when there are several, as offsets into
    ``span_text`` (the article's text from the span's start to its end).

    The marks are paired as the extractor pairs them, without parsing, so this is fast enough
    for every quote of a large library. Only a span that opens with its first pair's mark and
    closes with its last pair's is split; a span the marks do not explain (unbalanced marks, a
    span the user chose) stays whole.
    """
    from homsquotes.core.extraction.spans.quotemarks import find_quote_spans

    if len(_MARKS.findall(span_text)) < 4:  # two pairs need four marks: most quotes stop here
        return None
    inner = [(s.start, s.end) for s in find_quote_spans(span_text)]
    if len(inner) < 2 or inner[0][0] != 0 or inner[-1][1] != len(span_text):
        return None
    return inner


# Why a quote the user edited or verified is flagged after the schema-3 migration.
REVIEW_INTERRUPTED = (
    "interrupted quotation: the text you kept runs over the reporter's words between {n} parts; "
    "split it into its parts, or clear this flag to keep it whole"
)


def upgrade_to_parts(db: Any) -> None:
    """Schema 3: split the stored span of each interrupted quotation into its parts.

    Before version 3 an interrupted quotation was one span, reporter's words included. A quote
    nobody edited gets its parts (the pairs of marks inside its span) and its text becomes the
    quoted words only. A quote the user edited or verified keeps its text and is flagged in
    ``review`` instead, so nothing the user wrote changes. Only the quotes' own spans are
    read, never whole articles, and only a span with four marks or more is paired.
    """
    for quote_id, article_id, quote_text, start, end, status in _direct_quotes(db):
        pairs = split_at_marks(quote_text or "")
        if pairs is None:
            continue
        # The stored text must be the article's own span (SQLite's substr counts characters,
        # as Python's offsets do): a text that is not is left exactly as it is.
        span_text = db.execute(
            "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
            [start, end, start, article_id],
        ).fetchone()
        if span_text is None or span_text[0] != quote_text:
            continue
        if status == "auto":
            parts = [Span(start + s, start + e, quote_text[s:e]) for s, e in pairs]
            db.execute(
                "UPDATE quotes SET parts = ?, text = ? WHERE id = ?",
                [encode_parts(parts), joined_text(parts), quote_id],
            )
        else:
            db.execute(
                "UPDATE quotes SET review = ? WHERE id = ?",
                [REVIEW_INTERRUPTED.format(n=len(pairs)), quote_id],
            )


def _direct_quotes(db: Any, page: int = 10_000) -> Any:
    """Every direct quote's (id, article_id, text, start, end, status), a page at a time, so a
    million-quote library is never all in memory."""
    last = 0
    while True:
        rows = db.execute(
            'SELECT id, article_id, text, start, "end", status FROM quotes '
            "WHERE id > ? AND kind = 'direct' ORDER BY id LIMIT ?",
            [last, page],
        ).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]
