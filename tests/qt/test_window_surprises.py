"""The things that surprised new users: undo in a field, the article list's count line,
a quote added under a filter, an empty result, merge/rename messages, the copy message."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import QFont, QFontMetrics, QRect, QStyleOptionViewItem, Qt
from homsquotes.ui.views.article_list import PADDING, TITLE_LINES, ArticleList


def focus(qtbot, widget):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def test_ctrl_z_in_a_field_undoes_typing_first_then_the_library(window, lib, qtbot):
    quote_id = window.current_quote_id()
    window.edit_field(quote_id, "note", "first note")
    assert lib.quote(quote_id)["note"] == "first note"
    field = window.detail.affiliation
    focus(qtbot, field)
    before = field.text()
    qtbot.keyClicks(field, "xyz")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == before  # the typing went first
    assert lib.quote(quote_id)["note"] == "first note"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.quote(quote_id)["note"] in (None, "")  # nothing typed left: the library's turn
    assert window.statusBar().currentMessage().startswith("Undone")
    qtbot.keyClick(
        window.detail.affiliation,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lib.quote(quote_id)["note"] == "first note"
    assert window.statusBar().currentMessage().startswith("Redone")


def test_ctrl_z_with_nothing_anywhere_says_so(window, qtbot):
    focus(qtbot, window.detail.note)
    qtbot.keyClick(window.detail.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo"


def test_every_article_row_keeps_its_count_line_at_ten_long_titles(qtbot):
    articles = ArticleList()
    qtbot.addWidget(articles)
    articles.resize(300, 900)
    long_title = (
        "Negotiations over the evacuation of the Old City of Homs stall again as talks resume"
    )
    articles.set_articles(
        [
            {
                "id": i,
                "title": f"{long_title} ({i})" if i % 3 else f"Short {i}",
                "quote_count": i,
                "publisher": "Middle East Eye",
                "published": "2014-05-02",
            }
            for i in range(1, 11)
        ]
    )
    articles.show()
    qtbot.waitExposed(articles)
    assert articles.count() == 11
    # The list has uniform item sizes: it may size every row by any one row's hint, so each
    # row's hint (one-line "All articles" included) must leave room for two title lines.
    option = QStyleOptionViewItem()
    option.initFrom(articles)
    hints = {
        articles.itemDelegate().sizeHint(option, articles.list_model.index(r, 0)).height()
        for r in range(articles.count())
    }
    assert len(hints) == 1
    bold = QFont(articles.font())
    bold.setBold(True)
    title_metrics, detail_metrics = QFontMetrics(bold), QFontMetrics(articles.font())
    for row in range(articles.count()):
        index = articles.list_model.index(row, 0)
        rect = articles.visualRect(index)
        width = rect.width() - 2 * PADDING
        title = title_metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, index.data()
        ).height()
        title = min(title, title_metrics.lineSpacing() * TITLE_LINES)
        needed = title + 2 + detail_metrics.height() + 2 * PADDING
        assert rect.height() >= needed, f"row {row} cuts its count line"
        assert articles.details(row).split(" · ")[0].endswith(("quote", "quotes"))


def test_a_quote_added_under_a_hiding_filter_stays_selected_and_the_user_is_told(
    window, lib, qtbot
):
    quote = window.model.quote_at(0)
    article = lib.article(quote["article_id"])
    window.show_article(quote["article_id"])
    window.filters.kind.setCurrentIndex(window.filters.kind.findData("term"))
    qtbot.waitUntil(lambda: window.model.quote_filter.kind == "term", timeout=3000)
    taken = sorted((q["start"], q["end"]) for q in lib.quotes())
    gaps = [(a[1] + 2, b[0] - 2) for a, b in zip(taken, taken[1:], strict=False)]
    start, end = next((s, s + 30) for s, e in gaps if e - s >= 40)
    job = window.add_quote(start, end)
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=60_000)
    added = max(lib.quote_ids())
    assert lib.quote(added)["text"] == article["text"][start:end]
    qtbot.waitUntil(lambda: window.current_quote_id() == added, timeout=3000)
    assert window.detail.quote["id"] == added
    assert "filters" in window.statusBar().currentMessage()


def test_an_empty_search_clears_the_detail_pane(window, qtbot):
    assert window.detail.quote is not None
    window.search.setText("zzzxqj nothing like this")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    assert window.detail.quote is None
    assert window.detail.heading.text() == "No quote selected"


def test_merge_with_one_speaker_says_what_to_do_and_rename_says_what_happened(window, lib):
    view = window.speakers
    view.table.selectRow(0)
    view.merge_button.click()
    assert "two or more" in window.statusBar().currentMessage()
    old = view.selected_names()[0]
    view.rename_requested.emit(old, "Someone Renamed")
    assert (
        window.statusBar().currentMessage() == f"Renamed {old} to Someone Renamed (Ctrl+Z to undo)"
    )


def test_copy_says_in_which_style(window):
    window.select_row(0)
    window.copy_selected(style="mla")
    assert window.statusBar().currentMessage() == "Copied 1 citation (MLA 9)"


def test_tag_filter_matches_part_of_a_tag(window, lib, qtbot):
    window.edit_field(window.model.quote_id(0), "tags", ["siege-of-homs"])
    window.filters.tag.setEditText("homs")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert lib.count_quotes(QuoteFilter(tag="SIEGE")) == 1


def test_delete_says_it_can_be_undone(window):
    window.select_row(0)
    window.delete_selected()
    assert "Ctrl+Z to undo" in window.statusBar().currentMessage()
