"""Short pasted texts (issue 8): a paragraph, a line, a hard-wrapped paragraph, a headline
holding a quotation.  Title detection never costs a quotation."""

import json
import subprocess
import sys

from homsquotes.core.extraction import attribute_span, extract
from homsquotes.core.extraction.layout.furniture import find_layout

PARAGRAPH = (
    "The council met late on Monday to discuss the bridge. \u201cWe will rebuild it before "
    "the winter,\u201d the mayor said, adding that the money was already there."
)
LINE = "\u201cWe will rebuild it before the winter,\u201d the mayor said."
WRAPPED = (
    'The mayor said on Monday that "we will rebuild\n'
    'the bridge before the winter comes," and left\n'
    "the hall without taking any questions from the\n"
    "press, who had waited for two hours outside.\n"
)


def texts(text: str) -> list[str]:
    return [q.text for q in extract(text).quotes]


def test_a_pasted_paragraph_gives_its_quotation() -> None:
    quote = PARAGRAPH[PARAGRAPH.index("\u201cWe") : PARAGRAPH.index("\u201d") + 1]
    assert texts(PARAGRAPH) == [quote]
    assert find_layout(PARAGRAPH).title is None


def test_a_single_line_is_the_body_not_a_headline() -> None:
    article = extract(LINE)
    assert article.title is None
    assert [q.text for q in article.quotes] == [LINE[: LINE.index("\u201d") + 1]]
    assert article.quotes[0].speaker == "the mayor"


def test_a_hard_wrapped_paragraph_has_no_headline_and_gives_its_quotation() -> None:
    article = extract(WRAPPED)
    assert article.title is None
    start, end = WRAPPED.index('"we'), WRAPPED.index('comes,"') + len('comes,"')
    assert [(q.start, q.end) for q in article.quotes] == [(start, end)]


def test_a_headline_quotation_is_listed_apart_from_the_body() -> None:
    headline = "Mayor vows to keep 'every last library' open"
    body = (
        'The mayor spoke to residents on Monday.\n\n"We will not close a single branch," she said.'
    )
    text = f"{headline}\n\n{body}\n"
    article = extract(text)
    assert article.title == headline
    listed = [(q.start, q.end) for q in article.quotes]
    h_start = text.index("'every")
    b_start = text.index('"We')
    assert listed == [
        (h_start, text.index("' open") + 1),
        (b_start, text.index('," she') + 2),
    ]
    # never one quote with the body's quotation
    assert all(len(q.parts) == 1 for q in article.quotes)
    assert article.quotes[1].speaker_mention.text == "she"


def test_a_headline_echoing_a_body_quotation_lists_the_body_one() -> None:
    text = (
        "Kasich: 'We Are Going To Go All The Way To Cleveland'\n\n"
        "Ohio Gov. John Kasich spoke in Berea on Tuesday.\n\n"
        '"We are going to go all the way to Cleveland and secure the nomination," '
        "Kasich said.\n"
    )
    article = extract(text)
    assert [q.text for q in article.quotes] == [
        text[text.index('"We') : text.index('nomination,"') + len('nomination,"')]
    ]
    assert article.quotes[0].speaker is not None and "Kasich" in article.quotes[0].speaker


