"""Opening a library made by an older version migrates it first; a big one is migrated on a
thread of its own under a progress dialog, then opened as usual."""

from __future__ import annotations

from pathlib import Path

from homsquotes.core.library import SCHEMA_VERSION, Library
from homsquotes.core.library.schema import needs_upgrade, stored_version
from homsquotes.core.library.testing import as_schema_6
from homsquotes.core.model import ArticleMeta
from homsquotes.ui.dialogs.upgrade_progress import upgrade_with_progress


def _old_library(path: Path) -> None:
    with Library.open(path) as lib:
        lib.import_text('"We will rebuild the bridge," the mayor said.', ArticleMeta(title="A"))
    as_schema_6(path)


def test_stored_version_reads_without_opening(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    assert stored_version(path) is None  # no file yet
    _old_library(path)
    assert stored_version(path) == 6
    assert needs_upgrade(path)
    (tmp_path / "not.sqlite").write_text("not a database")
    assert not needs_upgrade(tmp_path / "not.sqlite")


def test_an_old_library_is_upgraded_under_the_dialog(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _old_library(path)
    assert upgrade_with_progress(Library, path, min_bytes=0)
    assert stored_version(path) == SCHEMA_VERSION
    assert not upgrade_with_progress(Library, path, min_bytes=0)  # current now: nothing to do
    with Library.open(path) as lib:
        assert len(lib.quote_ids()) == 1


def test_a_small_old_library_needs_no_dialog(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _old_library(path)
    assert not upgrade_with_progress(Library, path)  # well under the size that needs one
    assert stored_version(path) == 6  # the normal open migrates it
