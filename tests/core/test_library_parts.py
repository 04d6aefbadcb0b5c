"""An interrupted quotation in the library: its parts are stored, read, edited, undone and
carried to a new version of the article."""

import json

import pytest

from homsquotes.core.errors import InputError
from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import PART_JOINER, ArticleMeta

HOLT = '"We will get through this," Holt said, "but it will not be easy for anyone."\n'
FIRST = '"We will get through this,"'
SECOND = '"but it will not be easy for anyone."'


def _offsets(text, piece):
    start = text.index(piece)
    return start, start + len(piece)


@pytest.fixture
def holt(lib):
    article_id = lib.import_text(HOLT, ArticleMeta(title="Floods", url="https://ex.org/floods"))
    [quote] = lib.quotes(QuoteFilter(article_id=article_id.article_id))
    return quote


def test_import_stores_each_part_and_only_the_quoted_words(lib, holt):
    expected = [_offsets(HOLT, FIRST), _offsets(HOLT, SECOND)]
    assert [(p["start"], p["end"]) for p in holt["parts"]] == expected
    assert [p["text"] for p in holt["parts"]] == [FIRST, SECOND]
    assert holt["text"] == FIRST + PART_JOINER + SECOND
    assert (holt["start"], holt["end"]) == (expected[0][0], expected[1][1])
    stored = lib.db.execute("SELECT parts FROM quotes WHERE id = ?", [holt["id"]]).fetchone()[0]
    assert json.loads(stored) == [list(p) for p in expected]


def test_a_quote_in_one_piece_has_one_part(lib):
    text = 'The minister said: "Nothing has changed."\n'
    result = lib.import_text(text)
    [quote] = lib.quotes(QuoteFilter(article_id=result.article_id))
    assert quote["parts"] == [{"start": quote["start"], "end": quote["end"], "text": quote["text"]}]
    assert text[quote["start"] : quote["end"]] == quote["text"]


def test_setting_parts_rebuilds_text_span_and_anchors_and_undo_restores_them(lib, holt):
    whole = (holt["start"], holt["end"])
    lib.edit_quote(holt["id"], parts=[whole])
    merged = lib.quote(holt["id"])
    assert merged["text"] == HOLT[whole[0] : whole[1]] and len(merged["parts"]) == 1
    assert merged["status"] == "edited"
    lib.edit_quote(holt["id"], parts=[_offsets(HOLT, SECOND)])
    second = lib.quote(holt["id"])
    assert second["text"] == SECOND and second["start"] == HOLT.index(SECOND)
    assert HOLT[: second["start"]].endswith(second["prefix"])
    lib.undo()
    lib.undo()
    back = lib.quote(holt["id"])
    assert back["parts"] == holt["parts"] and back["text"] == holt["text"]
    assert (back["prefix"], back["suffix"], back["status"]) == (
        holt["prefix"], holt["suffix"], "auto"
    )
    lib.redo()
    assert lib.quote(holt["id"])["parts"] == merged["parts"]


def test_typed_text_becomes_one_part_and_the_same_text_keeps_the_parts(lib, holt):
    ops = len(lib.history())
    lib.edit_quote(holt["id"], text=holt["text"])
    assert lib.quote(holt["id"])["parts"] == holt["parts"] and len(lib.history()) == ops
    lib.edit_quote(holt["id"], text="We will get through this")
    typed = lib.quote(holt["id"])
    assert typed["parts"] == [
        {"start": holt["start"], "end": holt["end"], "text": "We will get through this"}
    ]
    lib.undo()
    assert lib.quote(holt["id"])["parts"] == holt["parts"]


@pytest.mark.parametrize(
    "parts", [[], [(5, 2)], [(0, 10_000)], [(30, 40), (0, 10)], [(0, 20), (10, 30)]]
)
def test_parts_out_of_bounds_or_order_are_refused_and_change_nothing(lib, holt, parts):
    with pytest.raises(InputError):
        lib.edit_quote(holt["id"], parts=parts)
    assert lib.quote(holt["id"]) == holt


def test_parts_and_text_together_are_refused(lib, holt):
    with pytest.raises(InputError):
        lib.edit_quote(holt["id"], parts=[(0, 5)], text="x")


def test_clearing_the_review_flag_is_not_an_edit_of_the_quote(lib, holt):
    lib.edit_quote(holt["id"], review="look again")
    assert lib.quote(holt["id"])["review"] == "look again"
    lib.edit_quote(holt["id"], review=None)
    cleared = lib.quote(holt["id"])
    assert cleared["review"] is None and cleared["status"] == "auto"


@pytest.mark.parametrize(
    "new_text",
    [
        "Updated at noon.\n\n" + HOLT,  # everything moved
        HOLT.replace("Holt said", "Jane Holt told reporters"),  # the words between changed
    ],
)
def test_an_edited_quote_keeps_its_parts_on_a_new_version(lib, holt, new_text):
    lib.edit_quote(holt["id"], note="checked", tags=["floods"])
    result = lib.import_text(new_text, ArticleMeta(title="Floods", url="https://ex.org/floods"))
    [carried] = [
        q for q in lib.quotes(QuoteFilter(article_id=result.article_id)) if q["note"] == "checked"
    ]
    assert [p["text"] for p in carried["parts"]] == [FIRST, SECOND]
    for part in carried["parts"]:
        assert new_text[part["start"] : part["end"]] == part["text"]
    assert carried["tags"] == ["floods"] and carried["status"] == "edited"


def test_suggested_parts_of_a_quote_kept_whole(lib, holt):
    assert lib.suggested_parts(holt["id"]) is None  # already in parts
    lib.edit_quote(holt["id"], parts=[(holt["start"], holt["end"])])
    assert lib.suggested_parts(holt["id"]) == [_offsets(HOLT, FIRST), _offsets(HOLT, SECOND)]


def test_stored_offsets_and_text_read_back_part_by_part_even_with_an_ellipsis_inside():
    from homsquotes.core.library.parts import decode_parts, encode_parts
    from homsquotes.core.model import Span

    article = '"We will … get through," she said, "and win."'
    first, second = _offsets(article, '"We will … get through,"'), _offsets(article, '"and win."')
    spans = [Span(*first, article[slice(*first)]), Span(*second, article[slice(*second)])]
    stored = encode_parts(spans)
    assert json.loads(stored) == [list(first), list(second)]
    text = PART_JOINER.join(s.text for s in spans)
    parts = decode_parts(stored, text, first[0], second[1])
    assert [p["text"] for p in parts] == [s.text for s in spans]
    assert encode_parts(spans[:1]) is None  # one piece: NULL


@pytest.mark.parametrize("stored", ["[[0, 5], [9, 12]]", "not json", "[[3, 1]]", "[[0, 40]]"])
def test_a_column_that_does_not_fit_the_text_reads_as_one_part(stored):
    from homsquotes.core.library.parts import decode_parts

    assert decode_parts(stored, "typed by hand", 0, 20) == [
        {"start": 0, "end": 20, "text": "typed by hand"}
    ]
