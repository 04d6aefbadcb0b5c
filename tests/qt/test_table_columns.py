"""The table's optional columns: confidence (bar and number), date, publisher and tags; the
chooser shows and hides them and the choice and widths come back on the next start."""

from __future__ import annotations

from homsquotes.ui.qt import QMenu, Qt
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX, OPTIONAL_COLUMNS, QuoteTableModel
from homsquotes.ui.views.table_columns import column_menu, confidence_colour


def test_confidence_shows_by_default_and_the_other_optional_columns_can_be_chosen(window, lib):
    table = window.table
    confidence = COLUMN_INDEX["confidence"]
    assert not table.isColumnHidden(confidence)
    for key in ("article_published", "article_publisher", "tags"):
        assert table.isColumnHidden(COLUMN_INDEX[key])
    quote = window.model.quote_at(0)
    shown = window.model.index(0, confidence).data()
    assert shown == f"{quote['confidence']:.2f}"
    menu = column_menu(table, QMenu(table))
    entries = {a.text(): a for a in menu.actions()}
    assert set(entries) == {"Confidence", "Date", "Publisher", "Tags"}
    entries["Publisher"].setChecked(True)
    publisher = COLUMN_INDEX["article_publisher"]
    assert not table.isColumnHidden(publisher) and table.columnWidth(publisher) >= 30
    article = lib.article(quote["article_id"])
    assert window.model.index(0, publisher).data() == (article["publisher"] or "")


def test_column_choice_and_widths_are_remembered(window, lib, qtbot):
    from homsquotes.ui.window.main_window import MainWindow

    tags = COLUMN_INDEX["tags"]
    window.table.setColumnHidden(tags, False)
    window.table.setColumnWidth(tags, 177)
    window.close()
    again = MainWindow(lib, seed=False)
    qtbot.addWidget(again)
    again.show()
    assert not again.table.isColumnHidden(tags)
    assert abs(again.table.columnWidth(tags) - 177) <= 1
    again.close()


def test_tags_column_joins_the_tags_and_sorts(window, lib):
    quote_id = window.model.quote_id(0)
    window.edit_field(quote_id, "tags", ["siege", "aid"])
    row = window.model.row_of(quote_id)
    assert window.model.index(row, COLUMN_INDEX["tags"]).data() == "aid, siege"
    window.model.sort(COLUMN_INDEX["tags"], Qt.SortOrder.DescendingOrder)
    assert window.model.ids[0] == quote_id


def test_confidence_colours_run_red_amber_green():
    red, amber, green = (confidence_colour(v) for v in (0.3, 0.8, 0.95))
    assert red.red() > red.green() and green.green() > green.red()
    assert amber != red and amber != green


def test_the_table_model_with_every_column_passes_qtmodeltester(lib, qtmodeltester):
    model = QuoteTableModel(lib)
    assert model.columnCount() >= len(OPTIONAL_COLUMNS) + 6
    qtmodeltester.check(model)
