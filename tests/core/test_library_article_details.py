"""The article details the library keeps for citations: name parts, short title, access date."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from homsquotes.core.errors import InputError
from homsquotes.core.library import SCHEMA_VERSION, Library
from homsquotes.core.library.sources import read_source
from homsquotes.core.model import ArticleMeta, ExtractedArticle

NO_QUOTES = ExtractedArticle(title=None)


def _import(lib: Library, meta: ArticleMeta, text: str = "Some article text.") -> int:
    article_id = lib.import_text(text, meta, None, NO_QUOTES).article_id
    assert article_id is not None
    return article_id


def test_authors_are_parsed_once_into_name_parts(lib: Library) -> None:
    aid = _import(lib, ArticleMeta(title="T", authors=["Ursula von der Leyen", "Reuters"]))
    meta = lib.article_meta(aid)
    assert meta.authors == ["Ursula von der Leyen", "Reuters"]
    assert meta.author_names == [
        {"given": "Ursula", "non-dropping-particle": "von der", "family": "Leyen"},
        {"literal": "Reuters"}]


def test_name_parts_are_editable_and_undoable(lib: Library) -> None:
    aid = _import(lib, ArticleMeta(title="T", authors=["Ludwig van Beethoven"]))
    parts = [{"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"}]
    lib.edit_article(aid, author_names=parts)
    meta = lib.article_meta(aid)
    assert meta.author_names == parts and meta.authors == ["Ludwig van Beethoven"]
    lib.edit_article(aid, authors=["García Márquez, Gabriel"])
    assert lib.article_meta(aid).author_names == [{"given": "Gabriel", "family": "García Márquez"}]
    lib.undo()
    assert lib.article_meta(aid).author_names == parts
    lib.undo()
    assert lib.article_meta(aid).author_names[0]["non-dropping-particle"] == "van"


def test_short_title_and_language_are_editable(lib: Library) -> None:
    aid = _import(lib, ArticleMeta(title="A very long title about floods in the north"))
    assert lib.article_meta(aid).short_title is None
    lib.edit_article(aid, short_title="Floods", language="fr")
    meta = lib.article_meta(aid)
    assert (meta.short_title, meta.language) == ("Floods", "fr")


def test_an_article_with_a_url_is_accessed_on_import(lib: Library) -> None:
    with_url = _import(lib, ArticleMeta(title="T", url="https://x.example/a"), "one")
    without = _import(lib, ArticleMeta(title="T"), "two")
    given = _import(lib, ArticleMeta(title="T", url="https://x.example/b",
                                     accessed="2024-05-02"), "three")
    today = datetime.date.today().isoformat()
    assert lib.article_meta(with_url).accessed == today
    assert lib.article_meta(without).accessed is None
    assert lib.article_meta(given).accessed == "2024-05-02"
    with pytest.raises(InputError):
        lib.edit_article(given, accessed="2024-02-30")
    lib.edit_article(given, accessed="2024-06-01")
    assert lib.article_meta(given).accessed == "2024-06-01"


def test_front_matter_gives_the_access_date_and_short_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Floods: what next\nshort_title: Floods\naccessed: 2024-05-02\n"
                    "url: https://x.example/a\n---\nText.\n", encoding="utf-8")
    _text, meta = read_source(path)
    assert (meta.accessed, meta.short_title) == ("2024-05-02", "Floods")


def test_an_html_page_is_accessed_on_the_day_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    body = "<p>" + "The council met on Monday and talked about the floods. " * 8 + "</p>"
    path.write_text(f"<html><head><title>Floods</title></head><body><article>{body}"
                    "</article></body></html>", encoding="utf-8")
    _text, meta = read_source(path)
    assert meta.accessed == datetime.date.today().isoformat()


def test_an_older_library_gets_name_parts_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        aid = _import(lib, ArticleMeta(title="T", authors=["Charles de Gaulle"],
                                       url="https://x.example/a"))
        offline = _import(lib, ArticleMeta(title="T"), "printed")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET author_names = NULL, accessed = NULL, "
                 "imported_at = '2023-03-04T10:00:00+00:00'")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        assert lib.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        stored = lib.db.execute("SELECT author_names FROM articles WHERE id = ?", [aid])
        assert "Gaulle" in stored.fetchone()[0]
        assert lib.article_meta(aid).author_names == [
            {"given": "Charles", "non-dropping-particle": "de", "family": "Gaulle"}]
        assert lib.article_meta(aid).accessed == "2023-03-04"  # read online when imported
        assert lib.article_meta(offline).accessed is None
    assert list(tmp_path.glob("old.sqlite.v2-*.bak"))
