"""Interrupted quotations on the command line: the "parts" of extract and list records, the
CSV cell, `show`, and `edit --parts/--text/--split/--clear-review`, `list --review`."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from homsquotes.cli import main
from homsquotes.core.model import PART_JOINER

HOLT = '"We will get through this," Holt said, "but it will not be easy for anyone."\n'
PIECES = ['"We will get through this,"', '"but it will not be easy for anyone."']
V2_FIXTURE = Path(__file__).parents[1] / "fixtures" / "library-v2.sqlite"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def expected_parts():
    return [{"start": HOLT.index(p), "end": HOLT.index(p) + len(p), "text": p} for p in PIECES]


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "holt.txt"
    path.write_text(HOLT, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path, article, capsys):
    path = tmp_path / "lib.sqlite"
    run(capsys, "--db", str(path), "import", str(article))
    return path


def holt_quote(db, capsys):
    out = run(capsys, "--db", str(db), "list", "--search", "easy for anyone", "--format", "jsonl")
    [quote] = [json.loads(line) for line in out.splitlines()]
    return quote


def test_extract_records_and_csv_cell_carry_the_parts(capsys, article):
    [record] = [json.loads(line) for line in run(capsys, "extract", str(article),
                                                  "--format", "jsonl").splitlines()]
    [quote] = record["quotes"]
    assert quote["parts"] == expected_parts()
    assert quote["text"] == PART_JOINER.join(PIECES)
    [row] = csv.DictReader(io.StringIO(run(capsys, "extract", str(article), "--format", "csv")))
    assert json.loads(row["parts"]) == expected_parts()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_list_gives_parts_in_every_machine_format(db, capsys, fmt):
    out = run(capsys, "--db", str(db), "list", "--search", "easy for anyone", "--format", fmt)
    if fmt == "jsonl":
        [quote] = [json.loads(line) for line in out.splitlines()]
    elif fmt == "json":
        [quote] = json.loads(out)
    else:
        [quote] = list(csv.DictReader(io.StringIO(out)))
        quote["parts"] = json.loads(quote["parts"])
        quote["start"], quote["end"] = int(quote["start"]), int(quote["end"])
    assert quote["parts"] == expected_parts()
    assert (quote["start"], quote["end"]) == (expected_parts()[0]["start"],
                                               expected_parts()[-1]["end"])
    assert "Holt said" not in quote["text"]


def test_a_quote_in_one_piece_lists_one_part(db, capsys):
    out = run(capsys, "--db", str(db), "list", "--format", "jsonl")
    one_piece = [q for q in map(json.loads, out.splitlines()) if len(q["parts"]) == 1]
    assert one_piece  # the seed article's quotes
    for q in one_piece:
        assert q["parts"] == [{"start": q["start"], "end": q["end"], "text": q["text"]}]


def test_show_prints_each_part_with_its_offsets(db, capsys):
    quote = holt_quote(db, capsys)
    out = run(capsys, "--db", str(db), "show", str(quote["id"]))
    [line] = [line for line in out.splitlines() if line.strip().startswith("parts:")]
    for part in expected_parts():
        assert f"{part['start']}-{part['end']} {part['text']}" in line


def test_edit_parts_text_and_undo(db, capsys):
    quote = holt_quote(db, capsys)
    qid = str(quote["id"])
    first = expected_parts()[0]
    run(capsys, "--db", str(db), "edit", qid, "--parts", f"{first['start']}-{first['end']}")
    out = run(capsys, "--db", str(db), "show", qid, "--format", "json")
    assert json.loads(out)["parts"] == [first]
    run(capsys, "--db", str(db), "edit", qid, "--text", "We will get through this")
    assert json.loads(run(capsys, "--db", str(db), "show", qid, "--format", "json"))["text"] == (
        "We will get through this"
    )
    run(capsys, "--db", str(db), "undo")
    run(capsys, "--db", str(db), "undo")
    assert json.loads(run(capsys, "--db", str(db), "show", qid, "--format", "json"))["parts"] == (
        expected_parts()
    )


@pytest.mark.parametrize("value", ["0-27,", "a-b", "5", "27-0"])
def test_bad_parts_are_one_line_errors(db, capsys, value):
    quote = holt_quote(db, capsys)
    code = main(["--db", str(db), "edit", str(quote["id"]), "--parts", value])
    out, err = capsys.readouterr()
    assert code != 0 and err.startswith("homsquotes: ") and len(err.strip().splitlines()) == 1
    assert holt_quote(db, capsys)["parts"] == expected_parts()


def test_review_list_split_and_clear_after_an_upgrade(tmp_path, capsys):
    db = tmp_path / "old.sqlite"
    shutil.copy(V2_FIXTURE, db)
    out = run(capsys, "--db", str(db), "list", "--review", "--format", "jsonl")
    flagged = [json.loads(line) for line in out.splitlines()]
    assert sorted(q["speaker"] for q in flagged) == ["Amir Khan", "Mary Cole"]
    khan, cole = sorted(flagged, key=lambda q: q["speaker"])
    run(capsys, "--db", str(db), "edit", str(khan["id"]), "--split")
    split = json.loads(run(capsys, "--db", str(db), "show", str(khan["id"]), "--format", "json"))
    assert len(split["parts"]) == 2 and "said Amir Khan" not in split["text"]
    run(capsys, "--db", str(db), "edit", str(cole["id"]), "--clear-review")
    kept = json.loads(run(capsys, "--db", str(db), "show", str(cole["id"]), "--format", "json"))
    assert kept["text"] == cole["text"] and kept["status"] == "verified"
    assert run(capsys, "--db", str(db), "list", "--review", "--format", "jsonl") == ""
    out = run(capsys, "--db", str(db), "list", "--search", "Help came late", "--format", "jsonl")
    one_piece = json.loads(out)["id"]
    code = main(["--db", str(db), "edit", str(one_piece), "--split"])
    assert code != 0 and "not made of several" in capsys.readouterr().err
