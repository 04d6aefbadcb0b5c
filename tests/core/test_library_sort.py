"""quote_ids sorts and filters; quotes_by_ids keeps the order it is given."""

import pytest

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.queries import SORTS
from homsquotes.core.library.testing import integrity
from homsquotes.core.model import ExtractedArticle, Quote

ROWS = [  # (article title, speaker, affiliation, kind, confidence)
    ("Beta story", "Zed Young", "mayor", "direct", 0.9),
    ("Beta story", "Amy Adams", None, "term", 0.2),
    ("Alpha story", "Mia Moss", "Army", "direct", 0.5),
]


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    for title in ("Beta story", "Alpha story"):
        text, quotes = title + "\n\n", []
        for row_title, speaker, affiliation, kind, confidence in ROWS:
            if row_title != title:
                continue
            body = f'"Words of {speaker}"'
            quotes.append(
                Quote(
                    text=body,
                    start=len(text),
                    end=len(text) + len(body),
                    kind=kind,
                    speaker=speaker,
                    speaker_type="person",
                    affiliation=affiliation,
                    confidence=confidence,
                )
            )
            text += body + " they said.\n"
        library.import_text(text, extracted=ExtractedArticle(title=title, quotes=quotes))
    yield library
    assert library.integrity_check() == "ok"
    library.close()
    assert integrity(tmp_path / "lib.sqlite") == "ok"


def speakers_in(lib, ids):
    return [q["speaker"] for q in lib.quotes_by_ids(ids)]


def test_position_is_import_then_text_order(lib):
    assert speakers_in(lib, lib.quote_ids()) == ["Zed Young", "Amy Adams", "Mia Moss"]


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("speaker", ["Amy Adams", "Mia Moss", "Zed Young"]),
        (
            "affiliation",
            ["Amy Adams", "Mia Moss", "Zed Young"],
        ),  # NULL first, then case-insensitive
        ("text", ["Amy Adams", "Mia Moss", "Zed Young"]),
        ("kind", ["Zed Young", "Mia Moss", "Amy Adams"]),
        ("article", ["Mia Moss", "Zed Young", "Amy Adams"]),
        ("confidence", ["Amy Adams", "Mia Moss", "Zed Young"]),
    ],
)
def test_each_sort(lib, sort, expected):
    assert speakers_in(lib, lib.quote_ids(sort=sort)) == expected
    assert speakers_in(lib, lib.quote_ids(sort=sort, descending=True)) == expected[::-1]


def test_every_sort_returns_every_quote(lib):
    for sort in SORTS:
        assert sorted(lib.quote_ids(sort=sort)) == sorted(lib.quote_ids())


def test_status_and_updated_sorts_follow_edits(lib):
    first = lib.quote_ids()[0]
    lib.edit_quote(first, status="verified")
    assert lib.quote_ids(sort="status")[-1] == first
    assert lib.quote_ids(sort="updated")[-1] == first


def test_filters(lib):
    alpha = next(a["id"] for a in lib.articles() if a["title"] == "Alpha story")
    assert speakers_in(lib, lib.quote_ids(QuoteFilter(article_id=alpha))) == ["Mia Moss"]
    assert lib.count_quotes(QuoteFilter(kind="term")) == 1
    assert lib.count_quotes(QuoteFilter(kind="direct")) == 2
    assert speakers_in(lib, lib.quote_ids(QuoteFilter(speaker="amy adams"))) == ["Amy Adams"]
    assert lib.count_quotes(QuoteFilter(status="auto")) == 3


def test_quotes_by_ids_keeps_order_and_skips_missing(lib):
    ids = lib.quote_ids()
    assert [q["id"] for q in lib.quotes_by_ids([ids[2], 99999, ids[0]])] == [ids[2], ids[0]]


def test_quote_dict_has_the_documented_keys(lib):
    q = lib.quote(lib.quote_ids()[0])
    for key in (
        "id",
        "article_id",
        "article_title",
        "text",
        "kind",
        "speaker",
        "speaker_id",
        "speaker_type",
        "affiliation",
        "context",
        "cue",
        "mention",
        "setting",
        "start",
        "end",
        "prefix",
        "suffix",
        "status",
        "note",
        "tags",
        "confidence",
        "created_at",
        "updated_at",
    ):
        assert key in q


def test_articles_have_quote_counts(lib):
    counts = {a["title"]: a["quote_count"] for a in lib.articles()}
    assert counts == {"Beta story": 2, "Alpha story": 1}
