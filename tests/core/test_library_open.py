"""Opening, creating and refusing library files; a refused file is left byte-for-byte unchanged."""

import os
import sqlite3
import stat

import pytest

from homsquotes.core.errors import LibraryError, NotFoundError
from homsquotes.core.library import SCHEMA_VERSION, Library, QuoteFilter, default_library_path
from homsquotes.core.library.testing import file_digest, integrity
from homsquotes.core.model import ArticleMeta

ARTICLE = 'The minister spoke. "We will rebuild the bridge," she said on Monday.\n'


@pytest.fixture
def saved_library(tmp_path):
    """A closed library file with one article in it."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.import_text(ARTICLE, ArticleMeta(title="Bridge"))
    return path


def test_new_library_has_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    with Library.open(path) as lib:
        assert lib.created
        conn = lib.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = set(lib.db.table_names())
        assert {
            "articles",
            "speakers",
            "speaker_aliases",
            "quotes",
            "tags",
            "quote_tags",
            "changes",
            "quotes_fts",
        } <= tables
        assert "fts5" in lib.db.table("quotes_fts").schema.lower()
    assert integrity(path) == "ok"


def test_reopening_keeps_data(saved_library):
    with Library.open(saved_library) as lib:
        assert not lib.created
        assert [a["title"] for a in lib.articles()] == ["Bridge"]


def test_default_path_is_library_sqlite_in_user_data():
    assert default_library_path().name == "library.sqlite"


def test_missing_file_without_create(tmp_path):
    with pytest.raises(LibraryError, match="no such library"):
        Library.open(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def _assert_refused(path, match):
    before = file_digest(path)
    with pytest.raises(LibraryError, match=match) as info:
        Library.open(path)
    assert "\n" not in str(info.value)
    assert file_digest(path) == before


def test_not_sqlite_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just some text, not a database\n")
    _assert_refused(path, "not an SQLite")


def test_corrupt_file_is_refused_unchanged(saved_library):
    data = bytearray(saved_library.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # header intact, schema page destroyed
    saved_library.write_bytes(bytes(data))
    _assert_refused(saved_library, "corrupt")


def test_foreign_sqlite_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    _assert_refused(path, "not a homsquotes library")


def test_newer_schema_is_refused_unchanged(saved_library):
    conn = sqlite3.connect(saved_library)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _assert_refused(saved_library, "newer homsquotes")


def _assert_read_only(path):
    """Opens for reading (issue 11: archives on read-only media), refuses every write, and
    leaves the file byte-for-byte as it was."""
    before = file_digest(path)
    with Library.open(path) as lib:
        assert lib.read_only
        quote_id = lib.quote_ids()[0]
        assert lib.quote(quote_id)["text"]
        with pytest.raises(LibraryError, match="read-only") as info:
            lib.edit_quote(quote_id, note="never written")
        assert "\n" not in str(info.value)
    assert file_digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_opens_read_only_unchanged(saved_library):
    saved_library.chmod(stat.S_IRUSR)
    try:
        _assert_read_only(saved_library)
    finally:
        saved_library.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_locked_library_refuses_edit_and_stays_unchanged(saved_library):
    with Library.open(saved_library) as lib:
        quote_id = lib.quote_ids()[0]
        before = file_digest(saved_library)
        other = sqlite3.connect(saved_library, timeout=0)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(LibraryError, match="locked"):
                lib.edit_quote(quote_id, note="never written")
        finally:
            other.rollback()
            other.close()
        assert lib.quote(quote_id)["note"] == ""
    assert file_digest(saved_library) == before
    assert integrity(saved_library) == "ok"


def test_missing_quote_id_is_not_found_and_file_unchanged(saved_library):
    before = file_digest(saved_library)
    with Library.open(saved_library) as lib:
        with pytest.raises(NotFoundError, match="no quote with id 999999"):
            lib.edit_quote(999999, note="x")
        with pytest.raises(NotFoundError):
            lib.quote(999999)
    assert file_digest(saved_library) == before


def test_backup_is_a_complete_copy_and_never_overwrites(saved_library, tmp_path):
    dest = tmp_path / "copy.sqlite"
    with Library.open(saved_library) as lib:
        lib.backup(dest)
        with pytest.raises(LibraryError, match="already exists"):
            lib.backup(dest)
        expected = lib.count_quotes()
    with Library.open(dest) as copy:
        assert copy.count_quotes() == expected
    assert integrity(dest) == "ok"


def test_data_version_changes_on_write(saved_library):
    with Library.open(saved_library) as lib:
        before = lib.data_version()
        lib.edit_quote(lib.quote_ids()[0], note="n")
        assert lib.data_version() != before


def test_read_only_check_applies_even_as_root(saved_library, monkeypatch):
    # Root can write anywhere, so simulate what every normal user sees on a read-only file.
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    _assert_read_only(saved_library)


def test_a_damaged_search_index_makes_writes_fail_with_one_line(saved_library):
    """Damage SQLite only notices mid-write (here the FTS index) is a LibraryError, not a crash."""
    with sqlite3.connect(saved_library) as conn:
        conn.execute("DROP TABLE quotes_fts_config")
    conn.close()
    before = file_digest(saved_library)
    with Library.open(saved_library) as lib:
        quote_id = lib.quote_ids(QuoteFilter(kind="all"))[0]
        with pytest.raises(LibraryError, match="corrupt") as exc:
            lib.edit_quote(quote_id, note="x")
        assert "\n" not in str(exc.value)
        with pytest.raises(LibraryError, match="corrupt"):
            lib.import_text('"We rebuilt it," she said.\n', ArticleMeta(title="Later"))
    assert file_digest(saved_library) == before
