"""Importing PDF, Word, OpenDocument, RTF, e-mail and database exports (issue 12).

Every fixture is written by tests/format_fixtures.py from made-up articles."""

from __future__ import annotations

import socket

import pytest
from format_fixtures import (
    BOILERPLATE_MARKERS,
    STORIES,
    STORY_PARAGRAPHS,
    STORY_TITLE,
    factiva_paragraphs,
    nexis_paragraphs,
    proquest_paragraphs,
    write_docx,
    write_lines_pdf,
    write_odt,
    write_pdf,
    write_rtf,
    write_scanned_pdf,
    write_text,
    write_two_column_pdf,
)

from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import PART_JOINER


def assert_quotes_anchored(lib, article_id: int) -> list[dict]:
    """Each quote's text is the stored article text at its offsets (part by part)."""
    text = lib.article(article_id)["text"]
    quotes = lib.quotes(QuoteFilter(article_id=article_id, kind="all"))
    for q in quotes:
        span = text[q["start"] : q["end"]]
        parts = q["text"].split(PART_JOINER)
        assert span.startswith(parts[0]) and span.endswith(parts[-1]), q
        position = 0
        for part in parts:
            position = span.index(part, position) + len(part)
    return quotes


def imported(lib, paths, **kwargs):
    results = lib.import_files([str(p) for p in paths], **kwargs)
    assert not [r.error for r in results if r.error]
    return results


def assert_is_the_three_stories(lib, results, vendor: str) -> None:
    assert len(results) == 3 and all(r.created for r in results)
    for story, result in zip(STORIES, results, strict=True):
        article = lib.article(result.article_id)
        assert article["title"] == story["headline"]
        assert article["publisher"] == story["publication"]
        assert article["published"] == story["date"][3]
        assert article["authors"] == [story["byline"][0]]
        assert article["database_id"].startswith(vendor + ":")
        for marker in BOILERPLATE_MARKERS:
            assert marker not in article["text"], marker
        for paragraph in story["body"]:
            assert paragraph in article["text"]
        quotes = assert_quotes_anchored(lib, result.article_id)
        assert quotes, story["headline"]


# --- database exports --------------------------------------------------------------------------


def test_nexis_docx_with_three_articles_imports_as_three_articles(lib, tmp_path):
    path = write_docx(tmp_path / "Files (3).DOCX", nexis_paragraphs())
    results = imported(lib, [path])
    assert_is_the_three_stories(lib, results, "nexis")


def test_reimporting_an_export_finds_every_article(lib, tmp_path):
    path = write_docx(tmp_path / "nexis.docx", nexis_paragraphs())
    first = imported(lib, [path])
    again = imported(lib, [path])
    assert [r.article_id for r in again] == [r.article_id for r in first]
    assert not any(r.created for r in again) and lib.count_articles() == 3


def test_the_same_database_article_with_other_text_is_a_new_version(lib, tmp_path):
    first = imported(lib, [write_text(tmp_path / "a.txt", factiva_paragraphs())])
    changed = [p.replace("for a decade", "for ten years") for p in factiva_paragraphs()]
    second = imported(lib, [write_text(tmp_path / "b.txt", changed)])
    new = lib.article(second[0].article_id)
    assert second[0].created and new["previous_id"] == first[0].article_id
    assert new["version"] == 2 and new["database_id"] == lib.article(first[0].article_id)[
        "database_id"
    ]


@pytest.mark.parametrize("kind", ["rtf", "txt", "pdf"])
def test_nexis_export_in_other_formats(lib, tmp_path, kind):
    writers = {
        "rtf": lambda p: write_rtf(p, nexis_paragraphs()),
        "txt": lambda p: write_text(p, nexis_paragraphs()),
        "pdf": lambda p: write_pdf(p, nexis_paragraphs(), header=None),
    }
    results = imported(lib, [writers[kind](tmp_path / f"nexis.{kind}")])
    assert_is_the_three_stories(lib, results, "nexis")


