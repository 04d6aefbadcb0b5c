"""Importing articles: counts from the extractor, re-import, new versions, files, HTML, progress."""

from pathlib import Path

import pytest

from homsquotes.core.errors import InputError
from homsquotes.core.extraction import extract
from homsquotes.core.library import QuoteFilter
from homsquotes.core.library.sources import merge_meta, read_source
from homsquotes.core.model import ArticleMeta

ARTICLE = (
    "Bridge to reopen\n\n"
    '"We will rebuild the bridge within a year," the transport minister, Ana Lopez, '
    "said on Monday.\n\n"
    "“It is a promise we have heard before,” said Tom Reed, a local shopkeeper.\n\n"
    'Officials called the plan "ambitious but possible."\n'
)


def test_import_stores_what_the_extractor_finds(lib):
    expected = extract(ARTICLE).quotes
    result = lib.import_text(ARTICLE, ArticleMeta(title="Bridge", publisher="Gazette"))
    assert result.created and result.quotes_added == len(expected)
    stored = lib.quotes(QuoteFilter(article_id=result.article_id))
    assert [(q["start"], q["end"], q["text"]) for q in stored] == [
        (q.start, q.end, q.text) for q in expected
    ]
    for q in stored:
        assert ARTICLE[q["start"] : q["end"]] == q["text"]
        assert ARTICLE[: q["start"]].endswith(q["prefix"]) and ARTICLE[q["end"] :].startswith(
            q["suffix"]
        )
        assert q["status"] == "auto"
    article = lib.article(result.article_id)
    assert article["text"] == ARTICLE and article["publisher"] == "Gazette"


def test_reimport_adds_nothing_and_keeps_edits(lib):
    first = lib.import_text(ARTICLE, ArticleMeta(title="Bridge"))
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, speaker="Ana Lopez", status="verified")
    count = lib.count_quotes()
    again = lib.import_text(ARTICLE, ArticleMeta(title="Different title"))
    assert not again.created and again.quotes_added == 0 and again.article_id == first.article_id
    assert lib.count_quotes() == count
    assert lib.quote(quote_id)["speaker"] == "Ana Lopez"
    assert lib.quote(quote_id)["status"] == "verified"
    assert lib.article(first.article_id)["title"] == "Bridge"


def test_changed_text_from_same_url_is_a_new_version_carrying_edits(lib):
    url = "https://example.org/bridge"
    first = lib.import_text(ARTICLE, ArticleMeta(title="Bridge", url=url))
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, note="checked against audio", tags=["transport"])
    changed = ARTICLE.replace("Bridge to reopen", "Bridge to reopen next year")
    second = lib.import_text(changed, ArticleMeta(title="Bridge", url=url))
    assert second.created and second.article_id != first.article_id
    new_article = lib.article(second.article_id)
    assert new_article["version"] == 2 and new_article["previous_id"] == first.article_id
    carried = [q for q in lib.quotes(QuoteFilter(article_id=second.article_id)) if q["note"]]
    assert len(carried) == 1
    assert carried[0]["note"] == "checked against audio" and carried[0]["tags"] == ["transport"]
    assert changed[carried[0]["start"] : carried[0]["end"]] == lib.quote(quote_id)["text"]


