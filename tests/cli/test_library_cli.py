"""The library sub-commands, end to end through homsquotes.cli.main, on a temporary --db."""

import io
import json
import subprocess
import sys

import pytest

from homsquotes.cli import main
from homsquotes.core.extraction import extract
from homsquotes.core.library.testing import file_digest, integrity
from homsquotes.resources import SEED_TEXT, resource_path

SEED = resource_path(SEED_TEXT)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "lib.sqlite"
    yield path
    if path.exists():
        assert integrity(path) == "ok"


def run(db, capsys, *argv):
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(db, capsys, *argv):
    code, out, err = run(db, capsys, "list", "--format", "jsonl", *argv)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def seed_direct_quotes():
    return [q for q in extract(SEED.read_text(encoding="utf-8-sig")).quotes if q.kind == "direct"]


def test_acceptance_flow(db, capsys):
    code, out, _ = run(db, capsys, "import", str(SEED))
    assert code == 0 and "article 1" in out
    quotes = jsonl(db, capsys)
    assert [q["text"] for q in quotes] == [q.text for q in seed_direct_quotes()]
    for key in (
        "id",
        "article_id",
        "text",
        "kind",
        "speaker",
        "affiliation",
        "context",
        "cue",
        "start",
        "end",
        "status",
        "note",
        "tags",
    ):
        assert key in quotes[0]
    [regret] = [q for q in quotes if "deep regret" in q["text"]]
    code, out, _ = run(db, capsys, "edit", str(regret["id"]), "--speaker", "L. Brahimi (edited)")
    assert code == 0
    code, out, _ = run(db, capsys, "import", str(SEED))
    assert code == 0 and "nothing changed" in out
    again = jsonl(db, capsys)
    assert len(again) == len(quotes)
    found = jsonl(db, capsys, "--search", "deep regret")
    assert len(found) == 1 and found[0]["speaker"] == "L. Brahimi (edited)"
    assert found[0]["status"] == "edited"
    assert integrity(db) == "ok"
    import sqlite3

    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%USING FTS5%'"
    ).fetchone()[0]
    conn.close()
    before = file_digest(db)
    code, out, err = run(db, capsys, "edit", "999999", "--note", "x")
    assert code == 1 and err.strip() == "homsquotes: no quote with id 999999" and out == ""
    assert file_digest(db) == before


def test_list_kinds_and_formats(db, capsys):
    all_quotes = extract(SEED.read_text(encoding="utf-8-sig")).quotes
    assert len(jsonl(db, capsys, "--kind", "all")) == len(all_quotes)
    assert len(jsonl(db, capsys, "--kind", "term")) == sum(q.kind == "term" for q in all_quotes)
    code, out, _ = run(db, capsys, "list", "--format", "csv")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.startswith("id,")
    assert [r["text"] for r in rows] == [q.text for q in seed_direct_quotes()]
    code, out, _ = run(db, capsys, "list", "--format", "json")
    assert len(json.loads(out)) == len(seed_direct_quotes())
    code, out, _ = run(db, capsys, "list")
    assert out.splitlines()[0].split()[:3] == ["ID", "SPEAKER", "AFFILIATION"]


def test_show_edit_tags_undo_redo_history(db, capsys):
    qid = jsonl(db, capsys)[0]["id"]
    code, out, _ = run(
        db,
        capsys,
        "edit",
        str(qid),
        "--note",
        "on tape",
        "--tag",
        "un",
        "--tag",
        "envoy",
        "--status",
        "verified",
    )
    assert code == 0
    code, out, _ = run(db, capsys, "show", str(qid), "--format", "json")
    shown = json.loads(out)
    assert shown["note"] == "on tape" and shown["tags"] == ["envoy", "un"]
    assert shown["status"] == "verified"
    code, out, _ = run(db, capsys, "show", str(qid))
    assert "on tape" in out and "envoy, un" in out
    assert len(jsonl(db, capsys, "--tag", "un")) == 1
    code, out, _ = run(db, capsys, "edit", str(qid), "--untag", "un")
    assert jsonl(db, capsys, "--tag", "envoy")[0]["tags"] == ["envoy"]
    code, out, _ = run(db, capsys, "history", "--format", "json")
    assert [op["description"].split(":")[0] for op in json.loads(out)] == [f"edit quote {qid}"] * 2
    code, out, _ = run(db, capsys, "undo")
    assert out.startswith("undone: edit quote")
    code, out, _ = run(db, capsys, "undo")
    assert jsonl(db, capsys)[0]["note"] == ""
    code, out, _ = run(db, capsys, "undo")
    assert out.strip() == "nothing to undo"
    code, out, _ = run(db, capsys, "redo")
    assert out.startswith("redone:") and jsonl(db, capsys)[0]["note"] == "on tape"
    code, out, err = run(db, capsys, "edit", str(qid))
    assert code == 1 and "nothing to change" in err


