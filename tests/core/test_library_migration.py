"""Migrating a version-1 library (tests/fixtures/library-v1.sqlite) to the current schema."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from homsquotes.core.library import SCHEMA_VERSION, Library, QuoteFilter
from homsquotes.core.library.testing import integrity

FIXTURE = Path(__file__).parent.parent / "fixtures" / "library-v1.sqlite"


@pytest.fixture
def v1_copy(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def test_fixture_is_version_1():
    import sqlite3

    conn = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def _dump(path):
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump()), conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_migration_keeps_data_adds_schema_and_backs_up(v1_copy):
    original = _dump(v1_copy)
    with Library.open(v1_copy) as lib:
        assert lib.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        quotes = lib.quotes(QuoteFilter())
        assert [q["speaker"] for q in quotes] == ["Ana Lopez", "Tom Reed"]
        assert quotes[0]["status"] == "verified" and quotes[0]["note"] == "checked on tape"
        text = lib.article(1)["text"]
        for q in quotes:
            assert text[q["start"] : q["end"]] == q["text"]
            assert text[: q["start"]].endswith(q["prefix"]) and q["suffix"]
        assert lib.quote_ids(QuoteFilter(search="deep regret")) == [quotes[0]["id"]]
        assert lib.quote_ids(QuoteFilter(speaker="tom reed")) == [quotes[1]["id"]]
        lib.edit_quote(quotes[1]["id"], tags=["migrated"])
        lib.undo()
        assert lib.integrity_check() == "ok"
    backups = list(v1_copy.parent.glob("old.sqlite.v1-*.bak"))
    # The backup goes through SQLite's online backup, so it holds the same data, not the same bytes.
    assert len(backups) == 1 and _dump(backups[0]) == original
    assert integrity(v1_copy) == "ok"


def test_migrated_library_is_not_seeded_and_not_migrated_twice(v1_copy):
    with Library.open(v1_copy) as lib:
        assert lib.ensure_seeded() is None
        assert lib.count_articles() == 1
    with Library.open(v1_copy):
        pass
    assert len(list(v1_copy.parent.glob("*.bak"))) == 1
