"""An edit that takes a quote out of the current filter keeps it listed until the filter changes."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX


def choose_status(window, status: str) -> None:
    window.filters.status.setCurrentIndex(window.filters.status.findData(status))


def test_quote_edited_out_of_the_filter_stays_until_the_filter_changes(window, lib):
    choose_status(window, "auto")
    shown = window.model.rowCount()
    assert shown == lib.count_quotes(QuoteFilter(status="auto")) >= 2
    window.select_row(1)
    quote_id = window.current_quote_id()

    window.edit_field(quote_id, "status", "verified")

    assert lib.quote(quote_id)["status"] == "verified"
    assert window.model.rowCount() == shown  # still listed...
    assert window.current_quote_id() == quote_id  # ...still selected, details still showing it
    assert window.detail.quote["status"] == "verified"
    row = window.model.row_of(quote_id)
    assert window.model.index(row, COLUMN_INDEX["status"]).data().lower() == "verified"

    window.check_for_changes()  # the watch timer: our own edit is not an outside change
    assert window.model.row_of(quote_id) is not None

    choose_status(window, "verified")
    choose_status(window, "auto")  # the filter changed: now it goes
    assert window.model.row_of(quote_id) is None
    assert window.model.rowCount() == shown - 1


def test_edit_in_place_under_a_speaker_filter_then_reload_drops_it(window, lib, qtbot):
    speaker = window.model.quote_at(0)["speaker"]
    assert speaker
    window.filter_by_speaker(speaker)
    shown = window.model.rowCount()
    quote_id = window.model.quote_id(0)
    window.edit_field(quote_id, "speaker", "Someone Else Entirely")
    assert window.model.row_of(quote_id) == 0
    assert window.model.quote_at(0)["speaker"] == "Someone Else Entirely"
    window.refresh_all()  # View > Reload re-runs the filter
    assert window.model.row_of(quote_id) is None
    assert window.model.rowCount() == shown - 1
