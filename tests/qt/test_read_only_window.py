"""A library on read-only media opens in the window with a banner and editing off."""

from __future__ import annotations

import os

from homsquotes.core.library import Library
from homsquotes.ui.qt import QLabel, Qt
from homsquotes.ui.window.main_window import MainWindow


def test_read_only_library_shows_a_banner_and_disables_editing(library_path, qtbot,
                                                                 monkeypatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK
                        and real_access(path, mode))
    with Library.open(library_path) as lib:
        window = MainWindow(lib, seed=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        banner = window.read_only_banner
        assert banner.isVisible()
        assert any("Read-only" in w.text() for w in banner.findChildren(QLabel))
        assert not window.import_action.isEnabled() and not window.undo_action.isEnabled()
        assert window.export_action.isEnabled() and window.copy_action.isEnabled()
        index = window.model.index(0, 0)
        assert not window.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        window.table.selectRow(0)
        assert window.detail.quote is not None and not window.detail.note.isEnabled()
        window.close()
