"""Fixtures for the GUI tests: a seeded library made once per session, copied per test,
and Qt settings redirected to a temporary folder so tests never touch the user's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def seeded_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeding runs the extractor (seconds for spaCy to load), so do it once."""
    from homsquotes.core.library import Library

    path = tmp_path_factory.mktemp("seeded") / "seeded.sqlite"
    with Library.open(path, create=True) as lib:
        lib.ensure_seeded()
        assert lib.count_quotes() >= 1
    return path


@pytest.fixture
def library_path(seeded_library_file: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "library.sqlite"
    shutil.copyfile(seeded_library_file, dest)
    return dest


@pytest.fixture(autouse=True)
def temp_settings(tmp_path: Path, qapp):
    from homsquotes.ui.qt import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    # PySide6 on the offscreen platform crashes at interpreter exit when the
    # clipboard still owns mime data, which would fail the whole run.
    from homsquotes.ui.qt import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def unexpected_error_dialogs(monkeypatch):
    """A real error dialog's exec() would wait forever for a click that never comes, hanging
    the whole run (seen when extraction broke under test): record it as a click on OK
    would, and fail the test afterwards. Tests expecting a dialog patch show_error themselves."""
    from homsquotes.ui.dialogs import basic as dialogs

    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, message, title="": shown.append(message)
    )
    yield shown
    assert not shown, f"unexpected error dialog: {shown[0]}"


@pytest.fixture
def lib(library_path: Path):
    from homsquotes.core.library import Library

    library = Library.open(library_path)
    yield library
    library.close()


@pytest.fixture
def window(lib, qtbot):
    from homsquotes.ui.window.main_window import MainWindow

    win = MainWindow(lib, seed=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
