"""`homsquotes import` on documents, exports and folders: per-article lines, notes, a summary,
one line per failure."""

from __future__ import annotations

from format_fixtures import STORY_PARAGRAPHS, nexis_paragraphs, write_docx, write_scanned_pdf

from homsquotes.cli import main


def test_import_a_folder_prints_each_article_and_a_summary(tmp_path, capsys):
    folder = tmp_path / "downloads"
    folder.mkdir()
    write_docx(folder / "nexis.docx", nexis_paragraphs())
    write_scanned_pdf(folder / "scan.pdf")
    french = ("Le conseil municipal a voté mardi la fermeture du vieux pont du port, et les "
              "commerçants de la rive ouest demandent une étude indépendante de la décision "
              "avant que les travaux ne commencent au printemps prochain.")
    (folder / "fr.txt").write_text(french, encoding="utf-8")
    db = str(tmp_path / "lib.sqlite")
    code = main(["--db", db, "import", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1  # the scan failed
    assert out.count("imported as article") == 4
    assert "note: written in French" in out
    assert "scan.pdf: this PDF has no text layer; run OCR first" in err
    assert "imported 4, skipped 0 (already in the library), failed 1" in err
    assert "Traceback" not in err

    code = main(["--db", db, "import", str(folder), "--glob", "*.docx"])
    out, err = capsys.readouterr()
    assert code == 0 and out.count("already in the library") == 3
    assert "imported 0, skipped 3" in err


def test_a_damaged_docx_is_one_line(tmp_path, capsys):
    path = write_docx(tmp_path / "story.docx", STORY_PARAGRAPHS)
    path.write_bytes(path.read_bytes()[:500])
    code = main(["--db", str(tmp_path / "lib.sqlite"), "import", str(path)])
    _, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [
        f"homsquotes: {path}: not a readable Word or OpenDocument file (damaged)"
    ]


def test_extract_reads_a_pdf_and_splits_an_export(tmp_path, capsys):
    import json

    from format_fixtures import write_pdf

    pdf = write_pdf(tmp_path / "story.pdf", STORY_PARAGRAPHS)
    export = write_docx(tmp_path / "nexis.docx", nexis_paragraphs())
    assert main(["extract", str(pdf), str(export), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in records] == [
        str(pdf), f"{export}#1", f"{export}#2", f"{export}#3"
    ]
    assert "Margaret Ellison" in {q["speaker"] for q in records[0]["quotes"]}


def test_a_pdf_on_stdin_is_refused_in_one_line(tmp_path, capsys, monkeypatch):
    import io
    import sys

    from format_fixtures import write_pdf

    data = write_pdf(tmp_path / "story.pdf", STORY_PARAGRAPHS).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["extract", "-"]) == 1
    assert capsys.readouterr().err.strip() == (
        "homsquotes: stdin: a PDF, not a text file; import it from a file"
    )
