"""The window's search lists the best matches first, still as ids plus lazily fetched rows."""

from __future__ import annotations

from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import ExtractedArticle, Quote
from homsquotes.ui.qt import Qt
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX, QuoteTableModel

ARTICLE = (
    '"Gravel and more gravel arrived late in the long hot summer for the new road," '
    'said Ann Weaver. "Gravel, gravel, gravel," said Bob Carter.'
)


def add_ranked_article(lib) -> None:
    quotes = []
    for fragment, speaker in [
        ('"Gravel and more gravel arrived late in the long hot summer for the new road,"', "Ann"),
        ('"Gravel, gravel, gravel,"', "Bob"),
    ]:
        start = ARTICLE.index(fragment)
        quotes.append(
            Quote(text=fragment, start=start, end=start + len(fragment), speaker=f"{speaker} X")
        )
    lib.import_text(ARTICLE, extracted=ExtractedArticle(title="Gravel", quotes=quotes))


def test_a_search_shows_the_best_match_first_and_a_header_click_still_sorts(lib):
    add_ranked_article(lib)
    model = QuoteTableModel(lib)
    model.set_filter(QuoteFilter(search="gravel"))
    speaker = COLUMN_INDEX["speaker"]
    assert [model.index(r, speaker).data() for r in range(model.rowCount())] == ["Bob X", "Ann X"]
    assert model.ids == lib.quote_ids(QuoteFilter(search="gravel"), sort="relevance")
    model.sort(COLUMN_INDEX["speaker"], Qt.SortOrder.AscendingOrder)
    assert [model.index(r, speaker).data() for r in range(model.rowCount())] == ["Ann X", "Bob X"]
    model.sort(-1)  # back to no column: best first again
    assert model.index(0, speaker).data() == "Bob X"


def test_the_window_search_box_ranks_in_the_background(window, lib, qtbot):
    add_ranked_article(lib)
    window.model.reload()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    qtbot.keyClicks(window.search, "gravel")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and not window.model.loading, timeout=5000)
    assert window.model.ids == lib.quote_ids(window.model.quote_filter, sort="relevance")
    assert window.model.index(0, COLUMN_INDEX["speaker"]).data() == "Bob X"
