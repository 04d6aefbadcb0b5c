"""A quote an upgrade flagged for review (an interrupted quotation the user had edited, kept
whole): the detail pane says so, and splits it or keeps it whole in one undoable step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.ui.qt import Qt
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX

V2_FIXTURE = Path(__file__).parents[1] / "fixtures" / "library-v2.sqlite"


@pytest.fixture
def upgraded(tmp_path, qtbot):
    from homsquotes.ui.window.main_window import MainWindow

    path = tmp_path / "old.sqlite"
    shutil.copy(V2_FIXTURE, path)
    lib = Library.open(path)
    win = MainWindow(lib, seed=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, lib
    win.close()
    lib.close()


def _select(win, lib, speaker):
    [quote] = lib.quotes(QuoteFilter(speaker=speaker))
    assert win.select_quote(quote["id"])
    return quote


def test_flagged_quote_shows_its_note_and_splits_on_request(upgraded, qtbot):
    win, lib = upgraded
    khan = _select(win, lib, "Amir Khan")
    assert not win.detail.review.isHidden() and "2 parts" in win.detail.review_note.text()
    row = win.model.row_of(khan["id"])
    tooltip = win.model.index(row, COLUMN_INDEX["status"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "needs review" in tooltip
    qtbot.mouseClick(win.detail.split_button, Qt.MouseButton.LeftButton)
    split = lib.quote(khan["id"])
    assert len(split["parts"]) == 2 and "said Amir Khan" not in split["text"]
    assert split["note"] == khan["note"]
    assert win.detail.quote["id"] == khan["id"] and win.detail.review.isHidden()
    win.undo_action.trigger()
    assert lib.quote(khan["id"])["text"] == khan["text"]


def test_keep_whole_clears_the_note_and_keeps_the_text(upgraded, qtbot):
    win, lib = upgraded
    cole = _select(win, lib, "Mary Cole")
    qtbot.mouseClick(win.detail.keep_button, Qt.MouseButton.LeftButton)
    kept = lib.quote(cole["id"])
    assert kept["review"] is None and kept["text"] == cole["text"]
    assert kept["status"] == "verified"


def test_quotes_without_a_note_show_no_review(upgraded):
    win, lib = upgraded
    _select(win, lib, "Jane Holt")
    assert win.detail.review.isHidden()
