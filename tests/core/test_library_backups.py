"""Rolling daily backups, restore, and damaged libraries (issue 11, items 3 and 4)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from homsquotes.cli import main
from homsquotes.core.errors import LibraryDamagedError
from homsquotes.core.library import Library
from homsquotes.core.library.backups import backups_folder, list_backups
from homsquotes.core.model import ArticleMeta

ARTICLE = '"We will rebuild the bridge," the mayor said.\n'


def library_with_an_article(path: Path) -> Library:
    lib = Library.open(path)
    lib.import_text(ARTICLE, ArticleMeta(title="Bridge"))  # the first write: nothing to back up
    lib.close()
    return Library.open(path)


def test_first_write_of_the_day_backs_up_the_library_as_it_was(tmp_path) -> None:
    lib = library_with_an_article(tmp_path / "library.sqlite")
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, note="first")
    lib.edit_quote(quote_id, note="second")
    lib.close()
    with Library.open(tmp_path / "library.sqlite") as again:
        again.edit_quote(quote_id, note="third")  # a new session, the same day: no new backup
    found = list_backups(tmp_path / "library.sqlite")
    assert len(found) == 1 and found[0].path.parent == tmp_path / "backups"
    with Library.open(found[0].path, create=False) as backup:
        assert backup.quote(quote_id)["note"] == ""


def test_only_the_newest_backups_are_kept(tmp_path, monkeypatch) -> None:
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "preferences.json").write_text(json.dumps({"backups_to_keep": 2}))
    path = tmp_path / "library.sqlite"
    lib = library_with_an_article(path)
    folder = backups_folder(path)
    folder.mkdir()
    for day in ("2020-01-01", "2020-01-02", "2020-01-03"):
        sqlite3.connect(folder / f"library-{day}T120000.sqlite").close()
    (folder / "notes.txt").write_text("mine")  # not a backup: never pruned
    lib.edit_quote(lib.quote_ids()[0], note="x")
    lib.close()
    kept = [b.path.name for b in list_backups(path)]
    assert len(kept) == 2 and kept[1] == "library-2020-01-03T120000.sqlite"
    assert (folder / "notes.txt").exists()


def test_restore_brings_a_backup_back_and_keeps_the_current_library_aside(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    lib = library_with_an_article(path)
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, note="after the backup")
    backup = list_backups(path)[0].path
    aside = lib.restore_backup(backup.name)
    assert lib.quote(quote_id)["note"] == ""
    lib.close()
    with Library.open(aside, create=False) as kept:
        assert kept.quote(quote_id)["note"] == "after the backup"


def damage(path: Path) -> None:
    """Overwrite the quotes table's root page with garbage (the file stays the same size)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d\xff\xff\xff" * (page_size // 4))


def test_a_damaged_library_is_refused_with_the_newest_good_backup_offered(
    tmp_path, capsys
) -> None:
    path = tmp_path / "library.sqlite"
    lib = library_with_an_article(path)
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, note="kept")
    lib.close()
    backup = list_backups(path)[0].path
    damage(path)
    with pytest.raises(LibraryDamagedError) as refused:
        Library.open(path)
    assert "damaged" in str(refused.value) and backup.name in str(refused.value)
    assert "unreadable: quotes" in str(refused.value)  # which table is hurt

    assert main(["--db", str(path), "edit", str(quote_id), "--note", "x"]) == 1
    assert main(["--db", str(path), "backup", str(tmp_path / "copy.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "damaged" in err and not (tmp_path / "copy.sqlite").exists()

    assert main(["--db", str(path), "backups"]) == 0
    assert backup.name in capsys.readouterr().out
    assert main(["--db", str(path), "restore", backup.name]) == 0
    with Library.open(path) as restored:
        assert restored.integrity_check() == "ok"
        assert restored.count_quotes() >= 1
    assert any(p.name.startswith("library.sqlite.before-restore-") for p in tmp_path.iterdir())


def test_a_library_too_big_to_check_on_open_is_checked_before_its_first_write(
    tmp_path, monkeypatch
) -> None:
    from homsquotes.core.library import connection

    path = tmp_path / "library.sqlite"
    library_with_an_article(path).close()
    damage(path)
    monkeypatch.setattr(connection, "QUICK_CHECK_ON_OPEN_BYTES", 0)
    with Library.open(path) as lib:  # reads may go on; SQLite reports what it cannot read
        with pytest.raises(LibraryDamagedError, match="damaged"):
            lib.set_info("note", "never written")
        with pytest.raises(LibraryDamagedError):
            lib.set_info("note", "still never written")


def test_a_backup_that_cannot_be_written_never_blocks_the_write(tmp_path, monkeypatch) -> None:
    from homsquotes.core.library import backups

    lib = library_with_an_article(tmp_path / "library.sqlite")
    told: list[str] = []
    lib.on_backup_problem = told.append

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_copy", full_disk)
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, note="written anyway")
    assert lib.quote(quote_id)["note"] == "written anyway"
    assert len(told) == 1 and "No space left" in told[0] and lib.backup_problem == told[0]
    lib.close()


def test_backups_keep_sets_the_preference(tmp_path, capsys) -> None:
    from homsquotes.core.library.backups import backups_to_keep

    assert backups_to_keep() == 7
    assert main(["--db", str(tmp_path / "library.sqlite"), "backups", "--keep", "3"]) == 0
    assert backups_to_keep() == 3
    assert main(["--db", str(tmp_path / "library.sqlite"), "backups", "--keep", "-1"]) == 1
    assert backups_to_keep() == 3


def test_a_backup_from_an_older_homsquotes_is_upgraded_as_it_is_restored(tmp_path) -> None:
    from homsquotes.core.library import SCHEMA_VERSION

    old = Path(__file__).parent.parent / "fixtures" / "library-v1.sqlite"
    expected = sqlite3.connect(f"{old.resolve().as_uri()}?mode=ro", uri=True)
    quotes = expected.execute("SELECT count(*) FROM quotes").fetchone()[0]
    expected.close()
    lib = library_with_an_article(tmp_path / "library.sqlite")
    lib.restore_backup(old)
    assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert lib.count_quotes() == quotes and lib.integrity_check() == "ok"
    lib.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "upgrading" in p.name) == []
