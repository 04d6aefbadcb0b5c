"""`homsquotes sources` and `homsquotes source` on the seed library."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from homsquotes.cli import main

# The seed article's sources, labelled by hand from what the article says of each.
SEED_CATEGORIES = {
    "Lakhdar Brahimi": "Government or official",  # UN-Arab League Envoy
    "Syrian state television": "Media",
    "Abu Fehmi": "NGO, activist or advocacy",  # a trapped activist
    "Orwa Nyrabia": "NGO, activist or advocacy",  # Syrian opposition activist
    "Tariq al-Hussami": "Citizen or eyewitness",  # a former Homs resident
    # the leaked document speaks for its owners, the rebel fighters' negotiators
    "the rebel’s negotiating team": "Police, military or security",
}


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_sources_by_category_gives_the_right_counts(seeded_db: Path, capsys) -> None:
    quotes = json.loads(_run(capsys, "--db", str(seeded_db), "list", "--format", "json"))
    expected: Counter[str] = Counter()
    for quote in quotes:
        speaker = quote["speaker"] or ""
        expected[SEED_CATEGORIES[speaker]] += 1
    out = _run(capsys, "--db", str(seeded_db), "sources", "--by", "category", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["category"]: int(r["quotes"]) for r in rows} == dict(expected)
    assert sum(float(r["share_words"]) for r in rows) == pytest.approx(1.0, abs=0.001)


def test_sources_by_speaker_table_and_json(seeded_db: Path, capsys) -> None:
    table = _run(capsys, "--db", str(seeded_db), "sources", "--by", "speaker", "--top", "2")
    assert table.splitlines()[0].split()[:3] == ["CATEGORY", "GENDER", "QUOTES"]
    assert len(table.splitlines()) == 3
    rows = json.loads(
        _run(capsys, "--db", str(seeded_db), "sources", "--by", "speaker", "--format", "json")
    )
    brahimi = next(r for r in rows if r["speaker"] == "Lakhdar Brahimi")
    assert brahimi["gender"] == "male"  # "he added": the article's own word
    assert brahimi["quotes"] == 2


def test_source_shows_evidence_and_sets_by_hand(seeded_db: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "copy.sqlite"
    db.write_bytes(seeded_db.read_bytes())
    out = _run(capsys, "--db", str(db), "source", "Lakhdar Brahimi")
    assert "referred gender: male (by evidence)" in out
    assert "pronoun 'he'" in out
    out = _run(capsys, "--db", str(db), "source", "Orwa Nyrabia", "--category", "media")
    assert "category: Media (by user)" in out
    assert "Media" in _run(capsys, "--db", str(db), "sources", "--by", "category")
    _run(capsys, "--db", str(db), "undo")
    assert "by rule" in _run(capsys, "--db", str(db), "source", "Orwa Nyrabia")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sources", "--article", "999"], "no article with id 999"),
        (["sources", "--top", "0"], "--top must be 1 or more"),
        (["source", "Nobody Atall"], "no speaker called"),
        (["source", "Orwa Nyrabia", "--gender", "robot"], "unknown gender"),
    ],
)
def test_bad_input_is_one_line(seeded_db: Path, tmp_path: Path, capsys, args, message) -> None:
    db = tmp_path / "copy.sqlite"
    db.write_bytes(seeded_db.read_bytes())
    capsys.readouterr()
    assert main(["--db", str(db), *args]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
