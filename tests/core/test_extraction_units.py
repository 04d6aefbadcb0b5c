"""The pieces under the sieves: sentence units, masked snippets and plain surface attributions."""

import pytest

from homsquotes.core.extraction.attribution.surface import simple_attributions
from homsquotes.core.extraction.layout.segments import split_units
from homsquotes.core.extraction.layout.snippets import PLACEHOLDER, build_snippet


def _units(text, quotes=()):
    return [text[u.start : u.end] for u in split_units(text, list(quotes))]


def test_units_never_cut_inside_a_quotation():
    text = "“First. Second,” she said. Then it rained."
    quote = (0, text.index(",”") + 2)
    assert _units(text, [quote]) == ["“First. Second,” she said.", "Then it rained."]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sen. Ted Cruz spoke. He left.", ["Sen. Ted Cruz spoke.", "He left."]),
        ("The U.S. Army said no. It was late.", ["The U.S. Army said no.", "It was late."]),
        ("One line\nAnother line", ["One line", "Another line"]),
    ],
)
def test_units_skip_abbreviations_and_stop_at_line_breaks(text, expected):
    assert _units(text) == expected


def test_question_closing_a_quotation_does_not_end_the_unit():
    text = "“Would it work?” Hannity pressed. “Maybe.”"
    first = (0, text.index("?”") + 2)
    second = (text.rindex("“"), len(text))
    assert _units(text, [first, second])[0] == "“Would it work?” Hannity pressed."


def test_paragraph_index_counts_blank_lines_once():
    text = "One.\n\nTwo.\n\n\nThree."
    assert [u.paragraph for u in split_units(text, [])] == [0, 1, 2]


def test_snippet_masks_quotations_and_maps_back():
    text = "Intro. “A long quotation, with words,” Jane Doe said, “and more.” End."
    q1 = (text.index("“A"), text.index("words,”") + 7)
    q2 = (text.index("“and"), text.index("more.”") + 6)
    start = text.index("“A")
    snip = build_snippet(text, start, len(text), [(*q1, 0), (*q2, 1)])
    assert snip.text.count(PLACEHOLDER) == 2
    assert "A long quotation" not in snip.text
    name_at = snip.text.index("Jane Doe")
    assert text[snip.to_article(name_at) : snip.to_article(name_at + 8)] == "Jane Doe"
    hole = snip.text.index(PLACEHOLDER)
    assert snip.hole_at(hole) == 0 and snip.to_article(hole) == -1


@pytest.mark.parametrize(
    "unit,mention,cue",
    [
        ("“We won,” she said.", "she", "said"),
        ("“We won,” said Jane Doe, a spokeswoman.", "Jane Doe", "said"),
        ("“We won!” Sen. Ted Cruz told reporters on Monday.", "Sen. Ted Cruz", "told"),
    ],
)
def test_plain_attributions_are_read_without_parsing(unit, mention, cue):
    quote = (0, unit.index("” ") + 1)
    (found,) = simple_attributions(unit, 0, len(unit), [quote])
    (ms, me), (cs, ce), _is_name = found
    assert unit[ms:me] == mention and unit[cs:ce] == cue


@pytest.mark.parametrize(
    "unit",
    [
        "He said: “We won.”",  # the quotation does not open the unit
        "“We won.” She left.",  # no attribution slot after a full stop
        "“We won,” the senator said.",  # a nominal speaker needs the parser
        "“We won,” told Jane Doe.",  # "told" never takes a late subject
    ],
)
def test_anything_less_plain_goes_to_the_parser(unit):
    start = unit.index("“")
    end = unit.index("”") + 1
    assert simple_attributions(unit, 0, len(unit), [(start, end)]) is None