@pytest.mark.parametrize("kind", ["rtf", "txt", "html"])
def test_factiva_export(lib, tmp_path, kind):
    paragraphs = factiva_paragraphs()
    path = tmp_path / f"factiva.{kind}"
    if kind == "rtf":
        write_rtf(path, paragraphs)
    elif kind == "txt":
        write_text(path, paragraphs)
    else:
        from html import escape

        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        path.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    results = imported(lib, [path])
    assert_is_the_three_stories(lib, results, "factiva")
    assert lib.article(results[0].article_id)["database_id"] == (
        "factiva:EXGZT00020210603eh6300000"
    )


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_proquest_export(lib, tmp_path, kind):
    path = tmp_path / f"proquest.{kind}"
    if kind == "txt":
        write_text(path, proquest_paragraphs())
    else:
        write_pdf(path, [p for p in proquest_paragraphs() if p], header=None)
    results = imported(lib, [path])
    assert_is_the_three_stories(lib, results, "proquest")
    assert lib.article(results[2].article_id)["database_id"] == "proquest:2500000003"


def test_an_unrecognised_export_is_one_article_with_a_note(lib, tmp_path):
    paragraphs = ["Some notes I kept", *STORY_PARAGRAPHS, "End of Document"]
    [result] = imported(lib, [write_docx(tmp_path / "odd.docx", paragraphs)])
    assert result.created and "not recognised" in result.note
    assert "not recognised" in lib.article(result.article_id)["import_note"]


# --- single documents --------------------------------------------------------------------------


def test_a_two_page_pdf_article_imports_with_its_quotes(lib, tmp_path):
    path = write_pdf(tmp_path / "story.pdf", STORY_PARAGRAPHS * 3, title=STORY_TITLE)
    [result] = imported(lib, [path])
    text = lib.article(result.article_id)["text"]
    assert lib.article(result.article_id)["title"] == STORY_TITLE
    # Paragraphs come back whole: hard line breaks joined, nothing from the page furniture.
    assert text.split("\n\n") == [STORY_TITLE, *STORY_PARAGRAPHS * 3]
    assert "Local news" not in text
    quotes = assert_quotes_anchored(lib, result.article_id)
    speakers = {q["speaker"] for q in quotes}
    assert {"Margaret Ellison", "Tom Barraclough"} <= speakers


def test_a_two_column_pdf_keeps_the_reading_order(lib, tmp_path):
    path = write_two_column_pdf(tmp_path / "columns.pdf", STORY_PARAGRAPHS * 3)
    [result] = imported(lib, [path])
    assert lib.article(result.article_id)["text"] == "\n\n".join(STORY_PARAGRAPHS * 3)
    assert assert_quotes_anchored(lib, result.article_id)


def test_a_page_printed_from_a_browser_loses_its_print_header_and_footer(lib, tmp_path):
    url = "https://eastmouth.example/news/harbour-bridge"
    path = write_pdf(
        tmp_path / "printed.pdf", STORY_PARAGRAPHS * 3, page_numbers=False,
        header=f"03/06/2021, 10:15   {STORY_TITLE} | The Eastmouth Gazette", footer_url=url,
    )
    [result] = imported(lib, [path])
    article = lib.article(result.article_id)
    assert article["text"] == "\n\n".join(STORY_PARAGRAPHS * 3)
    assert article["url"] == url


def test_words_hyphenated_at_line_ends_are_joined(lib, tmp_path):
    lines = [
        "The council said on Tuesday that the new bridge would be designed by an inter-",
        "national team of engineers chosen in an open competition, and that the well-",
        "known architect Dame Ada Stone would chair the panel, which meets in spring.",
        None,
        "\u201cWe want the best,\u201d said the mayor, Priya Natarajan, on Tuesday.",
    ]
    [result] = imported(lib, [write_lines_pdf(tmp_path / "hyphens.pdf", lines)])
    assert lib.article(result.article_id)["text"].split("\n\n") == [
        "The council said on Tuesday that the new bridge would be designed by an international "
        "team of engineers chosen in an open competition, and that the well-known architect "
        "Dame Ada Stone would chair the panel, which meets in spring.",
        "\u201cWe want the best,\u201d said the mayor, Priya Natarajan, on Tuesday.",
    ]
    assert assert_quotes_anchored(lib, result.article_id)


def test_a_scanned_pdf_asks_for_ocr(lib, tmp_path):
    [result] = lib.import_files([str(write_scanned_pdf(tmp_path / "scan.pdf"))])
    assert result.error.endswith("this PDF has no text layer; run OCR first")
    assert lib.count_articles() == 0


