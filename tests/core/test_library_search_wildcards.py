"""A search with no word in it is a plain substring search: % and _ are characters, not
wildcards (issue 11, item 14)."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import ArticleMeta

ARTICLE = '"Prices rose 50% this year," the minister said. "We wait…" a trader said.'


def test_percent_and_underscore_match_only_themselves(lib) -> None:
    lib.import_text(ARTICLE, ArticleMeta(title="Prices"))
    texts = [lib.quote(i)["text"] for i in lib.quote_ids()]
    assert len(texts) == 2
    assert [lib.quote(i)["text"] for i in lib.quote_ids(QuoteFilter(search="%"))] == [
        t for t in texts if "%" in t
    ]
    assert lib.quote_ids(QuoteFilter(search="_")) == []
    assert lib.quote_ids(QuoteFilter(search="\\")) == []
    assert len(lib.quote_ids(QuoteFilter(search="…"))) == 1
