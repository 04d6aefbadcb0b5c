"""File dialogs over the library's folder keep the window's SQLite locks (issue 11, item 1).

Qt's own dialog sniffed the content of library.sqlite-wal and -shm for their icons; each
open()/close() dropped every POSIX lock of this process, so the next CLI run deleted the WAL
the window was still writing into and its edits were lost.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from homsquotes.core.library import Library
from homsquotes.core.library.own_files import library_files
from homsquotes.ui import transfers
from homsquotes.ui.qt import QFileSystemModel


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homsquotes", "--db", str(db), *args],
        capture_output=True, text=True, check=False,
    )


def show_over_library_folder(qtbot, dialog, folder: Path) -> QFileSystemModel:
    """Show the dialog on the library's folder and wait until it has listed (and iconed) it."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    # The dialog may first list its starting folder; wait for the library's one.
    with qtbot.waitSignal(model.directoryLoaded, timeout=60_000,
                          check_params_cb=lambda path: Path(path) == folder):
        dialog.setDirectory(str(folder))
        dialog.show()
    qtbot.addWidget(dialog)
    return model


@pytest.mark.parametrize("make_dialog", [transfers.import_dialog, transfers.export_dialog])
def test_dialog_over_library_folder_loses_no_edit(window, lib, qtbot, make_dialog):
    ids = lib.quote_ids()
    lib.edit_quote(ids[0], note="window 1")  # the WAL and -shm exist now
    folder = lib.path.parent
    assert all(p.exists() for p in library_files(lib.path)[:3])
    dialog = make_dialog(window)
    model = show_over_library_folder(qtbot, dialog, folder)

    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(model.index(str(folder)))
    listed = {proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root))}
    assert "settings" in listed  # the listing is there ...
    assert not listed & {p.name for p in library_files(lib.path)}  # ... without the library

    first = cli(lib.path, "edit", str(ids[1]), "--note", "cli 1")
    assert first.returncode == 0, first.stderr
    lib.edit_quote(ids[2], note="window 2")
    second = cli(lib.path, "edit", str(ids[3]), "--note", "cli 2")
    assert second.returncode == 0, second.stderr
    seen = cli(lib.path, "show", str(ids[2]))
    assert "window 2" in seen.stdout
    lib.edit_quote(ids[4], note="window 3")
    dialog.close()
    window.close()
    lib.close()

    with Library.open(lib.path) as again:
        notes = [again.quote(i)["note"] for i in ids[:5]]
    assert notes == ["window 1", "cli 1", "window 2", "cli 2", "window 3"]
