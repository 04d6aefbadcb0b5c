"""Migrating a version-6 library to version 7: quotes_fts gets an FTS5 prefix index, rebuilt
from the quotes in one transaction, with every search answering as before."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from homsquotes.core.library import SCHEMA_VERSION, Library, QuoteFilter
from homsquotes.core.library.schema import FTS_PREFIXES, fts_prefix_option
from homsquotes.core.library.search import fts_query
from homsquotes.core.library.testing import V6_QUOTES_FTS, as_schema_6, integrity
from homsquotes.core.model import ArticleMeta

ARTICLES = (
    '"The ministry will not mislead anyone," the minister said on Monday. "Mining towns '
    'need millions, not promises," said Ana Lopez, a miner from the north.',
    '"We mind the gap between the mines and the markets," the governor said. "Ministers '
    'come and go; the mountains stay," said Tom Reed.',
    '"Government is slow but it moves," said Mira Holt. "Mixed messages help nobody," '
    "the mayor said.",
)
# Prefixes of every indexed length, and shorter and longer ones, with words and phrases.
SEARCHES = ("m*", "mi*", "min*", "mini*", "minis*", "mo*", "gov*", "go*", "ministry",
            "mines", '"the mines"', "mi* mo*", "needs", "tape*", "zz*")


def _make_version_6(path: Path) -> None:
    """A library with quotes and the user's edits, its full-text index as version 6 had it."""
    with Library.open(path) as lib:
        for n, text in enumerate(ARTICLES):
            lib.import_text(text, ArticleMeta(title=f"Article {n}"))
        first, second = lib.quote_ids()[:2]
        lib.edit_quote(first, note="checked on tape, minute 12", tags=["mining"])
        lib.edit_quote(second, status="verified", affiliation="Ministry of Mines")
    as_schema_6(path)


@pytest.fixture
def v6_library(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    _make_version_6(path)
    return path


def _fts_sql(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]


def _raw_answers(path: Path) -> dict[str, tuple[list[int], list[int]]]:
    """Each search's matching rowids, in rowid order and in bm25 order, read with SQLite alone."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        answers = {}
        for search in SEARCHES:
            match = fts_query(search, prefix_last=False)
            by_rowid = [r[0] for r in conn.execute(
                "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid", [match])]
            by_rank = [r[0] for r in conn.execute(
                "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
                "ORDER BY bm25(quotes_fts, 4.0, 1.0, 1.0, 2.0), rowid", [match])]
            answers[search] = (by_rowid, by_rank)
        return answers
    finally:
        conn.close()


def _users_data(path: Path) -> list[str]:
    """Every statement of the file's dump except the full-text index's own tables."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "_fts" not in line]
    finally:
        conn.close()


def test_a_new_library_has_the_prefix_index(tmp_path: Path) -> None:
    with Library.open(tmp_path / "new.sqlite") as lib:
        assert fts_prefix_option(_fts_sql(lib.db.conn)) == FTS_PREFIXES["quotes"]
        lib.import_text(ARTICLES[0], ArticleMeta(title="New"))
        assert lib.quote_ids(QuoteFilter(search="mi*", whole_words=True))


def test_the_version_6_library_has_no_prefix_index(v6_library: Path) -> None:
    conn = sqlite3.connect(v6_library)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert fts_prefix_option(_fts_sql(conn)) is None
    finally:
        conn.close()


def test_opening_migrates_to_a_prefix_index_with_the_same_answers(v6_library: Path) -> None:
    before = _raw_answers(v6_library)
    assert before["mi*"][0] and before["min*"][0] != before["mi*"][0]  # the searches discriminate
    data_before = _users_data(v6_library)
    with Library.open(v6_library) as lib:
        conn = lib.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 7
        assert fts_prefix_option(_fts_sql(conn)) == FTS_PREFIXES["quotes"] == "2 3 4"
        # The library's own search (whole words unless starred, as the CLI asks) agrees.
        for search in SEARCHES:
            found = lib.quote_ids(QuoteFilter(search=search, whole_words=True))
            assert set(before[search][0]) <= set(found), search  # speakers' names add more
        assert lib.integrity_check() == "ok"
    assert _raw_answers(v6_library) == before
    assert _users_data(v6_library) == data_before
    assert integrity(v6_library) == "ok"
    backups = list(v6_library.parent.glob("old.sqlite.v6-*.bak"))
    assert len(backups) == 1 and _raw_answers(backups[0]) == before
    backup = sqlite3.connect(backups[0])
    try:
        assert fts_prefix_option(_fts_sql(backup)) is None
    finally:
        backup.close()


def test_the_rebuilt_index_follows_edits(v6_library: Path) -> None:
    with Library.open(v6_library) as lib:
        triggers = dict(lib.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quotes'"))
        assert "UPDATE OF" in triggers["quotes_au"]  # only indexed columns re-index a row
        quote_id = lib.quote_ids(QuoteFilter(search="governor", whole_words=True))[0]
        lib.edit_quote(quote_id, status="verified")  # not indexed: the words stay findable
        assert lib.quote_ids(QuoteFilter(search="governor", whole_words=True)) == [quote_id]
        lib.edit_quote(quote_id, affiliation="Harbour Authority")
        assert lib.quote_ids(QuoteFilter(search="harb*")) == [quote_id]
        assert lib.quote_ids(QuoteFilter(search="governor", whole_words=True)) == [quote_id]
        assert lib.quote_ids(QuoteFilter(search="zeb*")) == []
        lib.edit_quote(quote_id, note="zebra crossing")
        assert lib.quote_ids(QuoteFilter(search="zeb*")) == [quote_id]
        assert lib.quote_ids(QuoteFilter(search="zebr")) == [quote_id]  # typed, a prefix
        lib.undo()
        assert lib.quote_ids(QuoteFilter(search="zeb*")) == []
    with Library.open(v6_library):
        pass
    assert len(list(v6_library.parent.glob("*.bak"))) == 1  # migrated once


def test_a_failed_migration_leaves_the_version_6_index(v6_library: Path, monkeypatch) -> None:
    """The index is rebuilt inside the migration's transaction: a failure after it undoes it."""
    from homsquotes.core.library import connection

    before = _raw_answers(v6_library)

    def fail(db, from_version):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(connection, "upgrade_data", fail)
    with pytest.raises(Exception, match="disk I/O error"):
        Library.open(v6_library)
    conn = sqlite3.connect(v6_library)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert _fts_sql(conn) == V6_QUOTES_FTS
    finally:
        conn.close()
    assert _raw_answers(v6_library) == before


def test_a_read_only_version_6_library_opens_for_reading(v6_library: Path, monkeypatch) -> None:
    """It cannot be migrated; its searches still work (without the prefix index's speed)."""
    before = _raw_answers(v6_library)
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with Library.open(v6_library) as lib:
        assert lib.read_only
        assert set(before["mi*"][0]) <= set(lib.quote_ids(QuoteFilter(search="mi*")))
    assert not list(v6_library.parent.glob("*.bak"))
    conn = sqlite3.connect(v6_library)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    finally:
        conn.close()
