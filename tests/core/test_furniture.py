"""Page furniture: what a pasted web page carries around the article, its title and standfirst."""

from pathlib import Path

import pytest

from homsquotes.core.extraction.layout.furniture import ArticleLayout, find_layout

SEED = Path(__file__).resolve().parents[2] / "homsquotes" / "data" / "seed-article.txt"


def furniture_lines(text: str, layout: ArticleLayout) -> list[str]:
    return [text[s:e] for s, e in layout.furniture]


def test_seed_title_standfirst_and_furniture() -> None:
    text = SEED.read_text(encoding="utf-8")
    layout = find_layout(text)
    assert layout.title is not None
    assert (
        layout.title.text
        == "UN calls for fresh negotiations following an escalation of Homs violence"
    )
    assert text[layout.title.start : layout.title.end] == layout.title.text
    assert layout.standfirst is not None
    assert layout.standfirst.text.startswith("Activists say government forces have ceased")
    found = furniture_lines(text, layout)
    assert found[0] == "Skip to main content"
    assert any(line.endswith("make further gains (AFP)") for line in found)
    assert "New MEE newsletter: Jerusalem Dispatch" in found
    assert any(line.startswith("Sign up to get the latest insights") for line in found)
    assert found[-1].startswith("Middle East Eye delivers independent")
    # No paragraph holding a quotation is furniture.
    for start, end in layout.furniture:
        assert "Brahimi" not in text[start:end] and "said" not in text[start:end]


GUARDIAN_LIKE = """Skip to main navigation
The Daily Planet - Back to home
World
Europe

Ukraine war
Kyiv says talks with Moscow are 'not on the table' after drone strikes

Officials reject calls for a ceasefire as attacks on power grid intensify

Firefighters at the site of a strike in Kyiv on Tuesday. Photograph: Ann Lee/Reuters

Tue 24 Nov 2026 14.05 GMT

Share

The foreign minister said talks were "not on the table while missiles fall on our cities".

“We will not negotiate under fire,” he told reporters.

Explore more on these topics
Ukraine
Russia
Reuse this content
"""

WIRE_LIKE = """World
Russia hits Ukraine grid with drones, Kyiv says
By John Smith and Jane Doe
November 24, 2026 2:05 PM UTC

KYIV, Nov 24 (Wire) - Russian drones struck power facilities overnight, officials said.

"The situation is difficult," the energy minister said in a statement.

Reporting by John Smith; Editing by Jane Doe
© 2026 Wire News. All rights reserved.
"""

BRACKET_CAPTIONS = """Skip links
Skip to Content
News | Russia-Ukraine war
Kyiv rejects talks as drone strikes intensify
Officials say there can be no negotiation while attacks on civilians continue
A man walks past a damaged building in Kyiv [Ann Lee/Reuters]
Published On 24 Nov 2026
The minister has said talks are "not on the table".
"We will not negotiate under fire," he told reporters in Kyiv.
Advertisement
Follow Planet News on Twitter @planetnews.
Subscribe to our newsletter for the latest updates
"""


STAMPS_AND_LINK_LISTS = """Link copied!
By Jane Smith, Planet News
Updated 10:32 AM EST, Tue November 24, 2026
Kyiv says talks are off the table after drone strikes
2 hours ago
Save
Ukraine's foreign minister said on Tuesday that "talks are not on the table while missiles fall".
"We will not negotiate under fire," he told reporters.
A version of this article appears in print on Nov. 25, 2026, Section A, Page 1.
Related
Rail strikes: What you need to know
Winter blackouts loom as grid is hit again
"""


