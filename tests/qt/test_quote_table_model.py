"""The quote table model: Qt's model checks, lazy paging, sorting on every column."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import Qt
from homsquotes.ui.views import quote_table_model
from homsquotes.ui.views.quote_table_model import COLUMNS, QuoteTableModel


def test_model_passes_qtmodeltester(lib, qtmodeltester):
    model = QuoteTableModel(lib)
    assert model.rowCount() >= 9
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model, force_py=False)


def test_model_stays_valid_through_filter_sort_and_edit(lib, qtmodeltester):
    model = QuoteTableModel(lib)
    qtmodeltester.check(model, force_py=False)  # the C++ tester keeps watching the signals below
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filter(QuoteFilter(kind="direct"))
    model.setData(model.index(0, 0), "Someone Else", Qt.ItemDataRole.EditRole)
    model.set_filter(QuoteFilter())
    assert model.rowCount() == lib.count_quotes(QuoteFilter())


def test_rows_are_fetched_a_page_at_a_time(lib, monkeypatch):
    monkeypatch.setattr(quote_table_model, "PAGE_SIZE", 4)
    calls: list[int] = []
    original = lib.quotes_by_ids

    def counting(ids):
        calls.append(len(ids))
        return original(ids)

    monkeypatch.setattr(lib, "quotes_by_ids", counting)
    model = QuoteTableModel(lib)
    assert calls == []  # opening the model reads ids only
    model.index(0, 0).data()
    model.index(3, 2).data()
    assert calls == [4]
    model.index(5, 0).data()
    assert calls == [4, min(4, model.rowCount() - 4)]


def test_every_column_sorts_like_the_library(lib):
    model = QuoteTableModel(lib)
    for column, spec in enumerate(COLUMNS):
        for order, descending in (
            (Qt.SortOrder.AscendingOrder, False),
            (Qt.SortOrder.DescendingOrder, True),
        ):
            model.sort(column, order)
            assert model.ids == lib.quote_ids(QuoteFilter(), sort=spec.sort, descending=descending)


def test_invalid_choices_are_refused(lib):
    model = QuoteTableModel(lib)
    kind = [c.key for c in COLUMNS].index("kind")
    assert not model.setData(model.index(0, kind), "nonsense", Qt.ItemDataRole.EditRole)
    text = [c.key for c in COLUMNS].index("text")
    assert not model.flags(model.index(0, text)) & Qt.ItemFlag.ItemIsEditable