def test_damaged_and_protected_files_give_one_line(lib, tmp_path):
    good_pdf = write_pdf(tmp_path / "good.pdf", STORY_PARAGRAPHS).read_bytes()
    good_docx = write_docx(tmp_path / "good.docx", STORY_PARAGRAPHS).read_bytes()
    (tmp_path / "cut.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (tmp_path / "cut.docx").write_bytes(good_docx[: len(good_docx) // 2])
    write_pdf(tmp_path / "locked.pdf", STORY_PARAGRAPHS, password="secret")
    (tmp_path / "renamed.txt").write_bytes(b"%PDF-1.7\n" + b"garbage " * 100)
    names = ["cut.pdf", "cut.docx", "locked.pdf", "renamed.txt"]
    results = lib.import_files([str(tmp_path / n) for n in names])
    errors = [r.error for r in results]
    assert all(e and "\n" not in e for e in errors), errors
    assert "not a readable PDF" in errors[0]
    assert "not a readable Word" in errors[1]
    assert "password-protected" in errors[2]
    assert "not a readable PDF" in errors[3]  # by its signature, whatever its name
    assert lib.count_articles() == 0


def test_docx_core_properties_are_metadata(lib, tmp_path):
    path = write_docx(
        tmp_path / "story.docx", STORY_PARAGRAPHS, heading="A heading", title=STORY_TITLE,
        author="Jane Whitfield",
    )
    [result] = imported(lib, [path])
    article = lib.article(result.article_id)
    assert article["title"] == STORY_TITLE and article["authors"] == ["Jane Whitfield"]
    assert article["published"] == "2021-06-03" and "created" in article["published_note"]
    assert article["text"] == "\n\n".join(["A heading", *STORY_PARAGRAPHS])
    assert assert_quotes_anchored(lib, result.article_id)


def test_odt_and_rtf_articles(lib, tmp_path):
    odt = write_odt(tmp_path / "story.odt", STORY_PARAGRAPHS, title=STORY_TITLE)
    rtf = write_rtf(tmp_path / "story.rtf", [STORY_TITLE, *STORY_PARAGRAPHS])
    results = imported(lib, [odt, rtf])
    for result in results:
        assert result.created and result.quotes_added
        assert "Margaret Ellison" in lib.article(result.article_id)["text"]
        assert assert_quotes_anchored(lib, result.article_id)
    assert lib.article(results[0].article_id)["title"] == STORY_TITLE


def test_eml_and_mhtml_read_the_html_part_and_fetch_nothing(lib, tmp_path, monkeypatch):
    from email.message import EmailMessage

    html = (
        "<html><head><link rel='stylesheet' href='https://example.com/s.css'>"
        "<script src='https://example.com/t.js'></script></head><body><article>"
        f"<h1>{STORY_TITLE}</h1><img src='https://example.com/pixel.gif'>"
        + "".join(f"<p>{p}</p>" for p in STORY_PARAGRAPHS)
        + "</article></body></html>"
    )
    message = EmailMessage()
    message["Subject"] = STORY_TITLE
    message["From"] = "The Eastmouth Gazette <news@example.com>"
    message["Date"] = "Thu, 03 Jun 2021 07:00:00 +0000"
    message.set_content("Plain version")
    message.add_alternative(html, subtype="html")
    (tmp_path / "newsletter.eml").write_bytes(bytes(message))
    archive = EmailMessage()
    archive["Subject"] = STORY_TITLE
    archive["Snapshot-Content-Location"] = "https://example.com/news/bridge"
    archive.set_content(html.replace("</article>", "<p>Updated at noon.</p></article>"),
                        subtype="html")
    (tmp_path / "page.mht").write_bytes(bytes(archive))

    def no_network(*args, **kwargs):
        raise AssertionError("an import tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    results = [lib.import_text(*_read(tmp_path / n)) for n in ("newsletter.eml", "page.mht")]
    eml, mht = (lib.article(r.article_id) for r in results)
    assert eml["title"] == STORY_TITLE and eml["publisher"] == "The Eastmouth Gazette"
    assert eml["published"] == "2021-06-03" and "Margaret Ellison" in eml["text"]
    assert mht["url"] == "https://example.com/news/bridge"
    assert "Plain version" not in eml["text"] and "example.com" not in eml["text"]
    for result in results:
        assert assert_quotes_anchored(lib, result.article_id)


def _read(path):
    from homsquotes.core.library.sources import read_source_articles

    [article] = read_source_articles(str(path))
    return article.text, article.meta


# --- encodings, languages, folders -------------------------------------------------------------


@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "utf-16-le", "utf-16-be"])
def test_legacy_encodings(lib, tmp_path, codec):
    text = "Caf\u00e9 owners were \u00e9tonn\u00e9s. " + " ".join(STORY_PARAGRAPHS[1:3])
    if codec == "latin-1":  # Latin-1 has no curly quotes
        text = text.translate(str.maketrans("\u201c\u201d\u2019", '""\''))
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(codec))
    [result] = imported(lib, [path])
    assert lib.article(result.article_id)["text"] == text
    assert result.quotes_added and assert_quotes_anchored(lib, result.article_id)


