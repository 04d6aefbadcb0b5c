"""A library on read-only media can be listed, exported, cited and backed up (issue 11,
read-only media); every change is refused with one line and the file stays as it was."""

from __future__ import annotations

import os
import shutil

import pytest

from homsquotes.cli import main
from homsquotes.core.library.testing import file_digest


@pytest.fixture
def archived(seeded_db, tmp_path, monkeypatch):
    """The library as on a read-only mount: neither it nor its folder is writable."""
    db = tmp_path / "archive" / "library.sqlite"
    db.parent.mkdir()
    shutil.copyfile(seeded_db, db)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK
                        and real_access(path, mode))
    return db


@pytest.mark.parametrize("command", [
    ["list"], ["export", "--format", "csv"], ["articles"], ["speakers"], ["show", "1"],
    ["cite", "1"],
])
def test_reading_commands_work(archived, capsys, command) -> None:
    before = file_digest(archived)
    assert main(["--db", str(archived), *command]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out
    assert file_digest(archived) == before
    assert not (archived.parent / "backups").exists()


def test_backup_of_a_read_only_library_is_written_elsewhere(archived, tmp_path, capsys) -> None:
    assert main(["--db", str(archived), "backup", str(tmp_path / "copy.sqlite")]) == 0
    assert (tmp_path / "copy.sqlite").stat().st_size > 0


@pytest.mark.parametrize("command", [["edit", "1", "--note", "x"], ["undo"],
                                     ["rename-speaker", "1", "Someone Else"]])
def test_changes_are_refused_with_one_line(archived, capsys, command) -> None:
    before = file_digest(archived)
    assert main(["--db", str(archived), *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err
    assert file_digest(archived) == before