@pytest.mark.parametrize(
    ("text", "title", "standfirst", "furniture", "kept"),
    [
        (
            GUARDIAN_LIKE,
            "Kyiv says talks with Moscow are 'not on the table' after drone strikes",
            "Officials reject calls for a ceasefire as attacks on power grid intensify",
            [
                "Skip to main navigation",
                "The Daily Planet - Back to home",
                "World",
                "Europe",
                "Tue 24 Nov 2026 14.05 GMT",
                "Share",
                "Explore more on these topics",
                "Ukraine",
                "Reuse this content",
            ],
            ["“We will not negotiate under fire,” he told reporters."],
        ),
        (
            WIRE_LIKE,
            "Russia hits Ukraine grid with drones, Kyiv says",
            None,
            [
                "World",
                "By John Smith and Jane Doe",
                "November 24, 2026 2:05 PM UTC",
                "Reporting by John Smith; Editing by Jane Doe",
                "© 2026 Wire News. All rights reserved.",
            ],
            ['"The situation is difficult," the energy minister said in a statement.'],
        ),
        (
            BRACKET_CAPTIONS,
            "Kyiv rejects talks as drone strikes intensify",
            "Officials say there can be no negotiation while attacks on civilians continue",
            [
                "Skip links",
                "Skip to Content",
                "News | Russia-Ukraine war",
                "A man walks past a damaged building in Kyiv [Ann Lee/Reuters]",
                "Published On 24 Nov 2026",
                "Advertisement",
                "Follow Planet News on Twitter @planetnews.",
                "Subscribe to our newsletter for the latest updates",
            ],
            ['"We will not negotiate under fire," he told reporters in Kyiv.'],
        ),
        (
            STAMPS_AND_LINK_LISTS,
            "Kyiv says talks are off the table after drone strikes",
            None,
            [
                "Link copied!",
                "By Jane Smith, Planet News",
                "Updated 10:32 AM EST, Tue November 24, 2026",
                "2 hours ago",
                "Save",
                "A version of this article appears in print on Nov. 25, 2026, Section A, Page 1.",
                "Related",
                "Rail strikes: What you need to know",
                "Winter blackouts loom as grid is hit again",
            ],
            ['"We will not negotiate under fire," he told reporters.'],
        ),
    ],
    ids=[
        "section-labels-and-topic-tags",
        "wire-byline-and-copyright",
        "bracket-credits",
        "stamps-and-link-lists",
    ],
)
def test_publisher_layouts(text, title, standfirst, furniture, kept) -> None:
    layout = find_layout(text)
    assert layout.title is not None and layout.title.text == title
    assert (layout.standfirst.text if layout.standfirst else None) == standfirst
    found = furniture_lines(text, layout)
    for line in furniture:
        assert line in found
    for line in kept:
        start = text.index(line)
        assert not layout.is_furniture(start, start + len(line))


def test_first_line_title_as_in_plain_text_articles() -> None:
    text = (
        "Pence endorses Ryan with his running mate's blessing.\n\n"
        "Indiana Gov. Mike Pence has thrown his support behind House Speaker Paul Ryan, "
        "a move his running mate approved of, aides said on Friday night.\n\n"
        '"I strongly support Paul Ryan," Pence said.\n'
    )
    layout = find_layout(text)
    assert layout.title is not None
    assert layout.title.text == "Pence endorses Ryan with his running mate's blessing."
    assert layout.furniture == []


def test_text_that_opens_with_reporting_has_no_title() -> None:
    text = 'The minister said on Tuesday that "we will not negotiate under fire" and left.\n\nOk.'
    assert find_layout(text).title is None


@pytest.mark.parametrize(
    "line",
    [
        '"Sign up to our newsletter," the campaign\'s email urged supporters, "and share it."',
        "“Follow us on Twitter and subscribe,” the spokesman said on Monday.",
        'She said the cookie policy was "a disaster for everyone involved" and left.',
    ],
)
def test_a_line_with_a_quotation_is_never_furniture(line: str) -> None:
    text = f"Campaign emails draw fire\n\n{line}\n\nMore reporting follows here today.\n"
    layout = find_layout(text)
    start = text.index(line)
    assert not layout.is_furniture(start, start + len(line))


@pytest.mark.parametrize("line", ["“No”", "“NO!”", '"Next"', "“Ted! Ted! Ted”"])
def test_a_short_quoted_line_is_never_a_label(line: str) -> None:
    text = f"A headline for the story\n\nHe was asked about the plan.\n\n{line}\n"
    layout = find_layout(text)
    start = text.index(line)
    assert not layout.is_furniture(start, start + len(line))


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter, published weekly, reaches thousands of readers in the city.",
        "Officials said the home was damaged and more people were moved to shelters.",
        "Email records show the aide wrote to the department in March about the plan.",
        "He asked the publisher to republish the book this year, but it declined.",
    ],
)
def test_reporting_that_uses_page_words_is_not_furniture(line: str) -> None:
    text = f"A headline for the story\n\n{line}\n\nAnother paragraph of reporting follows here.\n"
    layout = find_layout(text)
    assert layout.furniture == []


@pytest.mark.parametrize("text", ["", "\n\n", '"', "\x00\x01 binary", "“" * 500 + "\n" * 500])
def test_odd_input_does_not_raise(text: str) -> None:
    layout = find_layout(text)
    for start, end in layout.furniture:
        assert 0 <= start < end <= len(text)


