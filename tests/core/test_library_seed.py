"""A new library is seeded once with the bundled article and its metadata."""

import json

from homsquotes.core.extraction import extract
from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.testing import integrity
from homsquotes.resources import SEED_META, SEED_TEXT, resource_path


def test_new_library_gets_the_seed_with_metadata(tmp_path):
    path = tmp_path / "lib.sqlite"
    seed_text = resource_path(SEED_TEXT).read_text(encoding="utf-8-sig")
    info = json.loads(resource_path(SEED_META).read_text(encoding="utf-8"))
    with Library.open(path) as lib:
        article_id = lib.ensure_seeded()
        assert article_id is not None
        meta = lib.article_meta(article_id)
        assert meta.title == info["title"] and meta.publisher == info["publisher"]
        assert meta.published == info["published"] == "2014-04-17"
        assert "inferred" in meta.published_note and meta.url is None
        expected = [q for q in extract(seed_text).quotes if q.kind == "direct"]
        assert lib.count_quotes(QuoteFilter(kind="direct")) == len(expected)
        assert lib.ensure_seeded() is None
    assert integrity(path) == "ok"


def test_seed_is_not_brought_back_after_reopening(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.ensure_seeded()
    with Library.open(path) as lib:
        assert lib.ensure_seeded() is None
        assert lib.count_articles() == 1


def test_library_with_articles_is_not_seeded(tmp_path):
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.import_text('"Hello there," she said.\n')
        assert lib.ensure_seeded() is None
        assert lib.count_articles() == 1