def test_extract_command_lists_the_quotation_of_a_pasted_paragraph(tmp_path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "homsquotes", "extract", "--format", "jsonl", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    [record] = [json.loads(line) for line in done.stdout.splitlines()]
    assert [q["text"] for q in record["quotes"]] == texts(PARAGRAPH)
    assert record["quotes"][0]["speaker"] == "the mayor"


def test_a_headline_quotation_marked_by_hand_is_kept_even_when_the_body_echoes_it() -> None:
    text = (
        "Kasich: 'We Are Going To Go All The Way To Cleveland'\n\n"
        '"We are going to go all the way to Cleveland and secure the nomination," '
        "Kasich said.\n"
    )
    start = text.index("'We")
    end = text.index("Cleveland'") + len("Cleveland'")
    quote = attribute_span(text, start, end)
    assert (quote.start, quote.end, quote.text) == (start, end, text[start:end])
    # attributed as a quotation of the headline, not handed back bare
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Kasich"
    assert quote.context == text[: text.index("\n")]


def test_a_pasted_first_sentence_is_not_a_headline_whose_quotation_echoes_the_body() -> None:
    # two paragraphs pasted from the middle of a story: the first is a sentence of the body, and
    # its quotation is listed, not dropped as a headline's copy of the one below
    text = (
        'The mayor promised on Monday to "rebuild the bridge" by the winter.\n\n'
        '"We will rebuild the bridge," she told reporters, "whatever it costs."'
    )
    article = extract(text)
    assert article.title is None
    assert [q.parts[0].text for q in article.quotes] == [
        '"rebuild the bridge"',
        '"We will rebuild the bridge,"',
    ]


def test_a_headline_ending_in_a_full_stop_is_still_the_headline() -> None:
    # (title case, or no day named: the headline styles of the New York Times and the Post)
    for headline in (
        "Mayor Vows to Rebuild the Bridge Before the Winter.",
        "Mayor who promised a new bridge admits the work is late.",
    ):
        text = f'{headline}\n\nThe bridge closed in May.\n\n"It will reopen," she said.\n'
        assert extract(text).title == headline


def test_a_line_ending_in_a_colon_introduces_the_body_not_a_headline_below_it() -> None:
    # (the longer intro was taken for the headline, the shorter one's quotation)
    for intro in ("The spokesman for the trust", "The spokesman"):
        text = f"{intro} said:\n\n\u201cWe will respond in due course.\u201d\n"
        article = extract(text)
        assert article.title is None
        [quote] = article.quotes
        assert quote.kind == "direct" and quote.speaker_mention is not None
        assert quote.speaker_mention.text == intro


LIBRARY_STORY = [
    "The council voted on Tuesday to close the Elm Street library, despite a petition signed "
    "by more than 4,000 residents.",
    '"This is a sad day for the town," said councillor Maria Lopez, who voted against the '
    'closure. "We are closing the one place where children can go after school for free."',
    'Council leader Tom Baines defended the decision. "We have no money left," he said. "If we '
    'keep the library open, we close the care home. Nobody wants that choice."',
    "A spokesman for the Friends of Elm Street Library said the group would \"fight on, in the "
    'courts if necessary".',
]


def test_a_hard_wrapped_article_reads_as_its_unwrapped_copy() -> None:
    # a plain-text email or a PDF paste: lines broken every 66 characters, blank lines between
    # paragraphs; a sentence runs over the line breaks, so attribution reads it whole
    import textwrap

    plain = "\n\n".join(LIBRARY_STORY)
    wrapped = "\n\n".join(textwrap.fill(p, 66) for p in LIBRARY_STORY)

    def read(text: str) -> list[tuple[list[str], str | None]]:
        return [
            ([" ".join(p.text.split()) for p in q.parts], q.speaker)
            for q in extract(text).quotes
        ]

    assert read(wrapped) == read(plain)
    assert [speaker for _, speaker in read(wrapped)] == [
        "Maria Lopez",
        "Tom Baines",
        "Friends of Elm Street Library",
    ]


def test_a_headline_role_is_the_one_holder_the_body_names() -> None:
    from homsquotes.core.extraction import extract

    text = (
        "Magistrate slams 'reckless' tradie who drove through school zone\n\n"
        "A tradesman has been banned from driving.\n\nMagistrate Joan White was unmoved. "
        '"Every parent in this state would be horrified," she told him.\n\nOutside court, '
        'Southport State School P&C president Renee Atkins said: "Two years is nothing."'
    )
    quotes = {q.text[1:8]: q for q in extract(text).quotes}
    assert quotes["reckles"].speaker == "Joan White"
    assert quotes["reckles"].confidence < 0.9
    # a role with an ampersand ("P&C") keeps it
    assert quotes["Two yea"].affiliation.endswith("P&C president")


def test_a_headline_paraphrase_of_a_body_quotation_is_listed_with_the_body_speaker() -> None:
    text = (
        "Housing target 'a fantasy without planning reform', says Labour MP\n\n"
        "Tom Ashworth, the MP for Calderbrook, said councils were overwhelmed.\n\n"
        'Mr Ashworth said: "Without planning reform, this target is simply not going to '
        'happen."'
    )
    quotes = extract(text).quotes
    headline = [q for q in quotes if q.start < text.index("\n")]
    assert [q.text for q in headline] == ["'a fantasy without planning reform'"]
    assert headline[0].speaker == "Tom Ashworth"


def test_a_headline_description_after_a_colon_is_the_body_person_for_review() -> None:
    text = (
        "‘I thought he was going to kill us’: Hero gran shields tots as thug storms cafe\n\n"
        "A HEROIC gran has told how she shielded two toddlers under a table.\n\n"
        "Peggy Stanforth, 71, was serving ice creams when the man burst in.\n\n"
        "She said: ‘Honestly, I was sure he was going to kill us.’"
    )
    first = extract(text).quotes[0]
    assert first.text == "‘I thought he was going to kill us’"
    assert first.speaker == "Peggy Stanforth"
    assert first.confidence < 0.9