def test_no_break_spaces_and_crlf_do_not_hide_furniture() -> None:
    text = SEED.read_text(encoding="utf-8").replace(" ", "\u00a0", 60).replace("\n", "\r\n")
    layout = find_layout(text)
    assert layout.title is not None
    title = "UN calls for fresh negotiations following an escalation of Homs violence"
    assert " ".join(layout.title.text.split()) == title
    assert text[layout.title.start : layout.title.end] == layout.title.text
    found = [text[s:e] for s, e in layout.furniture]
    assert found[0] == "Skip\u00a0to\u00a0main\u00a0content"
    assert len(found) == 5


ACADEMIC_PASTE = """Copyright 2019 The Daily Courier
All Rights Reserved

The Daily Courier (Springfield)

March 4, 2019 Monday
FINAL EDITION

SECTION: NEWS; Pg. A1

LENGTH: 412 words

HEADLINE: Mayor vows ''no more delays'' on bridge

BYLINE: Tom Reyes, Staff Writer

BODY:

Mayor Ann Whitfield said Monday that the bridge would open in June. ''We have heard the \
excuses,'' Whitfield said. ''There will be no more delays.''

LOAD-DATE: March 5, 2019

LANGUAGE: ENGLISH
"""


def test_a_pasted_archive_document_has_its_labelled_headline() -> None:
    from homsquotes.core.extraction import extract

    text = ACADEMIC_PASTE
    layout = find_layout(text)
    assert layout.title is not None
    assert layout.title.text == "Mayor vows ''no more delays'' on bridge"
    assert text[layout.title.start : layout.title.end] == layout.title.text
    found = furniture_lines(text, layout)
    assert {"SECTION: NEWS; Pg. A1", "LENGTH: 412 words", "BODY:", "LANGUAGE: ENGLISH"} <= set(
        found
    )
    # the headline's quotation echoes the body's, which is the one listed (with its speaker)
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Ann Whitfield"]
    assert "''There will be no more delays.''" in [p.text for p in quotes[0].parts]


PULL_QUOTE_PAGE = """Flood victims demand inquiry

Residents of Millbrook say they were abandoned when the river burst its banks on Friday.

"We were left to drown," said Janet Cole, 64, whose home was flooded. "Nobody came for two days."

\u201cWe were left to drown\u201d

The council said it had sent every crew it had.

"We were left to drown."
"""


def test_a_pull_quote_repeating_a_body_quotation_is_furniture() -> None:
    from homsquotes.core.extraction import extract

    text = PULL_QUOTE_PAGE
    pull = "\u201cWe were left to drown\u201d"
    assert pull in furniture_lines(text, find_layout(text))
    assert '"We were left to drown."' in furniture_lines(text, find_layout(text))
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Janet Cole"]
    assert [p.text for p in quotes[0].parts] == [
        '"We were left to drown,"',
        '"Nobody came for two days."',
    ]


def test_a_quotation_paragraph_of_its_own_is_no_pull_quote() -> None:
    # a paragraph that is only a quotation, repeating nothing, is the body's
    text = (
        "Flood victims demand inquiry\n\n"
        '"We were left to drown," said Janet Cole.\n\n'
        '"Nobody came for two days, and nobody has come since."\n'
    )
    assert furniture_lines(text, find_layout(text)) == []


def test_of_two_copies_each_alone_on_its_line_the_first_is_kept() -> None:
    text = (
        "Flood victims demand inquiry\n\n"
        "Janet Cole, 64, watched the water rise on Friday.\n\n"
        '"We were left to drown by everyone."\n\n'
        "The council said it had sent every crew it had.\n\n"
        "\u201cWe were left to drown by everyone\u201d\n"
    )
    assert furniture_lines(text, find_layout(text)) == [
        "\u201cWe were left to drown by everyone\u201d"
    ]


def test_a_digest_line_in_capitals_names_nobody() -> None:
    from homsquotes.core.extraction import extract

    text = (
        "Monday's Morning Email\n\nEDGAR ALLEN POE WAS RIGHT ABOUT CROWS \u201cThey are the "
        "homicide detectives of the avian world.\u201d\n\nNEW YORK ENDS TAMPON TAX \u201cGov. "
        "Andrew Cuomo signed a bill Thursday ending the tax.\u201d\n"
    )
    quotes = extract(text).quotes
    assert len(quotes) == 2
    assert all(q.speaker is None for q in quotes)
