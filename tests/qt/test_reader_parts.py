"""An interrupted quotation in the reader and on the clipboard: its parts are highlighted and
copied, the reporter's words between them are not (the mention and cue stay marked)."""

from __future__ import annotations

import pytest

from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import ArticleMeta
from homsquotes.ui.qt import QGuiApplication, Qt, QTextCursor
from homsquotes.ui.views.reader import ArticleReader

HOLT = '"We will get through this," Holt said, "but it will not be easy for anyone."\n'
PIECES = ('"We will get through this,"', '"but it will not be easy for anyone."')
WORDS = ("We will get through this", "but it will not be easy for anyone")


@pytest.fixture
def holt(lib):
    result = lib.import_text(HOLT, ArticleMeta(title="Floods reach Leeds", publisher="Gazette",
                                               published="2025-01-06"))
    [quote] = lib.quotes(QuoteFilter(article_id=result.article_id))
    assert len(quote["parts"]) == 2
    return quote


@pytest.fixture
def reader(qtbot, holt):
    view = ArticleReader()
    qtbot.addWidget(view)
    view.show_article(holt["article_id"], HOLT, "Floods reach Leeds", [holt])
    return view


def _format_at(reader, offset):
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader._doc(offset) + 1)  # the format of the character before the cursor
    return cursor.charFormat()


def _highlighted(reader, offset):
    return _format_at(reader, offset).background().style() != Qt.BrushStyle.NoBrush


def test_each_part_is_highlighted_and_the_words_between_are_not(reader, holt):
    for piece in PIECES:
        start = HOLT.index(piece)
        assert all(_highlighted(reader, i) for i in range(start, start + len(piece)))
    gap = range(holt["parts"][0]["end"], holt["parts"][1]["start"])
    assert HOLT[gap.start : gap.stop] == " Holt said, "
    assert not any(_highlighted(reader, i) for i in gap)


def test_mention_and_cue_between_the_parts_stay_marked(reader, holt):
    mention, cue = HOLT.index("Holt"), HOLT.index("said")
    assert (holt["mention_start"], holt["cue_start"]) == (mention, cue)
    assert _format_at(reader, mention).fontUnderline()
    assert _format_at(reader, cue).fontItalic()
    assert not _format_at(reader, HOLT.index(", \"but")).fontItalic()


def test_clicking_between_the_parts_selects_nothing(reader, holt):
    first, second = holt["parts"]
    assert reader.quote_at(reader._doc(first["start"] + 1)) == holt["id"]
    assert reader.quote_at(reader._doc(second["end"] - 1)) == holt["id"]
    assert reader.quote_at(reader._doc(HOLT.index("said"))) is None


def test_the_current_quote_is_marked_part_by_part(reader, holt):
    reader.scroll_to_quote(holt["id"])
    selections = reader.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == [p["text"] for p in holt["parts"]]


def test_copy_of_an_interrupted_quotation_has_its_words_and_not_the_reporters(qapp, lib, holt):
    from homsquotes.ui.clipboard import copy_citations

    copy_citations([holt], lib.article_meta, "apa")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    for copied in (mime.text(), mime.html()):
        for words in WORDS:
            assert words in copied
        assert "Holt said" not in copied
