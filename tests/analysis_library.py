"""Building small libraries by hand for the analysis tests: no spaCy, every quote chosen.

``add_article(lib, text, quotes, ...)`` imports `text` with the quotes given as
(quoted words, speaker, speaker type, mention, affiliation); each quote's offsets and its
mention's offsets are found in the text (the mention is looked for after the quote, as in
'"...," she said').
"""

from __future__ import annotations

from typing import Any

from homsquotes.core.model import ArticleMeta, ExtractedArticle, Quote, Span


def add_article(
    lib: Any,
    text: str,
    quotes: list[tuple[str, str | None, str | None, str | None, str | None]],
    publisher: str | None = None,
    published: str | None = None,
    title: str | None = None,
) -> int:
    found = []
    for words, speaker, speaker_type, mention, affiliation in quotes:
        start = text.index(words)
        end = start + len(words)
        mention_span = None
        if mention:
            at = text.index(mention, end)
            mention_span = Span(at, at + len(mention), mention)
        found.append(
            Quote(
                text=words,
                start=start,
                end=end,
                speaker=speaker,
                speaker_type=speaker_type,
                speaker_mention=mention_span,
                affiliation=affiliation,
                confidence=0.9,
            )
        )
    meta = ArticleMeta(title=title or text.split("\n")[0], publisher=publisher, published=published)
    result = lib.import_text(text, meta, extracted=ExtractedArticle(meta.title, found))
    return int(result.article_id)