def test_speakers_rename_merge(db, capsys):
    qids = [q["id"] for q in jsonl(db, capsys)[:2]]
    run(db, capsys, "edit", str(qids[0]), "--speaker", "Ana Lopez")
    run(db, capsys, "edit", str(qids[1]), "--speaker", "Tom Reed")
    code, out, _ = run(db, capsys, "rename-speaker", "Ana Lopez", "Ana María López")
    assert code == 0
    code, out, _ = run(db, capsys, "merge-speakers", "Ana María López", "Tom Reed")
    assert code == 0
    code, out, _ = run(db, capsys, "speakers", "--format", "json")
    [merged] = [s for s in json.loads(out) if s["name"] == "Ana María López"]
    assert merged["quote_count"] == 2 and {"Ana Lopez", "Tom Reed"} <= set(merged["aliases"])
    assert len(jsonl(db, capsys, "--speaker", "Tom Reed")) == 2
    code, out, err = run(db, capsys, "merge-speakers", "Ana María López", "Nobody")
    assert code == 1 and "no speaker" in err
    code, out, _ = run(db, capsys, "speakers")
    assert "QUOTE_COUNT" in out.splitlines()[0]


def test_import_metadata_flags_stdin_and_bad_files(db, capsys, tmp_path, monkeypatch):
    import io

    article = tmp_path / "a.txt"
    article.write_text('Head\n\n"We will win," she said.\n', encoding="utf-8")
    code, out, _ = run(
        db,
        capsys,
        "import",
        str(article),
        "--title",
        "Given",
        "--publisher",
        "Paper",
        "--author",
        "A. Writer",
        "--date",
        "2020-05-01",
        "--url",
        "https://ex.org/a",
    )
    assert code == 0
    from homsquotes.core.library import Library

    with Library.open(db) as lib:
        meta = lib.article_meta(max(a["id"] for a in lib.articles()))
    assert (meta.title, meta.publisher, meta.authors, meta.published, meta.url) == (
        "Given",
        "Paper",
        ["A. Writer"],
        "2020-05-01",
        "https://ex.org/a",
    )
    code, _, err = run(db, capsys, "import", str(article), "--date", "May 2020")
    assert code == 1 and "--date" in err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'"Piped in," he said.\n')))
    code, out, _ = run(db, capsys, "import", "-")
    assert code == 0 and "imported as article" in out
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02")
    code, out, err = run(db, capsys, "import", str(binary), str(tmp_path / "none.txt"))
    errors = [line for line in err.splitlines() if line.startswith("homsquotes:")]
    assert code == 1 and len(errors) == 2 and "binary" in errors[0] and "no such file" in errors[1]


def test_backup(db, capsys, tmp_path):
    dest = tmp_path / "copy.sqlite"
    code, out, _ = run(db, capsys, "backup", str(dest))
    assert code == 0 and integrity(dest) == "ok"
    code, _, err = run(db, capsys, "backup", str(dest))
    assert code == 1 and "already exists" in err


