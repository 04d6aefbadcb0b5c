"""Full-text search: any user text is searched without error, and finds the right quotes."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.search import fts_query
from homsquotes.core.library.testing import integrity
from homsquotes.core.model import ExtractedArticle, Quote

TEXTS = [
    '"It is a matter of deep regret that talks stopped," the envoy said.',
    '"We regret nothing and we will go on," the commander said.',
    '"The AND operator is NEAR the end: col*," a programmer joked.',
]


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "lib.sqlite"
    library = Library.open(path)
    for i, text in enumerate(TEXTS):
        end = text.index(',"') + 2
        quote = Quote(
            text=text[:end],
            start=0,
            end=end,
            speaker=f"Speaker Number{i}",
            speaker_type="person",
            context=f"context words {i}",
        )
        library.import_text(text, extracted=ExtractedArticle(title=f"A{i}", quotes=[quote]))
    yield library
    assert library.integrity_check() == "ok"
    library.close()
    assert integrity(path) == "ok"


def texts_found(lib, search):
    return [q["text"] for q in lib.quotes(QuoteFilter(search=search))]


def test_words_must_all_match(lib):
    assert texts_found(lib, "deep regret") == [TEXTS[0][: TEXTS[0].index(',"') + 2]]
    assert len(texts_found(lib, "regret")) == 2


def test_last_word_is_a_prefix_while_typing(lib):
    assert len(texts_found(lib, "regr")) == 2


def test_quoted_phrase(lib):
    assert len(texts_found(lib, '"deep regret"')) == 1
    assert texts_found(lib, '"regret deep"') == []


def test_fts_syntax_is_plain_text(lib):
    assert len(texts_found(lib, "AND operator")) == 1
    assert len(texts_found(lib, "and")) == 2
    assert len(texts_found(lib, "NEAR(")) == 1
    assert len(texts_found(lib, "col*")) == 1
    assert texts_found(lib, '-"unbalanced') == []


def test_speaker_names_context_and_notes_are_searched(lib):
    assert len(texts_found(lib, "Number1")) == 1
    assert len(texts_found(lib, "context words 2")) == 1
    qid = lib.quote_ids(QuoteFilter(search="nothing"))[0]
    lib.edit_quote(qid, note="zanzibar")
    assert lib.quote_ids(QuoteFilter(search="zanzibar")) == [qid]
    lib.undo()
    assert lib.quote_ids(QuoteFilter(search="zanzibar")) == []


def test_punctuation_only_falls_back_to_substring(lib):
    assert fts_query("…!!") is None
    assert len(texts_found(lib, ":")) == 1


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_searches_without_error(lib, text):
    lib.count_quotes(QuoteFilter(search=text))


def test_speaker_filter_takes_part_of_a_name(lib):
    def speakers(name):
        return {q["speaker"] for q in lib.quotes(QuoteFilter(speaker=name))}

    assert speakers("Number1") == {"Speaker Number1"}
    assert speakers("speaker number2") == {"Speaker Number2"}
    assert speakers("Speaker") == {f"Speaker Number{i}" for i in range(len(TEXTS))}
    assert speakers("Nobody") == set()


def test_whole_word_queries_take_a_prefix_only_when_starred():
    assert fts_query("deep regre", prefix_last=False) == '"deep" "regre"'
    assert fts_query("deep regre*", prefix_last=False) == '"deep" "regre"*'
    assert fts_query("deep regre") == '"deep" "regre"*'
    assert fts_query('"deep regret"*', prefix_last=False) == '"deep regret"'  # a phrase stays whole
    assert fts_query("*", prefix_last=False) is None


def test_a_whole_word_filter_needs_the_whole_word(lib):
    assert texts_found(lib, "regre")  # the window: a prefix while typing
    assert not lib.quote_ids(QuoteFilter(search="regre", whole_words=True))
    starred = lib.quote_ids(QuoteFilter(search="regre*", whole_words=True))
    assert starred == lib.quote_ids(QuoteFilter(search="regre"))
