"""Quotation extraction: quote spans, speakers, cues, affiliations and context.

Public API:
    extract(text) -> ExtractedArticle
    extract_many(texts) -> Iterator[ExtractedArticle]   (batched; same results as extract)

spaCy is imported lazily, on the first call, never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from homsquotes.core.model import ExtractedArticle, Quote

# PLACEHOLDER until the real extractor lands: double-quoted spans only, no attribution.
_PAIR = re.compile(r"[\"\u201c][^\"\u201c\u201d]+[\"\u201d]")


def extract(text: str) -> ExtractedArticle:
    quotes = [Quote(text=m.group(), start=m.start(), end=m.end()) for m in _PAIR.finditer(text)]
    return ExtractedArticle(title=None, quotes=quotes)


def extract_many(texts: Iterable[str]) -> Iterator[ExtractedArticle]:
    for t in texts:
        yield extract(t)
