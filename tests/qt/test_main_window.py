"""The main window over a real library file: listing, editing with undo, search, copy."""

from __future__ import annotations

import re

from homsquotes.appinfo import APP_NAME
from homsquotes.core.library import Library, QuoteFilter
from homsquotes.ui.qt import QGuiApplication, Qt
from homsquotes.ui.views.quote_table_model import COLUMN_INDEX


def test_title_names_the_library_file(window, library_path):
    assert window.windowTitle() == f"{APP_NAME} — {library_path.name}"


def test_seed_quotes_appear_in_the_table(window, lib):
    quotes = lib.quotes_by_ids(lib.quote_ids(QuoteFilter()))
    assert window.model.rowCount() == len(quotes) >= 9
    speaker_col = COLUMN_INDEX["speaker"]
    text_col = COLUMN_INDEX["text"]
    for row, quote in enumerate(quotes):
        assert window.model.index(row, text_col).data() == " ".join(quote["text"].split())
        assert window.model.index(row, speaker_col).data() == (quote["speaker"] or "")
    # The article list shows "All articles" plus the seed with its quote count.
    assert window.articles.count() == len(lib.articles()) + 1
    assert f"{len(quotes)} quotes" in window.articles.details(0)


def test_editing_a_speaker_persists_in_the_file_and_undo_restores_it(window, library_path):
    model = window.model
    index = model.index(0, COLUMN_INDEX["speaker"])
    quote_id = model.quote_id(0)
    before = model.quote_at(0)["speaker"]
    assert model.setData(index, "Jane Q. Researcher", Qt.ItemDataRole.EditRole)
    assert index.data() == "Jane Q. Researcher"
    with Library.open(library_path) as other:  # a second connection reads what is on disk
        assert other.quote(quote_id)["speaker"] == "Jane Q. Researcher"

    window.table.setFocus()
    window.undo_action.trigger()
    assert model.index(model.row_of(quote_id), COLUMN_INDEX["speaker"]).data() == (before or "")
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["speaker"] == before

    window.redo_action.trigger()
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["speaker"] == "Jane Q. Researcher"


def test_detail_editor_writes_affiliation(window, library_path, qtbot):
    window.select_row(1)
    quote_id = window.current_quote_id()
    assert window.detail.quote["id"] == quote_id
    window.detail.affiliation.setFocus()
    window.detail.affiliation.selectAll()
    qtbot.keyClicks(window.detail.affiliation, "Test Institute")
    qtbot.keyClick(window.detail.affiliation, Qt.Key.Key_Return)
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["affiliation"] == "Test Institute"
    assert window.model.index(1, COLUMN_INDEX["affiliation"]).data() == "Test Institute"


def test_search_filters_the_table(window, lib, qtbot):
    total = window.model.rowCount()
    first = lib.quotes_by_ids(lib.quote_ids(QuoteFilter()))[0]
    word = max(re.findall(r"[A-Za-z]{5,}", first["text"]), key=len)
    expected = lib.count_quotes(QuoteFilter(search=word))
    assert 1 <= expected < total
    qtbot.keyClicks(window.search, word)
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=3000)
    shown = [window.model.quote_id(r) for r in range(window.model.rowCount())]
    assert first["id"] in shown
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=3000)


def test_kind_filter(window, lib):
    window.filters.kind.setCurrentIndex(window.filters.kind.findData("direct"))
    assert window.model.rowCount() == lib.count_quotes(QuoteFilter(kind="direct"))
    kinds = {window.model.quote_at(r)["kind"] for r in range(window.model.rowCount())}
    assert kinds == {"direct"}


def test_copy_puts_html_and_plain_text_on_the_clipboard(window):
    window.select_row(0)
    quote = window.model.quote_at(0)
    QGuiApplication.clipboard().clear()
    window.copy_selected()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    first_words = " ".join(quote["text"].strip("“”\"' ").split()[:3])
    assert first_words in mime.text()
    assert "<" in mime.html() and first_words.split()[0] in mime.html()


def test_selecting_a_quote_scrolls_the_reader_and_clicking_the_reader_selects(window):
    window.select_row(2)
    quote = window.model.quote_at(2)
    assert window.reader.article_id == quote["article_id"]
    assert window.reader.extraSelections()  # the current quote is highlighted
    # The reader maps a text position inside another quote back to that quote's id.
    other = window.model.quote_at(4)
    position = window.reader._doc(other["start"] + 1)
    assert window.reader.quote_at(position) == other["id"]
    # The speaker mention and the cue are marked in the text.
    from homsquotes.ui.qt import QFont, QTextCursor

    for name, check in (
        ("mention", lambda f: f.fontWeight() == QFont.Weight.Bold),
        ("cue", lambda f: f.fontItalic()),
    ):
        marked = [
            q
            for q in map(window.model.quote_at, range(window.model.rowCount()))
            if q.get(f"{name}_start") is not None
        ]
        if marked:
            cursor = QTextCursor(window.reader.document())
            cursor.setPosition(window.reader._doc(marked[0][f"{name}_start"]) + 1)
            assert check(cursor.charFormat())
    window.reader.quote_clicked.emit(other["id"])
    assert window.current_quote_id() == other["id"]


