"""`homsquotes extract`: the jsonl contract, offsets into the file as read, and bad inputs."""

import json

import pytest

from homsquotes.cli import main
from homsquotes.resources import SEED_TEXT, resource_path

SEED = resource_path(SEED_TEXT)
QUOTE_KEYS = {
    "text",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_type",
    "speaker_mention",
    "cue",
    "affiliation",
    "context",
    "confidence",
}


def run(capsys, *argv):
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_gives_one_record_per_file_with_offsets_into_the_text(capsys, tmp_path):
    other = tmp_path / "bom.txt"
    # a BOM is dropped and CRLF kept: offsets index the text as decoded
    other.write_bytes("\ufeffIntro line\r\n\r\n“We will stay,” she said.\r\n".encode())
    code, out, err = run(capsys, "--format", "jsonl", str(SEED), str(other))
    assert code == 0 and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(SEED), str(other)]
    for record, path in zip(records, (SEED, other), strict=True):
        text = path.read_bytes().decode("utf-8-sig")  # newlines as they are, CRLF kept
        assert record["quotes"], path
        for q in record["quotes"]:
            assert set(q) >= QUOTE_KEYS
            assert text[q["start"] : q["end"]] == q["text"]
            for span in (q["speaker_mention"], q["cue"]):
                if span is not None:
                    assert text[span["start"] : span["end"]] == span["text"]
            assert 0.0 <= q["confidence"] <= 1.0
    seed = records[0]
    assert seed["title"].startswith("UN calls for fresh negotiations")
    assert sum(q["kind"] == "direct" for q in seed["quotes"]) == 9
    speakers = {q["speaker"] for q in seed["quotes"] if q["kind"] == "direct"}
    assert {
        "Lakhdar Brahimi",
        "Syrian state television",
        "Abu Fehmi",
        "Orwa Nyrabia",
        "Tariq al-Hussami",
    } <= speakers
    assert records[1]["quotes"][0]["speaker_mention"]["text"] == "she"


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p / "missing.txt",
        lambda p: p,  # a directory
        lambda p: (p / "empty.txt").write_text("") and None or p / "empty.txt",
        lambda p: (p / "bin.dat").write_bytes(b"\x00\x01\x02binary") and None or p / "bin.dat",
    ],
)
def test_unreadable_file_gives_one_line_and_the_others_still_run(capsys, tmp_path, make):
    bad = make(tmp_path)
    code, out, err = run(capsys, "--format", "jsonl", str(bad), str(SEED))
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in records] == [str(bad), str(SEED)]
    assert records[0]["quotes"] == [] and "error" in records[0]
    assert len(records[1]["quotes"]) == 10


def test_table_format_lists_speakers(capsys):
    code, out, _ = run(capsys, str(SEED))
    assert code == 0
    assert "Lakhdar Brahimi" in out and "Orwa Nyrabia" in out


def test_table_of_several_files_names_each_quote_source(capsys, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text('"We will build the bridge by May," the mayor said.\n', encoding="utf-8")
    code, out, _ = run(capsys, str(SEED), str(other))
    assert code == 0
    header, *rows = out.splitlines()
    assert header.startswith("SOURCE")
    assert any(row.startswith(str(other)[:20]) for row in rows)
