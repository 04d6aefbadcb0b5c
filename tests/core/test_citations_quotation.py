"""Citations quote only what was said: interrupted quotations and nested marks, per style.

Manual sections: APA 7 §8.31 (omission: three spaced points), §8.32 (single marks inside
double); MLA 9 §6.56 (ellipsis ". . ."), §6.45 (marks within a quotation); CMOS 18 §12.59
(spaced ellipsis points), §12.30 (single within double); Cite Them Right 12 "Quotations"
(single marks, double inside them; an omission is "…").
"""

from __future__ import annotations

import json

import pytest

from homsquotes.core.citations import cite_quote
from homsquotes.core.citations.marks import Marks, restyle_marks
from homsquotes.core.citations.quoting import format_quotation, part_texts
from homsquotes.core.model import ArticleMeta, Quote, Span

META = ArticleMeta(title="Floods: the town counts the cost", publisher="The Northern Echo",
                   published="2024-02-05", url="https://echo.example/floods")
ARTICLE = '"We will get through this," Holt said, "but it will not be easy for anyone."'
STYLES = ["apa", "mla", "chicago", "chicago-author-date", "harvard"]
AMERICAN = Marks("“", "”", "‘", "’")
BRITISH = Marks("‘", "’", "“", "”")


def _holt_quote() -> dict:
    """The interrupted quotation as the extractor gives it: one quote in two parts."""
    first = ARTICLE.index('"but')
    parts = [Span(0, 28, ARTICLE[0:28]), Span(first, len(ARTICLE), ARTICLE[first:])]
    quote = Quote(text="", start=0, end=0, speaker="Jane Holt", speaker_type="person",
                  affiliation="spoke to reporters in Leeds on Monday")
    quote.set_parts(parts)
    assert [p.text for p in quote.parts] == [ARTICLE[p.start:p.end] for p in quote.parts]
    return quote.to_dict()


@pytest.mark.parametrize("style", STYLES)
def test_an_interrupted_quotation_cites_only_the_quoted_words(style: str) -> None:
    """Issue 8's acceptance: both parts, never the reporter's 'Holt said'."""
    citation = cite_quote(_holt_quote(), META, style)
    for text in (citation.text, citation.html):
        assert "We will get through this" in text
        assert "but it will not be easy for anyone" in text
        assert "Holt said" not in text
        assert "‘ Holt" not in text and "’but" not in text


@pytest.mark.parametrize(("style", "quotation"), [
    ("apa", "“We will get through this . . . but it will not be easy for anyone”"),
    ("mla", "“We will get through this . . . but it will not be easy for anyone”"),
    ("chicago", "“We will get through this . . . but it will not be easy for anyone”"),
    ("chicago-author-date", "“We will get through this . . . but it will not be easy for anyone”"),
    ("harvard", "‘We will get through this … but it will not be easy for anyone’"),
])
def test_the_parts_are_joined_by_the_styles_ellipsis(style: str, quotation: str) -> None:
    assert cite_quote(_holt_quote(), META, style).quotation == quotation


@pytest.mark.parametrize("style", STYLES)
def test_a_quote_read_without_parts_is_split_at_the_joiner(style: str) -> None:
    """Until the library stores parts, its text is the parts joined by PART_JOINER."""
    quote = _holt_quote()
    stored = {"text": quote["text"], "speaker": "Jane Holt"}
    assert part_texts(stored) == [p["text"] for p in quote["parts"]]
    assert cite_quote(stored, META, style).quotation == cite_quote(quote, META, style).quotation
    as_json = {"text": quote["text"], "parts": json.dumps(quote["parts"])}
    assert part_texts(as_json) == [p["text"] for p in quote["parts"]]
    # A speaker's own ellipsis is not a joiner: nothing is split inside one quotation.
    assert part_texts({"text": "“Wait … and see.”"}) == ["“Wait … and see.”"]


def test_a_finished_sentence_keeps_its_point_before_the_ellipsis() -> None:
    parts = ['"We will win."', '"It will be hard."']
    assert format_quotation(parts, AMERICAN, ". . .")[0] == "“We will win. . . . It will be hard”"
    assert format_quotation(parts, BRITISH, "…")[0] == "‘We will win. … It will be hard’"


def test_trimming_counts_the_words_of_every_part() -> None:
    parts = ['"one two three,"', '"four five six seven."']
    text, trimmed = format_quotation(parts, AMERICAN, ". . .", max_words=5)
    assert (text, trimmed) == ("“one two three . . . four five . . .”", True)
    assert format_quotation(parts, AMERICAN, ". . .", max_words=3) == (
        "“one two three . . .”", True)


