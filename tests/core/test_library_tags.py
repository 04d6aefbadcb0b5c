"""Listing tags: names in use with their quote counts, for the GUI's tag filter."""

import pytest

from homsquotes.core.library import Library, QuoteFilter

ARTICLE = (
    'Opening line.\n\n"We will rebuild the bridge," the minister said.\n\n'
    '"The city has waited long enough," the mayor said.\n'
)


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    result = library.import_text(ARTICLE)
    if library.count_quotes() < 2:  # the extractor's output is not this test's subject
        start = ARTICLE.index('"The city')
        library.add_quote(result.article_id, start, ARTICLE.index(",", start), speaker="Mayor")
    yield library
    library.close()


def test_tags_counts_quotes_per_tag_sorted_by_name_case_insensitively(lib):
    first, second = lib.quote_ids()[:2]
    lib.edit_quote(first, tags=["siege", "Aid"])
    lib.edit_quote(second, tags=["siege"])
    assert lib.tags() == [
        {"name": "Aid", "quote_count": 1},
        {"name": "siege", "quote_count": 2},
    ]
    for tag in lib.tags():
        assert lib.count_quotes(QuoteFilter(tag=tag["name"])) == tag["quote_count"]


def test_tags_omits_tags_no_quote_uses_any_more_and_follows_undo(lib):
    qid = lib.quote_ids()[0]
    assert lib.tags() == []
    lib.edit_quote(qid, tags=["draft"])
    lib.edit_quote(qid, tags=[])
    assert lib.tags() == []
    lib.undo()
    assert lib.tags() == [{"name": "draft", "quote_count": 1}]
