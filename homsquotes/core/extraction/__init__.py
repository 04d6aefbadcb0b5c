"""Quotation extraction: quote spans, speakers, cues, affiliations and context.

Public API:
    extract(text) -> ExtractedArticle
    extract_many(texts) -> Iterator[ExtractedArticle]   (batched; same results as extract)
    attribute_span(text, start, end) -> Quote           (a span marked by hand)

spaCy is imported lazily, on the first call that has something to parse, never at import time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from homsquotes.core.model import ExtractedArticle, Quote

# Articles planned and parsed together: big enough for efficient nlp.pipe batches, small enough
# that a long import streams its results.
BATCH_ARTICLES = 64


def extract(text: str) -> ExtractedArticle:
    return next(extract_many([text]))


def attribute_span(text: str, start: int, end: int) -> Quote:
    """Speaker, cue, affiliation and context for text[start:end] taken as a quotation -- for a
    quotation the user marks by hand where the extractor found none."""
    from homsquotes.core.extraction.pipeline import attribute_span as _attribute_span

    return _attribute_span(text, start, end)


def extract_many(texts: Iterable[str]) -> Iterator[ExtractedArticle]:
    from homsquotes.core.extraction.pipeline import run_batch

    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= BATCH_ARTICLES:
            yield from run_batch(batch)
            batch = []
    if batch:
        yield from run_batch(batch)
