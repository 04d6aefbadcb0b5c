"""`homsquotes provenance`: the seed plus three articles that reuse one of its quotes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from homsquotes.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "provenance"
REUSED = "It is a matter of deep regret"


@pytest.fixture(scope="module")
def carried_db(seeded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("prov") / "library.sqlite"
    db.write_bytes(seeded_db.read_bytes())
    for name, outlet, date in (
        ("wire-copy.txt", "Wire Agency", "2014-04-18"),
        ("changed-wording.txt", "Daily Rewrite", "2014-04-19"),
        ("other-speaker.txt", "Weekly Misquote", "2014-04-20"),
    ):
        status = main(
            ["--db", str(db), "import", str(FIXTURES / name), "--publisher", outlet, "--date", date]
        )
        assert status == 0
    return db


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _seed_quote_id(db: Path, capsys) -> int:
    quotes = json.loads(_run(capsys, "--db", str(db), "list", "--article", "1", "--format", "json"))
    return next(q["id"] for q in quotes if REUSED in q["text"])


def test_the_seed_is_the_first_appearance_and_both_differences_show(carried_db, capsys) -> None:
    seed_quote = _seed_quote_id(carried_db, capsys)
    group = json.loads(
        _run(capsys, "--db", str(carried_db), "provenance", str(seed_quote), "--format", "json")
    )
    assert group["first"]["outlet"] == "Middle East Eye"
    assert group["first"]["quote_id"] == seed_quote
    assert group["article_count"] == 4
    members = {m["outlet"]: m for m in group["members"]}
    changed = members["Daily Rewrite"]
    assert changed["relation"] == "variant"
    assert {"op": "replace", "first": "deep", "this": "great"} in changed["differences"]
    other = members["Weekly Misquote"]
    assert other["different_speaker"] and other["speaker"] != group["first"]["speaker"]
    assert not members["Wire Agency"]["different_speaker"]

    text = _run(capsys, "--db", str(carried_db), "provenance", str(seed_quote))
    assert text.startswith("First appearance: Middle East Eye, 2014-04-17")
    assert "[-deep-]{+great+}" in text
    assert f"DIFFERENT SPEAKER: {other['speaker']}" in text


def test_all_groups_as_csv(carried_db, capsys) -> None:
    out = _run(
        capsys,
        "--db",
        str(carried_db),
        "provenance",
        "--all",
        "--min-articles",
        "2",
        "--format",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["outlet"] for r in rows} == {
        "Middle East Eye",
        "Wire Agency",
        "Daily Rewrite",
        "Weekly Misquote",
    }
    assert {r["group_articles"] for r in rows} == {"4"}
    firsts = [r for r in rows if r["relation"] == "first"]
    assert [r["outlet"] for r in firsts] == ["Middle East Eye"]
    assert any("deep -> great" in r["differences"] for r in rows)


def test_a_quote_in_one_article_is_its_own_first_appearance(carried_db, capsys) -> None:
    quotes = json.loads(
        _run(capsys, "--db", str(carried_db), "list", "--search", "bombs", "--format", "json")
    )
    out = _run(capsys, "--db", str(carried_db), "provenance", str(quotes[0]["id"]))
    assert "Carried by 1 article(s)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["provenance"], "give either a QUOTE_ID or --all"),
        (["provenance", "999999"], "no quote with id 999999"),
        (["provenance", "--all", "--min-articles", "0"], "--min-articles must be 1 or more"),
    ],
)
def test_bad_input_is_one_line(carried_db, capsys, args, message) -> None:
    capsys.readouterr()
    assert main(["--db", str(carried_db), *args]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_all_as_csv_has_a_header_when_nothing_is_carried_twice(seeded_db, tmp_path, capsys):
    db = tmp_path / "copy.sqlite"
    db.write_bytes(seeded_db.read_bytes())
    out = _run(capsys, "--db", str(db), "provenance", "--all", "--format", "csv")
    assert out.splitlines() == [
        "group_id,group_articles,first_quote_id,quote_id,relation,published,outlet,article_id,"
        "article_title,speaker,different_speaker,differences,text"
    ]