def test_bad_library_files_give_one_line_and_stay_unchanged(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    before = file_digest(bad)
    code, out, err = run(bad, capsys, "list")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not an SQLite" in err
    assert file_digest(bad) == before


def test_real_process_exit_code_and_no_traceback(db):
    proc = subprocess.run(
        [sys.executable, "-m", "homsquotes", "--db", str(db), "show", "424242"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == "homsquotes: no quote with id 424242"


def test_env_variable_names_the_library(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("HOMSQUOTES_DB", str(path))
    assert main(["list", "--format", "jsonl"]) == 0
    capsys.readouterr()
    assert path.exists() and integrity(path) == "ok"


def test_articles_and_edit_article(db, capsys):
    code, out, _ = run(db, capsys, "articles", "--format", "json")
    [article] = json.loads(out)
    assert article["quote_count"] == len(extract(SEED.read_text(encoding="utf-8-sig")).quotes)
    code, out, _ = run(
        db,
        capsys,
        "edit-article",
        str(article["id"]),
        "--url",
        "https://www.middleeasteye.net/x",
        "--author",
        "MEE staff",
    )
    assert code == 0
    code, out, _ = run(db, capsys, "articles", "--format", "json")
    [edited] = json.loads(out)
    assert edited["url"] == "https://www.middleeasteye.net/x" and edited["authors"] == ["MEE staff"]
    code, out, err = run(db, capsys, "edit-article", "999", "--title", "x")
    assert code == 1 and "no article with id 999" in err
    code, out, _ = run(db, capsys, "articles")
    assert out.splitlines()[0].split() == ["ID", "PUBLISHED", "PUBLISHER", "QUOTE_COUNT", "TITLE"]


def test_import_impossible_date_and_empty_folder_fail_loudly(db, capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Head\n\n"We will win," she said.\n', encoding="utf-8")
    code, out, err = run(db, capsys, "import", str(article), "--date", "2014-13-45")
    assert code == 1 and "--date" in err and len(err.splitlines()) == 1
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    code, out, err = run(db, capsys, "import", str(folder))
    assert code == 1 and "folder" in err and "imported" not in out
    code, out, err = run(db, capsys, "edit-article", "1", "--date", "2014-02-30")
    assert code == 1 and "2014-02-30" in err


@pytest.mark.parametrize(
    "argv",
    [["show", "abc"], ["edit", "abc", "--note", "x"], ["list", "--kind", "nope"], ["nosuch"]],
)
def test_command_line_mistakes_are_one_line_with_exit_2(db, capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "error:" in err and "--help" in err
    assert not db.exists()


HUGE = "99999999999999999999"  # beyond SQLite's 64-bit integers


@pytest.mark.parametrize(
    "argv",
    [
        ["edit", HUGE, "--note", "x"],
        ["list", "--article", HUGE],
        ["edit-article", HUGE, "--title", "x"],
        ["merge-speakers", HUGE, "1"],
        ["rename-speaker", HUGE, "X"],
        ["history", "--limit", HUGE],
        ["export", "--format", "csv", "--article", HUGE],
    ],
)
def test_ids_too_large_for_sqlite_are_one_line_errors(db, capsys, argv):
    run(db, capsys, "list")
    before = file_digest(db)
    code, out, err = run(db, capsys, *argv)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "too large" in err
    assert file_digest(db) == before


def test_list_with_an_article_id_that_does_not_exist_says_so(db, capsys):
    """As `export --article` does: an empty table would read as "this article has no quotes"."""
    code, out, err = run(db, capsys, "list", "--article", "999")
    assert code == 1 and out == "" and "no article with id 999" in err


def test_a_full_disk_on_stdout_is_one_line(db, capsys, monkeypatch):
    """`homsquotes list > /dev/full`: one line on stderr and exit 1, no traceback."""
    import errno

    class FullDisk(io.StringIO):
        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

    run(db, capsys, "list")
    monkeypatch.setattr(sys, "stdout", FullDisk())
    code = main(["--db", str(db), "list"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "No space left" in err


def test_import_a_file_whose_name_is_not_utf8(db, tmp_path):
    """The name is printed back to a UTF-8 terminal, which refuses Python's lone surrogates."""
    import os

    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(path, "wb") as fh:
        fh.write(b'Head\n\n"We will win," she said.\n')
    proc = subprocess.run(
        [sys.executable, "-m", "homsquotes", "--db", str(db), "import", os.fsdecode(path)],
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"},
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert b"imported as article" in proc.stdout and b"Traceback" not in proc.stderr
