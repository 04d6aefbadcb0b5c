"""An import batch adds its rows to the full-text indexes with one statement a table as it
commits (schema 8, ``schema.deferred_fts``), instead of a trigger per row: every search
answers as if the triggers had indexed each row, and outside that transaction the triggers
behave as before, for this program and any other that writes the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from homsquotes.core.library import SCHEMA_VERSION, Library, QuoteFilter, importing
from homsquotes.core.library.schema import FTS, deferred_fts, ensure_fts
from homsquotes.core.library.testing import integrity
from homsquotes.core.model import ExtractedArticle, Quote

WORDS = ("harbour", "ministry", "mining", "budget", "tramway", "orchard", "senate", "quarry")


def _article(n: int) -> tuple[str, ExtractedArticle]:
    """Article n: three quotes with a word of its own, and a speaker each."""
    sentences, quotes = [], []
    at = 0
    for k in range(3):
        quote = f'"The {WORDS[n % len(WORDS)]} plan {n}-{k} matters,"'
        sentence = f"{quote} said Person{n}x{k} of Group{n}."
        sentences.append(sentence)
        quotes.append(
            Quote(
                text=quote,
                start=at,
                end=at + len(quote),
                speaker=f"Person{n}x{k}",
                speaker_type="person",
                affiliation=f"Group{n}",
                context=sentence,
            )
        )
        at += len(sentence) + 1
    return " ".join(sentences), ExtractedArticle(title=f"Article {n}", quotes=quotes)


def _import(lib: Library, tmp_path: Path, monkeypatch, articles: range) -> None:
    """import_files over prepared articles (no worker, no spaCy), in batches as for real."""
    made = {}
    paths = []
    for n in articles:
        text, extracted = _article(n)
        made[text] = importing.prepare_article(text, extracted)
        path = tmp_path / f"a{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    monkeypatch.setattr(importing, "_extract_all", lambda texts, _p: (made[t] for t in texts))
    results = lib.import_files(paths)
    assert [r.created for r in results] == [True] * len(paths)


def _fts_consistent(conn: sqlite3.Connection) -> None:
    """FTS5's own check of each index against its content table (raises when they differ)."""
    opened = not conn.in_transaction  # Python's sqlite3 begins one before an INSERT
    for table in FTS:
        conn.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
    if opened and conn.in_transaction:
        conn.rollback()  # the check writes nothing


def _answers(conn: sqlite3.Connection) -> dict[str, list[tuple[int, float]]]:
    """Each search's rowids with their bm25 scores, best first."""
    searches = [*WORDS, "plan", '"plan 3"', "mi*", "pl*", "group1*", "matters", "zz*"]
    found = {}
    for search in searches:
        match = search if search.endswith("*") or search.startswith('"') else f'"{search}"'
        found[search] = conn.execute(
            "SELECT rowid, bm25(quotes_fts, 4.0, 1.0, 1.0, 2.0) AS s FROM quotes_fts "
            "WHERE quotes_fts MATCH ? ORDER BY s, rowid",
            [match],
        ).fetchall()
    for table in ("speakers", "speaker_aliases"):
        found[table] = conn.execute(
            f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH 'person1*' ORDER BY rowid"
        ).fetchall()
    return found


def test_a_batch_import_indexes_like_a_rebuild_and_leaves_nothing_deferred(
    lib, tmp_path, monkeypatch
):
    _import(lib, tmp_path, monkeypatch, range(12))  # batches of 8 and 4
    conn = lib.db.conn
    assert conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0
    _fts_consistent(conn)
    answers = _answers(conn)
    assert len(answers["harbour"]) == 6 and len(answers["plan"]) == 36
    assert answers["speakers"]  # the new speakers are findable by name too
    with lib.transaction():
        for table in FTS:
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    assert _answers(conn) == answers
    assert lib.quote_ids(QuoteFilter(search="tramway")) == [r[0] for r in answers["tramway"]]


def test_the_batch_is_indexed_once_as_it_ends_not_quote_by_quote(lib, tmp_path, monkeypatch):
    from homsquotes.core.analysis import maintenance

    _import(lib, tmp_path, monkeypatch, range(2))
    indexed_during: list[int] = []
    hook = maintenance.new_article_imported

    def watch(db, *args, **kwargs):
        indexed_during.append(db.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone()[0])
        return hook(db, *args, **kwargs)

    monkeypatch.setattr(maintenance, "new_article_imported", watch)
    _import(lib, tmp_path, monkeypatch, range(2, 8))  # one batch of 6 articles
    assert indexed_during == [6] * 6  # the first import's quotes only, until the batch ends
    assert lib.db.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone()[0] == 24


def test_a_second_import_adds_to_the_index_of_the_first(lib, tmp_path, monkeypatch):
    _import(lib, tmp_path, monkeypatch, range(3))
    _import(lib, tmp_path, monkeypatch, range(3, 11))
    _fts_consistent(lib.db.conn)
    assert len(_answers(lib.db.conn)["plan"]) == 33


