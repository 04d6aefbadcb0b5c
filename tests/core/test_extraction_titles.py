"""Titles of works are terms, not quotations: a book with its subtitle, a show named after "host
of" or before "star", a film's exclamation after "movie", an article headline with its byline
in a newsletter.  A headline-cased sentence that
someone says stays a quotation."""

import pytest

from homsquotes.core.extraction import extract


def kind_of(text: str, opening: str) -> str:
    article = extract("A headline for the story\n\n" + text)
    found = [q for q in article.quotes if q.text.lstrip("\"“‘'").startswith(opening)]
    assert found, [q.text for q in article.quotes]
    return found[0].kind


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        (
            'Voters have been reading Trump\'s new book, "Crippled America: How to Make America '
            'Great Again," for clues about his plans.',
            "Crippled America",
            "term",
        ),
        (
            "He is now host of \"The Nightly Show with Larry Wilmore.\"\n\nThe dinner raised "
            "money for scholarships.",
            "The Nightly Show",
            "term",
        ),
        (
            'According to "The Trumps: Three Generations That Built an Empire," by Gwenda Blair, '
            "he told his roommate about it.",
            "The Trumps",
            "term",
        ),
        (
            'FAREWELL -- "The Living Room to close at the end of December," by Times\' Ben '
            'Sisario: "The Living Room, a no-frills nightclub, will close after 18 years."',
            "The Living Room to close",
            "term",
        ),
        (
            "\u201cOrange is the New Black\u201d star Dascha Polanco opened up about her body "
            "image.",
            "Orange is",
            "term",
        ),
        (
            "Weiner acted in the Syfy movie \u201cSharknado 3: Oh Hell No!\u201d This past "
            "spring he was featured in a documentary.",
            "Sharknado",
            "term",
        ),
        (
            'Sanders is scheduled to appear on "The View" and "The Late Show With Stephen '
            'Colbert," among other media appearances.',
            "The Late Show",
            "term",
        ),
        (
            '"We Will Win This State," Mayor Ana Ruiz told the crowd on Sunday.',
            "We Will Win",
            "direct",
        ),
        (
            'The senator said in a column that "the Bill Will Pass the Senate: Trust Me" and '
            "left it there.",
            "the Bill",
            "direct",
        ),
    ],
)
def test_titles_of_works(text: str, opening: str, kind: str) -> None:
    assert kind_of(text, opening) == kind
