"""`export -o` and `backup` refuse SQLite databases and their -wal, -shm and -journal files
(issue 11, item 2): replacing the WAL of a database in use loses its committed changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from homsquotes.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database_in_use(tmp_path: Path):
    """Another program's SQLite database with committed changes still only in its WAL."""
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes(text)")
    conn.execute("INSERT INTO notes VALUES ('only in the WAL')")
    conn.commit()
    yield path
    conn.close()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_export_onto_a_companion_of_a_database_is_refused(
    seeded_db, database_in_use, capsys, suffix
) -> None:
    target = database_in_use.with_name(database_in_use.name + suffix)
    before = target.read_bytes() if target.exists() else None
    code, _, err = run(capsys, "--db", str(seeded_db), "export", "--format", "csv",
                       "-o", str(target))
    assert code == 1 and err.count("\n") == 1 and database_in_use.name in err
    assert (target.read_bytes() if target.exists() else None) == before
    reader = sqlite3.connect(database_in_use)
    assert reader.execute("SELECT text FROM notes").fetchall() == [("only in the WAL",)]
    reader.close()


def test_export_onto_the_librarys_own_wal_is_refused(seeded_db, capsys) -> None:
    code, _, err = run(capsys, "--db", str(seeded_db), "export", "--format", "json",
                       "-o", str(seeded_db) + "-wal")
    assert code == 1 and "write-ahead log" in err


def test_force_writes_over_a_database(seeded_db, database_in_use, capsys, tmp_path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    code, _, err = run(capsys, "--db", str(seeded_db), "export", "--format", "csv",
                       "-o", str(other))
    assert code == 1 and "SQLite database" in err
    code, _, err = run(capsys, "--db", str(seeded_db), "export", "--format", "csv",
                       "-o", str(other), "--force")
    assert code == 0, err
    assert other.read_text(encoding="utf-8").startswith("id,")


def test_backup_named_like_a_databases_wal_is_refused(seeded_db, database_in_use, capsys) -> None:
    target = database_in_use.with_name(database_in_use.name + "-journal")
    code, _, err = run(capsys, "--db", str(seeded_db), "backup", str(target))
    assert code == 1 and "rollback journal" in err
    assert not target.exists()
