"""Editing quotes: fields, status, tags, adding and deleting; each edit is one logged operation."""

import pytest

from homsquotes.core.errors import InputError, NotFoundError
from homsquotes.core.library import QuoteFilter

ARTICLE = (
    'Opening line.\n\n"We will rebuild the bridge," the minister said.\n\n'
    "The mayor replied that the city had waited long enough for a new bridge.\n"
)


@pytest.fixture
def lib(lib):
    """The shared empty library (tests/core/conftest.py) holding ARTICLE."""
    lib.import_text(ARTICLE)
    return lib


def first_id(lib):
    return lib.quote_ids()[0]


def test_edit_fields_marks_auto_quote_edited(lib):
    qid = first_id(lib)
    lib.edit_quote(
        qid,
        speaker="Ana Lopez",
        affiliation="transport minister",
        context="bridge plans",
        kind="term",
        note="check date",
    )
    q = lib.quote(qid)
    assert (q["speaker"], q["affiliation"], q["context"], q["kind"], q["note"], q["status"]) == (
        "Ana Lopez",
        "transport minister",
        "bridge plans",
        "term",
        "check date",
        "edited",
    )
    assert lib.history(1)[0]["description"].startswith(f"edit quote {qid}")


def test_explicit_status_wins_and_verified_is_kept(lib):
    qid = first_id(lib)
    lib.edit_quote(qid, status="verified")
    lib.edit_quote(qid, note="later note")
    assert lib.quote(qid)["status"] == "verified"


def test_tags_are_set_filtered_and_listed(lib):
    qid = first_id(lib)
    lib.edit_quote(qid, tags=["Transport", "promises", "transport"])
    assert lib.quote(qid)["tags"] == ["promises", "Transport"]
    assert lib.quote_ids(QuoteFilter(tag="transport")) == [qid]
    lib.edit_quote(qid, tags=[])
    assert lib.quote(qid)["tags"] == [] and lib.quote_ids(QuoteFilter(tag="transport")) == []


def test_clearing_the_speaker(lib):
    qid = first_id(lib)
    lib.edit_quote(qid, speaker="Ana Lopez")
    lib.edit_quote(qid, speaker="")
    assert lib.quote(qid)["speaker"] is None


def test_bad_values_are_input_errors_and_change_nothing(lib):
    qid = first_id(lib)
    before = lib.quote(qid)
    with pytest.raises(InputError):
        lib.edit_quote(qid, kind="paraphrase")
    with pytest.raises(InputError):
        lib.edit_quote(qid, status="great")
    with pytest.raises(NotFoundError):
        lib.edit_quote(qid + 1000, note="x")
    assert lib.quote(qid) == before
    assert lib.history() == []


def test_add_quote_from_a_selection_and_delete_it(lib):
    article_id = lib.articles()[0]["id"]
    start = ARTICLE.index("the city had waited")
    end = start + len("the city had waited long enough")
    qid = lib.add_quote(article_id, start, end, speaker="The mayor")
    q = lib.quote(qid)
    assert q["text"] == ARTICLE[start:end] and q["speaker"] == "The mayor"
    assert q["status"] == "edited" and q["prefix"] and q["suffix"]
    lib.delete_quote(qid)
    with pytest.raises(NotFoundError):
        lib.quote(qid)
    lib.undo()
    assert lib.quote(qid)["text"] == ARTICLE[start:end]


def test_add_quote_guesses_from_the_extractor_when_no_speaker_given(lib):
    article_id = lib.articles()[0]["id"]
    start = ARTICLE.index('"We will')
    end = ARTICLE.index('," the') + 2
    qid = lib.add_quote(article_id, start, end)
    assert lib.quote(qid)["text"] == ARTICLE[start:end]


def test_add_quote_rejects_offsets_outside_the_article(lib):
    with pytest.raises(InputError):
        lib.add_quote(lib.articles()[0]["id"], 10, len(ARTICLE) + 5)


def test_deleting_a_tagged_quote_and_undoing_restores_tags(lib):
    qid = first_id(lib)
    lib.edit_quote(qid, tags=["keep"])
    lib.delete_quote(qid)
    assert lib.quote_ids(QuoteFilter(tag="keep")) == []
    lib.undo()
    assert lib.quote(qid)["tags"] == ["keep"]


def test_failed_operation_rolls_back_everything(lib):
    qid = first_id(lib)
    speakers_before = lib.speakers(include_unused=True)
    with pytest.raises(RuntimeError), lib.transaction("doomed") as tx:
        lib._resolve_speaker(tx, "Brand New Person")
        lib.edit_quote(qid, note="inside")  # joins the outer transaction
        raise RuntimeError("boom")
    assert lib.quote(qid)["note"] == ""
    assert lib.speakers(include_unused=True) == speakers_before
    assert lib.history() == []
    lib.edit_quote(qid, speaker="Brand New Person")  # the cache did not keep the lost speaker
    assert lib.quote(qid)["speaker"] == "Brand New Person"


def test_edit_article_metadata_and_undo(lib):
    article_id = lib.articles()[0]["id"]
    lib.edit_article(
        article_id,
        url="https://example.org/a",
        published="2014-04-17",
        authors=["A. Writer", " "],
        publisher="Gazette",
    )
    meta = lib.article_meta(article_id)
    assert (meta.url, meta.published, meta.authors, meta.publisher) == (
        "https://example.org/a",
        "2014-04-17",
        ["A. Writer"],
        "Gazette",
    )
    with pytest.raises(InputError):
        lib.edit_article(article_id, published="17 April 2014")
    with pytest.raises(NotFoundError):
        lib.edit_article(article_id + 99, title="x")
    lib.undo()
    meta = lib.article_meta(article_id)
    assert meta.url is None and meta.authors == [] and meta.publisher is None


def test_delete_article_with_its_quotes_and_undo(lib):
    article_id = lib.articles()[0]["id"]
    ids = lib.quote_ids(QuoteFilter(article_id=article_id))
    lib.edit_quote(ids[0], tags=["kept"])
    before = lib.quotes_by_ids(ids)
    lib.delete_article(article_id)
    assert lib.articles() == [] and lib.count_quotes() == 0
    lib.undo()
    assert lib.quotes_by_ids(ids) == before
    assert lib.quote_ids(QuoteFilter(search="rebuild")) == [ids[0]]
    lib.redo()
    assert lib.count_quotes() == 0


@pytest.mark.parametrize("date", ["2014-13-01", "2014-02-30", "2014-00", "0000"])
def test_edit_article_rejects_dates_that_do_not_exist(lib, date):
    article_id = lib.articles()[0]["id"]
    before = lib.article_meta(article_id).published
    with pytest.raises(InputError):
        lib.edit_article(article_id, published=date)
    with pytest.raises(InputError):
        lib.edit_article(article_id, accessed=date)
    assert lib.article_meta(article_id).published == before
