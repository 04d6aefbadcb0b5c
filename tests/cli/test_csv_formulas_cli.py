"""CSV output neutralises spreadsheet formulas; --raw-csv keeps the exact text (issue 11, 10)."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from homsquotes.cli import main
from homsquotes.core.formatting import neutralise_formula

NOTE = "=HYPERLINK(\"http://evil.example\",\"click\")"
SPEAKER = "+Mallory"


@pytest.fixture
def planted(seeded_db, tmp_path):
    db = tmp_path / "library.sqlite"
    shutil.copyfile(seeded_db, db)
    assert main(["--db", str(db), "edit", "1", "--note", NOTE, "--speaker", SPEAKER]) == 0
    return db


def rows(capsys, *argv: str) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


@pytest.mark.parametrize("command", [["list", "--format", "csv"], ["export", "--format", "csv"]])
def test_formula_cells_start_with_an_apostrophe(planted, capsys, command) -> None:
    first = next(r for r in rows(capsys, "--db", str(planted), *command) if r["id"] == "1")
    assert first["note"] == "'" + NOTE and first["speaker"] == "'" + SPEAKER
    raw = next(r for r in rows(capsys, "--db", str(planted), *command, "--raw-csv")
               if r["id"] == "1")
    assert raw["note"] == NOTE


def test_speakers_csv_is_neutralised(planted, capsys) -> None:
    names = [r["name"] for r in rows(capsys, "--db", str(planted), "speakers", "--format", "csv")]
    assert "'" + SPEAKER in names and SPEAKER not in names


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(value) -> None:
    assert neutralise_formula(value) == "'" + value
    assert neutralise_formula(-1) == -1 and neutralise_formula("Homs") == "Homs"
