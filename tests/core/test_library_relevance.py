"""Search results best first (FTS5 bm25), and quotes streamed from a cursor a page at a time."""

from __future__ import annotations

import pytest

from homsquotes.core.library import Library, QuoteFilter, queries
from homsquotes.core.model import ExtractedArticle, Quote

# In article order: the quote that says "siege" most densely is the third one.
ARTICLE = (
    '"The siege was one part of a long and complicated story about the city and its people '
    'over many years," said Ann Weaver. '
    '"Nothing about it was simple," said Siege Holloway. '
    '"Siege, siege, siege," said Bob Carter. '
    '"The siege ended," said Carl Dunn.'
)


def quote_of(text: str, fragment: str, speaker: str) -> Quote:
    start = text.index(fragment)
    return Quote(
        text=fragment,
        start=start,
        end=start + len(fragment),
        speaker=speaker,
        speaker_type="person",
    )


@pytest.fixture
def ranked_lib(lib: Library) -> Library:
    quotes = [
        quote_of(ARTICLE, f'"{body}"', speaker)
        for body, speaker in [
            (ARTICLE[1 : ARTICLE.index('," said Ann') + 1], "Ann Weaver"),
            ("Nothing about it was simple,", "Siege Holloway"),
            ("Siege, siege, siege,", "Bob Carter"),
            ("The siege ended,", "Carl Dunn"),
        ]
    ]
    lib.import_text(ARTICLE, extracted=ExtractedArticle(title="Siege", quotes=quotes))
    return lib


def speakers_in_order(lib: Library, **kwargs) -> list[str]:
    return [q["speaker"] for q in lib.quotes(**kwargs)]


def test_relevance_puts_the_densest_match_first_and_name_only_matches_last(ranked_lib):
    found = speakers_in_order(ranked_lib, filter=QuoteFilter(search="siege"), sort="relevance")
    assert found[0] == "Bob Carter"  # three times in three words
    assert found[-1] == "Siege Holloway"  # found by the speaker's name, not the quote's words
    assert set(found) == {"Ann Weaver", "Siege Holloway", "Bob Carter", "Carl Dunn"}
    # The short quote beats the long one with the same single mention (bm25 length norm).
    assert found.index("Carl Dunn") < found.index("Ann Weaver")


def test_position_order_is_still_available(ranked_lib):
    found = speakers_in_order(ranked_lib, filter=QuoteFilter(search="siege"), sort="position")
    assert found == ["Ann Weaver", "Siege Holloway", "Bob Carter", "Carl Dunn"]


def test_descending_relevance_is_the_exact_reverse(ranked_lib):
    flt = QuoteFilter(search="siege")
    best_first = ranked_lib.quote_ids(flt, sort="relevance")
    assert ranked_lib.quote_ids(flt, sort="relevance", descending=True) == best_first[::-1]


def test_relevance_without_a_search_is_article_order(ranked_lib):
    assert ranked_lib.quote_ids(sort="relevance") == ranked_lib.quote_ids(sort="position")
    assert not ranked_lib.search_is_ranked(QuoteFilter())


def test_past_the_rank_limit_matches_stream_in_the_order_they_were_added(ranked_lib, monkeypatch):
    flt = QuoteFilter(search="siege")
    assert ranked_lib.search_is_ranked(flt)
    monkeypatch.setattr(queries, "RANK_LIMIT", 2)
    assert not ranked_lib.search_is_ranked(flt)
    ids = ranked_lib.quote_ids(flt, sort="relevance")
    by_name = ranked_lib.quote_ids(QuoteFilter(speaker="Siege Holloway"))
    text_matches = [i for i in ids if i not in by_name]
    assert text_matches == sorted(text_matches)
    assert ids[-len(by_name) :] == by_name


def test_relevance_keeps_the_other_filters(ranked_lib):
    flt = QuoteFilter(search="siege", speaker="Carl Dunn")
    assert speakers_in_order(ranked_lib, filter=flt, sort="relevance") == ["Carl Dunn"]


def test_streamed_quotes_equal_the_list_and_stop_at_the_limit(ranked_lib, monkeypatch):
    monkeypatch.setattr(queries, "STREAM_PAGE", 1)  # a page per quote: the paging is used
    flt = QuoteFilter(search="siege")
    every = ranked_lib.quotes(flt, sort="relevance")
    assert list(ranked_lib.iter_quotes(flt, sort="relevance")) == every
    assert list(ranked_lib.iter_quotes(flt, sort="relevance", limit=2)) == every[:2]
    pages = list(ranked_lib.iter_quote_ids(flt, sort="speaker", limit=3))
    assert [len(p) for p in pages] == [1, 1, 1]
    assert sum(pages, []) == ranked_lib.quote_ids(flt, sort="speaker")[:3]


def test_a_stream_left_unfinished_does_not_block_writes(ranked_lib):
    stream = ranked_lib.iter_quotes(QuoteFilter(search="siege"))
    first = next(stream)
    stream.close()
    ranked_lib.edit_quote(first["id"], note="read while streaming")
    assert ranked_lib.quote(first["id"])["note"] == "read while streaming"


def test_a_broad_speaker_filter_streams_the_same_quotes_by_walking_the_sort_index(
    ranked_lib, monkeypatch
):
    flt = QuoteFilter(speaker="Bob Carter")
    for sort in ("position", "speaker", "text"):
        expected = ranked_lib.quote_ids(flt, sort=sort)
        monkeypatch.setattr(queries, "BROAD_MATCHES", 0)  # every filter counts as broad
        where, _params = flt.where(walk_sort_index=True)
        assert "+q.speaker_id IN" in where
        assert sum(ranked_lib.iter_quote_ids(flt, sort=sort), []) == expected
        monkeypatch.setattr(queries, "BROAD_MATCHES", 10**9)
        assert sum(ranked_lib.iter_quote_ids(flt, sort=sort), []) == expected
