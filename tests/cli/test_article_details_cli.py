"""Article details from the command line: --accessed on import, short titles, name parts,
sentence case (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsquotes.cli import main


def run(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _article(db: Path, capsys: pytest.CaptureFixture[str], article_id: int) -> dict:
    code, out, _ = run(db, capsys, "articles", "--format", "json")
    assert code == 0
    return next(a for a in json.loads(out) if a["id"] == article_id)


def test_import_records_the_access_date_given(seeded_db: Path, capsys, tmp_path: Path) -> None:
    source = tmp_path / "floods.txt"
    source.write_text('Floods hit the north\n\n"We will rebuild," the mayor said.\n',
                      encoding="utf-8")
    code, _, err = run(seeded_db, capsys, "import", str(source), "--accessed", "2024-02-30")
    assert code == 1 and "--accessed" in err and len(err.splitlines()) == 1
    code, _, _ = run(seeded_db, capsys, "import", str(source), "--accessed", "2024-05-02",
                     "--url", "https://echo.example/floods")
    assert code == 0
    code, out, _ = run(seeded_db, capsys, "list", "--search", "rebuild", "--format", "jsonl")
    quote_id = json.loads(out.splitlines()[0])["id"]
    code, out, _ = run(seeded_db, capsys, "cite", str(quote_id), "--style", "harvard")
    assert "(Accessed: 2 May 2024)" in out


def test_edit_article_name_parts_short_title_and_sentence_case(seeded_db: Path, capsys) -> None:
    code, out, _ = run(seeded_db, capsys, "list", "--search", "deep regret", "--format", "jsonl")
    quote = json.loads(out.splitlines()[0])
    aid = str(quote["article_id"])
    assert run(seeded_db, capsys, "edit-article", aid, "--author", "Beethoven, Ludwig van",
               "--short-title", "Homs violence")[0] == 0
    code, out, _ = run(seeded_db, capsys, "cite", str(quote["id"]), "--style", "apa")
    assert "(Brahimi, as cited in Beethoven, 2014)" in out
    assert "Beethoven, L. van. (2014, April 17)." in out and " ." not in out
    code, out, _ = run(seeded_db, capsys, "cite", str(quote["id"]), "--style", "chicago")
    assert "Ludwig van Beethoven, “UN Calls" in out
    assert run(seeded_db, capsys, "edit-article", aid, "--title",
               "UN Calls For Fresh Talks In Homs")[0] == 0
    assert run(seeded_db, capsys, "edit-article", aid, "--sentence-case")[0] == 0
    assert _article(seeded_db, capsys, int(aid))["title"] == "UN calls for fresh talks in Homs"
    assert run(seeded_db, capsys, "undo")[0] == 0
    assert _article(seeded_db, capsys, int(aid))["title"] == "UN Calls For Fresh Talks In Homs"