def test_delete_and_undo(window, library_path):
    total = window.model.rowCount()
    window.select_row(0)
    quote_id = window.current_quote_id()
    window.delete_selected()
    assert window.model.rowCount() == total - 1
    assert window.model.row_of(quote_id) is None
    window.undo()
    assert window.model.rowCount() == total
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["id"] == quote_id


def test_settings_remember_splitters(window, lib, qtbot, temp_settings):
    from homsquotes.ui.window.main_window import MainWindow

    window.main_splitter.setSizes([333, 900])
    remembered = window.main_splitter.sizes()[0]
    window.close()
    assert any(temp_settings.rglob("*.ini"))
    again = MainWindow(lib, seed=False)
    qtbot.addWidget(again)
    again.show()
    assert abs(again.main_splitter.sizes()[0] - remembered) <= 2


def test_add_quote_from_the_reader_selection(window, lib, qtbot):
    quote = window.model.quote_at(0)
    article = lib.article(quote["article_id"])
    taken = sorted((q["start"], q["end"]) for q in lib.quotes_by_ids(lib.quote_ids(QuoteFilter())))
    # A stretch of at least 40 characters that no quote covers.
    pairs = zip(taken, taken[1:], strict=False)
    gaps = [(a_end + 2, b_start - 2) for (_, a_end), (b_start, _) in pairs]
    start, end = next((s, s + 30) for s, e in gaps if e - s >= 40)
    window.show_article(quote["article_id"])
    before = lib.count_quotes(QuoteFilter())
    job = window.add_quote(start, end)
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=60_000)
    assert lib.count_quotes(QuoteFilter()) == before + 1
    added = lib.quote(window.current_quote_id())
    assert added["text"] == article["text"][start:end]
    assert window.reader.quote_at(window.reader._doc(start + 1)) == added["id"]


def test_detail_pane_says_what_the_citation_lacks(window, lib, qtbot):
    from homsquotes.core.citations import missing_metadata

    window.select_row(1)
    quote = window.model.quote_at(1)
    expected = list(missing_metadata(lib.article_meta(quote["article_id"])))
    if expected:
        qtbot.waitUntil(lambda: window.detail.missing.isVisible(), timeout=3000)
        assert all(word in window.detail.missing.text() for word in expected)
    else:
        qtbot.wait(400)
        assert not window.detail.missing.isVisible()


def test_typing_in_progress_is_kept_on_refresh_and_close(window, library_path, qtbot):
    window.select_row(0)
    quote_id = window.current_quote_id()
    window.detail.note.setFocus()
    qtbot.keyClicks(window.detail.note, "check the original recording")
    window.refresh_all()  # e.g. a background import finished meanwhile
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["note"] == "check the original recording"
    window.detail.affiliation.setText("Typed, never left the field")
    window.close()
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["affiliation"] == "Typed, never left the field"


def test_keyboard_shortcuts_copy_and_undo(window, library_path, qtbot):
    window.activateWindow()
    window.table.setFocus()
    window.select_row(0)
    quote_id = window.current_quote_id()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().mimeData().hasHtml()

    before = window.model.quote_at(0)["affiliation"]
    window.model.setData(window.model.index(0, COLUMN_INDEX["affiliation"]), "Via keyboard")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["affiliation"] == before
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_Z, redo)
    with Library.open(library_path) as other:
        assert other.quote(quote_id)["affiliation"] == "Via keyboard"


def test_context_menu_offers_every_style_and_copies_in_it(window):
    from homsquotes.core.citations import available_styles
    from homsquotes.ui.qt import QMenu

    window.select_row(0)
    menu = QMenu()
    window._fill_style_menu(menu)
    actions = menu.actions()
    assert len(actions) == len(available_styles())
    copied = set()
    for action in actions:
        action.trigger()
        mime = QGuiApplication.clipboard().mimeData()
        assert mime.hasHtml() and mime.hasText()
        copied.add(mime.text())
    # Each guide formats differently; Chicago's 17th and 18th editions may agree on an article.
    guides = {s["name"].removesuffix("-17") for s in available_styles()}
    assert len(guides) <= len(copied) <= len(actions)


def test_reader_greys_page_furniture_but_not_quotes(window):
    from homsquotes.ui.qt import QPalette, QTextCursor

    window.select_row(0)
    reader = window.reader
    text = reader.text
    assert reader.dimmed, "the seed page carries furniture"
    grey = reader.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def colour_at(offset):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader._doc(offset) + 1)
        return cursor.charFormat().foreground().color()

    start, end = reader.dimmed[0]
    assert colour_at(start) == grey and text[start:end].strip()
    quote = window.model.quote_at(0)
    assert not any(s <= quote["start"] < e for s, e in reader.dimmed)
    assert colour_at(quote["start"]) != grey
