"""Big libraries: the window's id and sidebar queries run on a read thread, not the UI thread."""

from __future__ import annotations

import threading

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import Qt
from homsquotes.ui.window import main_window


def test_big_library_reads_off_the_ui_thread(lib, qtbot, qtmodeltester, monkeypatch):
    monkeypatch.setattr(main_window, "BACKGROUND_READ_ROWS", 0)
    query_threads: list[threading.Thread] = []
    original = type(lib).quote_ids

    def spy(self, *args, **kwargs):
        query_threads.append(threading.current_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(lib), "quote_ids", spy)
    window = main_window.MainWindow(lib, seed=False)
    qtbot.addWidget(window)
    window.show()
    assert window.model.reader is not None
    total = lib.count_quotes(QuoteFilter())
    qtbot.waitUntil(
        lambda: window.model.rowCount() == total and not window.model.loading, timeout=10_000
    )
    qtbot.waitUntil(lambda: window.articles.count() == len(lib.articles()) + 1, timeout=10_000)
    assert window.current_quote_id() is not None  # first row selected once rows arrived
    assert query_threads[0] is not threading.main_thread()  # the first, big id query
    qtmodeltester.check(window.model, force_py=False)  # keeps watching the async resets below

    window.search.setText("the")
    expected = lib.count_quotes(QuoteFilter(search="the"))
    qtbot.waitUntil(
        lambda: window.model.rowCount() == expected and not window.model.loading, timeout=10_000
    )

    window.search.clear()
    qtbot.waitUntil(
        lambda: window.model.rowCount() == total and not window.model.loading, timeout=10_000
    )
    speaker_column = 0
    window.table.sortByColumn(speaker_column, Qt.SortOrder.DescendingOrder)
    expected_order = original(lib, QuoteFilter(), sort="speaker", descending=True)
    qtbot.waitUntil(lambda: window.model.ids == expected_order, timeout=10_000)
    window.close()