def test_a_french_article_is_imported_with_a_note_and_no_quotes(lib, tmp_path):
    french = (
        "Le conseil municipal a voté mardi la fermeture du vieux pont du port. « Nous ne "
        "pouvons pas continuer à réparer une structure construite pour les chevaux », a "
        "déclaré Margaret Ellison, responsable des transports. Les commerçants de la rive "
        "ouest sont moins convaincus et demandent une étude indépendante de la décision."
    )
    [result] = imported(lib, [write_docx(tmp_path / "fr.docx", [french])])
    article = lib.article(result.article_id)
    assert result.created and result.quotes_added == 0
    assert article["language"] == "fr" and "French" in article["import_note"]
    assert lib.quotes(QuoteFilter(article_id=result.article_id, kind="all")) == []


def test_folder_import_recurses_with_a_glob(lib, tmp_path):
    folder = tmp_path / "downloads"
    (folder / "nested").mkdir(parents=True)
    write_pdf(folder / "nested" / "story.PDF", STORY_PARAGRAPHS)
    write_docx(folder / "story.docx", STORY_PARAGRAPHS[:2])
    (folder / "notes.txt").write_text(STORY_PARAGRAPHS[3], encoding="utf-8")
    (folder / "~$story.docx").write_bytes(b"\x00" * 162)  # Word's lock file while it is open
    only_pdf = imported(lib, [folder], glob="*.pdf")
    assert [r.source.endswith("story.PDF") for r in only_pdf] == [True]
    everything = imported(lib, [folder])
    assert len(everything) == 3 and sum(r.created for r in everything) == 2


def test_a_zip_of_article_files_imports_like_a_folder(lib, tmp_path):
    import zipfile

    docx = write_docx(tmp_path / "one.docx", STORY_PARAGRAPHS).read_bytes()
    export = write_docx(tmp_path / "nexis.docx", nexis_paragraphs()).read_bytes()
    archive = tmp_path / "Files (4).ZIP"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Files/one.docx", docx)
        z.writestr("Files/nexis.DOCX", export)
        z.writestr("Files/readme.txt", "Downloaded from the library. " * 3)
        z.writestr("__MACOSX/Files/._one.docx", b"\x00\x05")
        z.writestr("Files/cut.pdf", b"%PDF-1.7 broken")
    results = lib.import_files([str(archive)])
    by_member = {r.source.split("!", 1)[1]: r for r in results if r.source}
    assert sorted(by_member) == ["Files/cut.pdf", "Files/nexis.DOCX", "Files/one.docx",
                                 "Files/readme.txt"]
    assert "not a readable PDF" in by_member["Files/cut.pdf"].error
    assert sum(r.created for r in results) == 5  # one, three from the export, the readme
    titles = {lib.article(r.article_id)["title"] for r in results if r.created}
    assert {s["headline"] for s in STORIES} <= titles
    only_docx = lib.import_files([str(archive)], glob="*.docx")
    assert len(only_docx) == 4 and not any(r.created for r in only_docx)


def test_rtf_on_stdin_is_read_as_rtf(lib, tmp_path, monkeypatch):
    import io
    import sys

    data = write_rtf(tmp_path / "story.rtf", STORY_PARAGRAPHS).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [result] = imported(lib, ["-"])
    assert lib.article(result.article_id)["text"] == "\n\n".join(STORY_PARAGRAPHS)
