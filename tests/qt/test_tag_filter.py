"""The tag filter: an editable combo box listing the library's tags, with completion."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import Qt


def tag_items(window) -> list[str]:
    combo = window.filters.tag
    return [combo.itemText(i) for i in range(combo.count())]


def test_tags_added_in_the_window_are_offered_and_filter_the_table(window, lib, qtbot):
    first, second = window.model.quote_id(0), window.model.quote_id(1)
    assert tag_items(window) == []
    window.edit_field(first, "tags", ["siege", "Aid"])
    window.edit_field(second, "tags", ["siege"])
    assert tag_items(window) == ["Aid", "siege"]
    combo = window.filters.tag
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "2 quotes"

    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # what a click in the drop-down sends
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    assert {window.model.quote_id(r) for r in range(2)} == {first, second}
    assert lib.count_quotes(QuoteFilter(tag="siege")) == 2


def test_typing_a_tag_completes_case_insensitively_and_filters(window, lib, qtbot):
    window.edit_field(window.model.quote_id(0), "tags", ["Evacuation"])
    combo = window.filters.tag
    completer = combo.completer()
    completer.setCompletionPrefix("evac")
    assert completer.currentCompletion() == "Evacuation"

    qtbot.keyClicks(combo.lineEdit(), "evacuation")  # tag matching ignores case too
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.quote_at(0)["tags"] == ["Evacuation"]


def test_refreshing_the_tag_list_keeps_what_was_typed_and_clear_empties_it(window, qtbot):
    combo = window.filters.tag
    qtbot.keyClicks(combo.lineEdit(), "unused")
    window.edit_field(window.model.quote_id(0), "tags", ["new"])
    assert tag_items(window) == ["new"]
    assert combo.currentText() == "unused"
    window.clear_filters()
    assert combo.currentText() == ""
    assert window.filters.values()["tag"] is None


def test_ctrl_z_in_the_tag_field_undoes_typing_not_the_last_edit(window, lib, qtbot):
    quote_id = window.model.quote_id(0)
    window.edit_field(quote_id, "tags", ["kept"])
    edit = window.filters.tag.lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=3000)
    qtbot.keyClicks(edit, "ab")
    window.undo()
    assert edit.text() != "ab"
    assert lib.quote(quote_id)["tags"] == ["kept"]