# (article's part, APA/MLA/Chicago quotation, Harvard quotation)
NESTED = [
    ('"They called it \'a farce\' and left."',
     "“They called it ‘a farce’ and left”", "‘They called it “a farce” and left’"),
    ("‘They called it “a farce” and left.’",
     "“They called it ‘a farce’ and left”", "‘They called it “a farce” and left’"),
    ("“They called it “a farce” and left.”",
     "“They called it ‘a farce’ and left”", "‘They called it “a farce” and left’"),
    ("«Ils l'ont appelé «une farce».»",
     "“Ils l'ont appelé ‘une farce’”", "‘Ils l'ont appelé “une farce”’"),
    ("„Sie nannten es „eine Farce“.“",
     "“Sie nannten es ‘eine Farce’”", "‘Sie nannten es “eine Farce”’"),
    ("''They called it \"a farce\".''",
     "“They called it ‘a farce’”", "‘They called it “a farce”’"),
    ("“He said ‘she told me “no” twice’ today.”",
     "“He said ‘she told me “no” twice’ today”", "‘He said “she told me ‘no’ twice” today’"),
    # TeX style: a backtick opens, an apostrophe closes
    ("''He told me `go home' and I went.''",
     "“He told me ‘go home’ and I went”", "‘He told me “go home” and I went’"),
    ("`We will stay here,'", "“We will stay here”", "‘We will stay here’"),
    ("“I don't see 'im, and the workers’ union won't either.”",
     "“I don't see 'im, and the workers’ union won't either”",
     "‘I don't see 'im, and the workers’ union won't either’"),
]


@pytest.mark.parametrize(("part", "american", "british"), NESTED)
@pytest.mark.parametrize("style", STYLES)
def test_nested_marks_alternate_by_the_styles_rule(
        style: str, part: str, american: str, british: str) -> None:
    expected = british if style == "harvard" else american
    citation = cite_quote({"text": part, "speaker": "Ann Smith"}, META, style)
    assert citation.quotation == expected
    assert expected in citation.text


def test_nested_marks_in_an_interrupted_quotation() -> None:
    parts = ['"It was \'over\',"', '"and \'done\'."']
    assert format_quotation(parts, BRITISH, "…")[0] == "‘It was “over” … and “done”’"


def test_restyle_marks_leaves_apostrophes_and_elisions() -> None:
    assert restyle_marks("'tis the '90s, O'Neill's year", AMERICAN) == (
        "'tis the '90s, O'Neill's year")
    assert restyle_marks('he said "no"', AMERICAN) == "he said ‘no’"


@pytest.mark.parametrize(("part", "body"), [
    ("“He called it ‘a farce’", "He called it ‘a farce’"),  # unclosed: the inner mark stays
    ("“It is a matter of deep regret,\"", "It is a matter of deep regret,"),  # mixed marks
    ("''We stay,''", "We stay,"),
    ("„Ja“", "Ja"),
    ("“First paragraph.\n\n“Second paragraph.”", "First paragraph. Second paragraph."),
    # a PDF paste: a word hyphenated at a line end stays one word
    ('"had never con-\nsidered a well-\nknown plan,"', "had never con-sidered a well-known plan,"),
    # a forwarded email: each line of the quotation carries the reply prefix
    ('"We have no money\n> left.\n>\n> "Nothing at all."',
     "We have no money left. Nothing at all."),
])
def test_only_the_articles_own_pair_of_marks_is_removed(part: str, body: str) -> None:
    from homsquotes.core.citations.quoting import strip_outer_marks

    assert strip_outer_marks(part) == body


MARK_CHARS = "\"'“”‘’«»„‚‹›「」『』`"


def _without_marks(text: str) -> str:
    return "".join(c for c in text if c not in MARK_CHARS)


@pytest.mark.parametrize("marks", [AMERICAN, BRITISH])
def test_restyling_changes_only_marks_and_never_leaves_the_articles(marks: Marks) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["we", "don't", "O'Neill", "'tis", "left", "Homs", "—", ",", "."])
    marks_st = st.sampled_from(['"', "“", "”", "‘", "’", "«", "»", "''", "``", "'"])
    pieces = st.lists(st.one_of(words, marks_st), max_size=14)

    @settings(max_examples=300, deadline=None)
    @given(pieces)
    def check(tokens: list[str]) -> None:
        body = " ".join(tokens)
        out = restyle_marks(body, marks)
        assert _without_marks(out) == _without_marks(body)  # the words are untouched
        style_marks = {marks.open, marks.close, marks.inner_open, marks.inner_close, "'"}
        assert {c for c in out if c in MARK_CHARS} <= style_marks | {"’"}

    check()
