"""Review mode in the window: keyboard only, by confidence, progress, undo, filters."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.core.preferences import set_preferences
from homsquotes.ui.qt import Qt


def start_review(window, qtbot):
    window.review_action.trigger()
    panel = window.review_panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus, timeout=3000)
    return panel


def test_review_walks_every_seed_quote_by_keyboard_lowest_confidence_first(window, lib, qtbot):
    total = lib.count_quotes()
    panel = start_review(window, qtbot)
    assert panel.progress_label.text() == f"0 of {total} reviewed"
    seen = []
    for n in range(total):
        seen.append(panel.quote["confidence"] or 0)
        assert window.current_quote_id() == panel.quote["id"]  # the table follows
        qtbot.keyClick(panel, Qt.Key.Key_A)
        assert panel.progress_label.text() == f"{n + 1} of {total} reviewed"
    assert seen == sorted(seen)
    assert panel.quote is None and "finished" in panel.heading.text()
    assert lib.count_quotes(QuoteFilter(status="verified")) == total
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not window.review_action.isChecked()
    assert window.central_stack.currentIndex() == 0


def test_fixing_the_speaker_offers_the_articles_names_and_ctrl_z_undoes(window, lib, qtbot):
    panel = start_review(window, qtbot)
    quote_id = panel.quote["id"]
    old_speaker = lib.quote(quote_id)["speaker"]
    qtbot.keyClick(panel, Qt.Key.Key_S)
    assert panel.speaker_edit.hasFocus()
    names = panel.candidates.stringList()
    assert "Lakhdar Brahimi" in names and len(names) == len(set(names))
    panel.speaker_edit.completer().popup().hide()
    panel.speaker_edit.clear()
    qtbot.keyClicks(panel.speaker_edit, "Lakhdar Brahimi")
    qtbot.keyClick(panel.speaker_edit, Qt.Key.Key_Return)
    assert lib.quote(quote_id)["speaker"] == "Lakhdar Brahimi"
    assert panel.quote["id"] == quote_id  # a fix stays on the quote
    assert panel.speaker.text() == "Lakhdar Brahimi"

    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.quote(quote_id)["speaker"] == old_speaker
    assert panel.speaker.text() == (old_speaker or "— no speaker —")


def test_undo_of_an_accept_goes_back_to_that_quote(window, lib, qtbot):
    panel = start_review(window, qtbot)
    first = panel.quote["id"]
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert panel.quote["id"] != first
    window.undo()
    assert panel.quote["id"] == first
    assert lib.quote(first)["status"] == "auto"
    assert panel.progress_label.text().startswith("0 of")


def test_not_a_quote_kind_skip_and_back_by_keys(window, lib, qtbot):
    panel = start_review(window, qtbot)
    total = lib.count_quotes()
    first = panel.quote["id"]
    kind = panel.quote["kind"]
    qtbot.keyClick(panel, Qt.Key.Key_K)
    assert lib.quote(first)["kind"] != kind and panel.quote["id"] == first
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    second = panel.quote["id"]
    assert second != first
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert panel.quote["id"] == first
    qtbot.keyClick(panel, Qt.Key.Key_N)
    assert lib.count_quotes() == total - 1
    assert panel.progress_label.text() == f"1 of {total} reviewed"
    assert "undo" in window.statusBar().currentMessage()


def test_review_follows_the_filters_and_needs_review_uses_the_threshold(window, lib, qtbot):
    quotes = lib.quotes()
    threshold = sorted({q["confidence"] for q in quotes})[1]  # above the lowest only
    set_preferences({"review_threshold": threshold})
    window.needs_review_box.setChecked(True)
    expected = [q["id"] for q in quotes if q["confidence"] < threshold]
    qtbot.waitUntil(lambda: window.model.rowCount() == len(expected), timeout=3000)
    panel = start_review(window, qtbot)
    assert panel.progress_label.text() == f"0 of {len(expected)} reviewed"
    qtbot.keyClick(panel, Qt.Key.Key_A)
    assert panel.quote is None  # the only quote below the threshold is verified
    window.review_action.trigger()
    assert window.model.rowCount() == len(expected) - 1  # verified: no longer needs review


def test_the_status_bar_counts_the_quotes_that_need_review(window, lib):
    threshold = 0.9
    unsure = sum(1 for q in lib.quotes() if q["confidence"] is None or q["confidence"] < threshold)
    window.update_counts()
    assert f"{unsure} need review" in window.counts_label.text()
    for quote in lib.quotes():
        lib.edit_quote(quote["id"], status="verified")
    window.refresh_all()
    window.update_counts()
    assert "need review" not in window.counts_label.text()


def test_a_big_librarys_review_queue_is_read_in_the_background(window, lib, qtbot):
    window.model.reader = window.read_in_background  # as for a library over the threshold
    window.review_action.trigger()
    qtbot.waitUntil(lambda: window.review_session is not None, timeout=10_000)
    assert window.review_session.total == lib.count_quotes()
    assert window.central_stack.currentWidget() is window.review_panel
    window.review_action.trigger()
    qtbot.waitUntil(lambda: not window._reads, timeout=10_000)