def test_import_files_txt_md_html_and_errors(lib, tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    md = tmp_path / "b.md"
    md.write_text(
        "# Markdown story\n\n" + ARTICLE.replace("Bridge to reopen", "**Another** story"),
        encoding="utf-8",
    )
    html = tmp_path / "c.html"
    html.write_text(
        "<html><head><title>HTML story</title><meta name='author' content='Jane Doe'>"
        "<meta property='og:site_name' content='The Paper'></head>"
        "<body><article><h1>HTML story</h1>"
        "<p>“We will win this,” said the mayor, John Smith, on Tuesday at a long "
        "press conference.</p>"
        "<p>A second paragraph with enough words in it to count as the main text of the page.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    seen = []
    results = lib.import_files(
        [txt, md, html, empty, tmp_path / "missing.txt"],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [bool(r.error) for r in results] == [False, False, False, True, True]
    assert "empty" in results[3].error and "no such file" in results[4].error
    assert seen[-1] == (5, 5) and all(t == 5 for _, t in seen)
    titles = {a["title"] for a in lib.articles()}
    assert {"Markdown story", "HTML story"} <= titles
    html_article = lib.article(results[2].article_id)
    assert html_article["publisher"] == "The Paper" and html_article["authors"] == ["Jane Doe"]
    assert "**" not in lib.article(results[1].article_id)["text"]


def test_overrides_win_over_file_metadata(lib, tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    overrides = ArticleMeta(
        title="Given title",
        publisher="Given",
        authors=["A. Writer"],
        published="2020-05-01",
        url="https://example.org/x",
    )
    [result] = lib.import_files([txt], overrides)
    meta = lib.article_meta(result.article_id)
    assert (meta.title, meta.publisher, meta.authors, meta.published, meta.url) == (
        "Given title",
        "Given",
        ["A. Writer"],
        "2020-05-01",
        "https://example.org/x",
    )


def test_merge_meta_keeps_unset_fields():
    base = ArticleMeta(title="T", publisher="P")
    assert merge_meta(base, ArticleMeta(url="u")) == ArticleMeta(title="T", publisher="P", url="u")


def test_cancel_stops_between_articles(lib, tmp_path):
    paths = []
    for i in range(3):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"Story {i}\n\n" + ARTICLE, encoding="utf-8")
        paths.append(p)
    results = lib.import_files(paths, cancel=lambda: lib.count_articles() >= 1)
    assert lib.count_articles() == 1 and len(results) == 1


def test_many_files_import_in_parallel_in_order(lib, tmp_path, monkeypatch):
    import homsquotes.core.library.importing as importing

    monkeypatch.setattr(importing, "PARALLEL_MIN_ARTICLES", 2)
    paths = []
    for i in range(5):
        p = tmp_path / f"{i}.txt"
        p.write_text(
            f"Story number {i}\n\n" + ARTICLE + f'\n"Extra quote {i}," he said.\n', encoding="utf-8"
        )
        paths.append(p)
    results = lib.import_files(paths)
    assert [r.source for r in results] == [str(p) for p in paths]
    for p, r in zip(paths, results, strict=True):
        assert r.quotes_added == len(extract(p.read_text(encoding="utf-8")).quotes)
        assert lib.article(r.article_id)["text"] == p.read_text(encoding="utf-8")


def test_read_source_detects_html_on_stdin(monkeypatch):
    import io
    import sys

    html = (
        "<!DOCTYPE html><html><head><title>Piped</title></head><body><article>"
        "<p>“Piped quote here,” said someone important at the event yesterday evening.</p>"
        "<p>More text in a second paragraph so that extraction keeps the article body.</p>"
        "</article></body></html>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html.encode())))
    text, meta = read_source("-")
    assert "Piped quote here" in text and "<p>" not in text
    assert meta.title == "Piped"


def test_a_folder_imports_the_article_files_in_it(lib, tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("One\n\n" + ARTICLE, encoding="utf-8")
    (folder / "sub" / "two.md").write_text("# Two\n\n" + ARTICLE, encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    results = lib.import_files([folder])
    assert [Path(r.source).name for r in results] == ["one.txt", "two.md"]
    assert all(r.created for r in results)


def test_import_rejects_an_override_date_that_does_not_exist(lib, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputError, match="2014-13-45"):
        lib.import_files([article], ArticleMeta(published="2014-13-45"))
    assert lib.articles() == []


def test_a_folder_without_article_files_is_an_error_not_silence(lib, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xlsx").write_bytes(b"PK\x03\x04")
    [result] = lib.import_files([empty])
    assert result.error and "folder" in result.error and result.article_id is None


def test_a_file_name_that_is_not_utf8_imports(lib, tmp_path):
    """Linux file names are bytes; one from an old Latin-1 archive must not crash the import."""
    import os

    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as fh:
        fh.write(ARTICLE.encode())
    [result] = lib.import_files([os.fsdecode(path)])
    assert result.error is None and result.created
    stored = lib.article(result.article_id)["source_file"]
    assert stored.endswith("caf\ufffd.txt")
    stored.encode("utf-8")  # storable and printable


def test_markdown_front_matter_is_metadata_not_text(tmp_path):
    """Notes apps and Zotero exports start Markdown with YAML front matter."""
    path = tmp_path / "note.md"
    path.write_text(
        '---\ntitle: "Budget vote fails"\nauthor:\n  - Jane Roe\n  - "Omar Said"\n'
        "date: 2024-03-02\nsource: https://example.org/vote\npublisher: The Daily\n---\n\n"
        '# Budget vote fails\n\n"We lost," said Mayor Ann Lee.\n',
        encoding="utf-8",
    )
    text, meta = read_source(path)
    assert text.lstrip().startswith("Budget vote fails") and "---" not in text
    assert (meta.title, meta.authors, meta.published, meta.url, meta.publisher) == (
        "Budget vote fails", ["Jane Roe", "Omar Said"], "2024-03-02",
        "https://example.org/vote", "The Daily",
    )
    assert [q.text for q in extract(text).quotes] == ['"We lost,"']


def test_markdown_without_front_matter_keeps_a_leading_rule(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\n\n# Title\n\nBody.\n", encoding="utf-8")
    text, meta = read_source(path)
    assert meta.title == "Title" and "Body." in text