def test_rows_changed_inside_the_deferred_block_are_indexed_as_they_end(lib):
    with lib.transaction():
        kept = lib.db.conn.execute(
            "INSERT INTO articles (text, sha256) VALUES ('old', 'x')"
        ).lastrowid
        old = lib.db.conn.execute(
            "INSERT INTO quotes (article_id, text, start, end, context) "
            "VALUES (?, 'an old harbour quote', 0, 5, '')",
            [kept],
        ).lastrowid
    conn = lib.db.conn
    with lib.transaction(), deferred_fts(conn, "quotes"):
        ids = [
            conn.execute(
                "INSERT INTO quotes (article_id, text, start, end, context) "
                "VALUES (?, ?, 0, 5, '')",
                [kept, f"orchard quote {n}"],
            ).lastrowid
            for n in range(3)
        ]
        conn.execute("UPDATE quotes SET text = 'quarry quote' WHERE id = ?", [ids[0]])
        conn.execute("DELETE FROM quotes WHERE id = ?", [ids[1]])
        conn.execute("UPDATE quotes SET note = 'senate' WHERE text LIKE 'an old%'")  # indexed
    _fts_consistent(conn)
    match = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid"
    assert conn.execute(match, ["orchard"]).fetchall() == [(ids[2],)]
    assert conn.execute(match, ["quarry"]).fetchall() == [(ids[0],)]
    assert conn.execute(match, ["senate"]).fetchall() == [(old,)]
    assert conn.execute(match, ["harbour"]).fetchall() == [(old,)]
    assert conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0


def test_an_error_in_a_batch_rolls_back_the_quotes_and_the_deferral(lib, tmp_path, monkeypatch):
    _import(lib, tmp_path, monkeypatch, range(2))
    before = _answers(lib.db.conn)

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("homsquotes.core.analysis.maintenance.new_article_imported", fail)
    with pytest.raises(Exception, match="disk I/O error"):
        _import(lib, tmp_path, monkeypatch, range(2, 6))
    conn = lib.db.conn
    assert lib.count_articles() == 2
    assert conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0
    _fts_consistent(conn)
    assert _answers(conn) == before
    monkeypatch.undo()
    _import(lib, tmp_path, monkeypatch, range(2, 6))  # the triggers and the deferral still work
    _fts_consistent(conn)


def test_a_caller_that_catches_an_error_and_commits_keeps_the_index_whole(lib):
    conn = lib.db.conn
    with lib.transaction():
        article = conn.execute("INSERT INTO articles (text, sha256) VALUES ('t', 'z')").lastrowid
        try:
            with deferred_fts(conn, "quotes"):
                conn.execute(
                    "INSERT INTO quotes (article_id, text, start, end) "
                    "VALUES (?, 'a tramway quote', 0, 5)",
                    [article],
                )
                raise ValueError("stopped half-way")
        except ValueError:
            pass  # and the transaction commits what was written
    assert conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0
    _fts_consistent(conn)
    match = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
    assert conn.execute(match, ["tramway"]).fetchone()[0] == 1
    with lib.transaction():  # and the triggers work again
        conn.execute(
            "INSERT INTO quotes (article_id, text, start, end) VALUES (?, 'orchard', 0, 5)",
            [article],
        )
    assert conn.execute(match, ["orchard"]).fetchone()[0] == 1
    _fts_consistent(conn)


def test_outside_an_import_the_triggers_index_every_write(tmp_path):
    path = tmp_path / "other.sqlite"
    with Library.open(path) as lib, lib.transaction():
        article = lib.db.conn.execute(
            "INSERT INTO articles (text, sha256) VALUES ('t', 'y')"
        ).lastrowid
    # Another program writing the file (the sqlite3 shell, Datasette) meets the same triggers.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        quote = conn.execute(
            "INSERT INTO quotes (article_id, text, start, end, kind, status) "
            "VALUES (?, 'a tramway quote', 0, 5, 'direct', 'auto')",
            [article],
        ).lastrowid
        conn.execute("UPDATE quotes SET affiliation = 'Orchard Board' WHERE id = ?", [quote])
        match = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
        assert conn.execute(match, ["tramway"]).fetchall() == [(quote,)]
        assert conn.execute(match, ["orch*"]).fetchall() == [(quote,)]
        conn.execute("DELETE FROM quotes WHERE id = ?", [quote])
        assert conn.execute(match, ["tramway"]).fetchall() == []
        _fts_consistent(conn)
    finally:
        conn.close()
    assert integrity(path) == "ok"


TRIGGERS = "SELECT sql FROM sqlite_master WHERE type = 'trigger'"


def _as_schema_7(path: Path) -> None:
    """A closed current library made the version-7 shape: no fts_deferred, triggers without
    their WHEN."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE fts_deferred")
        for table in FTS:
            for suffix in ("ai", "ad", "au"):
                sql = conn.execute(
                    "SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_{suffix}"]
                ).fetchone()[0]
                head, body = sql.split(" WHEN ", 1)
                conn.execute(f'DROP TRIGGER "{table}_{suffix}"')
                conn.execute(head + " BEGIN " + body.split(" BEGIN ", 1)[1])
        conn.execute("PRAGMA user_version = 7")
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_opening_a_version_7_library_migrates_its_triggers(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        _import(lib, tmp_path, monkeypatch, range(5))
    _as_schema_7(path)
    conn = sqlite3.connect(path)
    try:
        before = _answers(conn)
        triggers = [r[0] for r in conn.execute(TRIGGERS)]
        assert len(triggers) == 9 and not any("fts_deferred" in t for t in triggers)
    finally:
        conn.close()
    with Library.open(path) as lib:
        conn = lib.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8
        triggers = [r[0] for r in conn.execute(TRIGGERS)]
        assert len(triggers) == 9 and all("fts_deferred" in t for t in triggers)
        assert _answers(conn) == before
        _import(lib, tmp_path, monkeypatch, range(5, 9))
        _fts_consistent(conn)
        assert len(_answers(conn)["plan"]) == 27
    assert len(list(tmp_path.glob("old.sqlite.v7-*.bak"))) == 1


def test_ensure_fts_is_idempotent(lib):
    conn = lib.db.conn
    sql = sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    with lib.transaction():
        for table in FTS:
            ensure_fts(lib.db, table)
    assert sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) == sql
