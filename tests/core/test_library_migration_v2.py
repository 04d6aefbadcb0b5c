"""Migrating a version-2 library whose interrupted quotations are merged spans
(tests/fixtures/library-v2.sqlite, made by tests/fixtures/make_v2_library.py)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from homsquotes.core.library import SCHEMA_VERSION, Library, QuoteFilter
from homsquotes.core.library.testing import integrity
from homsquotes.core.model import PART_JOINER

FIXTURE = Path(__file__).parent.parent / "fixtures" / "library-v2.sqlite"


@pytest.fixture
def v2_copy(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    return path


def _v2_rows(path):
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        rows = conn.execute('SELECT id, text, start, "end", status, note FROM quotes').fetchall()
        return {r[0]: r[1:] for r in rows}
    finally:
        conn.close()


def _by_speaker(lib):
    return {q["speaker"]: q for q in lib.quotes(QuoteFilter())}


def test_unedited_merged_quote_is_split_into_its_parts(v2_copy):
    before = _v2_rows(v2_copy)
    with Library.open(v2_copy) as lib:
        assert lib.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        text = lib.article(1)["text"]
        holt = _by_speaker(lib)["Jane Holt"]
        merged = before[holt["id"]][0]
        assert "Holt said" in merged  # what version 2 stored
        assert [p["text"] for p in holt["parts"]] == [
            '"We will get through this,"',
            '"but it will not be easy for anyone."',
        ]
        for part in holt["parts"]:
            assert text[part["start"] : part["end"]] == part["text"]
        assert holt["text"] == PART_JOINER.join(p["text"] for p in holt["parts"])
        assert "Holt said" not in holt["text"]
        assert (holt["start"], holt["end"]) == before[holt["id"]][1:3]  # anchors unchanged
        assert holt["status"] == "auto" and holt["review"] is None
        # The full-text index follows: the quote's text matches the quoted words only.
        def text_matches(words):
            return [r[0] for r in lib.db.execute(
                "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", [f'text: "{words}"']
            )]
        assert text_matches("easy for anyone") == [holt["id"]]
        assert holt["id"] not in text_matches("Holt said")


def test_edited_and_verified_quotes_keep_the_users_text_and_are_flagged(v2_copy):
    before = _v2_rows(v2_copy)
    with Library.open(v2_copy) as lib:
        quotes = _by_speaker(lib)
        for name in ("Amir Khan", "Mary Cole"):
            q = quotes[name]
            text, start, end, status, note = before[q["id"]]
            assert (q["text"], q["start"], q["end"], q["status"], q["note"]) == (
                text, start, end, status, note
            )
            assert len(q["parts"]) == 1 and q["parts"][0]["text"] == text
            assert q["review"] and "2 parts" in q["review"]
        # The user splits the flagged quote when they agree: one undoable step.
        khan = quotes["Amir Khan"]
        suggested = lib.suggested_parts(khan["id"])
        assert suggested is not None and len(suggested) == 2
        lib.edit_quote(khan["id"], parts=suggested)
        split = lib.quote(khan["id"])
        assert "said Amir Khan" not in split["text"] and split["review"] is None
        assert split["note"] == "checked with the council"
        lib.undo()
        restored = lib.quote(khan["id"])
        assert restored["text"] == before[khan["id"]][0] and restored["review"] == khan["review"]


def test_quotes_in_one_piece_and_nested_quotes_are_untouched(v2_copy):
    before = _v2_rows(v2_copy)
    with Library.open(v2_copy) as lib:
        for q in lib.quotes(QuoteFilter(speaker="Tom Reed")):
            assert q["text"] == before[q["id"]][0]
            assert len(q["parts"]) == 1 and q["review"] is None
        nested = lib.quotes(QuoteFilter(search="disaster"))
        assert len(nested) == 1 and "'a disaster'" in nested[0]["text"]


def test_migration_backs_up_the_version_2_file_first(v2_copy):
    original = _v2_rows(v2_copy)
    with Library.open(v2_copy) as lib:
        assert lib.integrity_check() == "ok"
    backups = list(v2_copy.parent.glob("old.sqlite.v2-*.bak"))
    assert len(backups) == 1 and _v2_rows(backups[0]) == original
    assert integrity(v2_copy) == "ok"
    with Library.open(v2_copy):  # opened again: nothing left to migrate, no second backup
        pass
    assert len(list(v2_copy.parent.glob("*.bak"))) == 1
