"""Quote boundaries as writers type them (issue 8): each case gives a realistic sentence and the
quotes expected in it, each as the list of its parts' texts.  Offsets are computed from the
input with str.index, so every case states only what a reader would underline."""

import pytest

from homsquotes.core.extraction import extract


def expected_offsets(text: str, quotes: list[list[str]]) -> list[list[tuple[int, int]]]:
    """Each part found in text after the one before it."""
    out, pos = [], 0
    for parts in quotes:
        spans = []
        for part in parts:
            start = text.index(part, pos)
            spans.append((start, start + len(part)))
            pos = start + len(part)
        out.append(spans)
    return out


# (case id, text, quotes: each a list of its parts)
CASES = [
    # --- dashes ---------------------------------------------------------------------------------
    (
        "double hyphen after the closing mark",
        '"Hello"--said Mr. Cornwallaby, stepping in from the rain.',
        [['"Hello"']],
    ),
    (
        "em dash after the quote, then the attribution",
        'He looked up. "We are not finished"\u2014the minister said, slowly.',
        [['"We are not finished"']],
    ),
    (
        "attribution between em dashes interrupts one quote",
        '"We are not finished"\u2014he said it twice\u2014"not yet."',
        [['"We are not finished"', '"not yet."']],
    ),
    (
        "an aside between em dashes, with no verb of saying, interrupts one quote",
        '"The problem"\u2014and here Ms Lowe paused\u2014"is that nobody reads the reports."',
        [['"The problem"', '"is that nobody reads the reports."']],
    ),
    (
        "an aside between double hyphens interrupts one quote",
        "Asked about the job, Mr. Tate smiled. ''I never wanted it''--he laughed--''but here "
        "I am.''",
        [["''I never wanted it''", "''but here I am.''"]],
    ),
    (
        "spaced em dash",
        "\u201cNever\u201d \u2014 said the captain, and went below.",
        [["\u201cNever\u201d"]],
    ),
    # --- paragraphs and lines -------------------------------------------------------------------
    (
        "multi-paragraph quote re-opened after leading spaces",
        'She began: "The first reason is money. It always was.\n\n'
        '   "The second reason is time. The third is pride."\n\nThen she left.',
        [
            [
                '"The first reason is money. It always was.\n\n   "The second reason is time. '
                'The third is pride."'
            ]
        ],
    ),
    (
        "multi-paragraph curly quote re-opened after a tab",
        "He read the letter aloud: \u201cWe regret the delay.\n\t\u201cWe will pay in full by "
        "May.\u201d\nNobody spoke.",
        [["\u201cWe regret the delay.\n\t\u201cWe will pay in full by May.\u201d"]],
    ),
    (
        "quote hard-wrapped over three lines",
        'The mayor said on Monday that "we will rebuild\nthe bridge before the winter\n'
        'comes, whatever the council says," and left.',
        [['"we will rebuild\nthe bridge before the winter\ncomes, whatever the council says,"']],
    ),
    (
        "hard-wrapped line starting with a capital inside the quote",
        'The mayor said on Monday that "the council and\nMayor Jones will meet on Friday," '
        "adding\nthat nothing had been decided yet.",
        [['"the council and\nMayor Jones will meet on Friday,"']],
    ),
    # --- single marks and apostrophes -----------------------------------------------------------
    (
        "elision opening single-quoted speech, one mark for both",
        "'Tis the season for giving,' said the vicar.",
        [["'Tis the season for giving,'"]],
    ),
    (
        "elision after a curly opening mark",
        "\u2018\u2019Tis the season for giving,\u2019 said the vicar.",
        [["\u2018\u2019Tis the season for giving,\u2019"]],
    ),
    (
        "'em opening the speech",
        "'Em lot never listen to a word,' she said.",
        [["'Em lot never listen to a word,'"]],
    ),
    (
        "a decade opening the speech",
        "'90s music was better than this,' he said.",
        [["'90s music was better than this,'"]],
    ),
    (
        "elided words inside single-quoted speech",
        "'I don't see 'im anywhere!' cried the boy.",
        [["'I don't see 'im anywhere!'"]],
    ),
    (
        "apostrophes at word ends inside the speech",
        "He shouted: 'Get 'im out o' here before the players' bus comes!'",
        [["'Get 'im out o' here before the players' bus comes!'"]],
    ),
    (
        "single-quoted speech quoting someone in single marks too",
        "'He told me 'go home' and I did,' said Mrs Patel.",
        [["'He told me 'go home' and I did,'"]],
    ),
    (
        "a narrated elision is no quotation",
        "'Tis the season, and the players' union wants its bonus.",
        [],
    ),
    # --- nesting across conventions -------------------------------------------------------------
    (
        "curly double inside guillemets",
        "\u00abIl a dit \u201cnon\u201d et il est parti\u00bb, raconte-t-elle.",
        [["\u00abIl a dit \u201cnon\u201d et il est parti\u00bb"]],
    ),
    (
        "guillemets inside curly double",
        "\u201cShe told me \u00abjamais\u00bb and walked out,\u201d he said.",
        [["\u201cShe told me \u00abjamais\u00bb and walked out,\u201d"]],
    ),
    # --- unbalanced marks -------------------------------------------------------------------------
    (
        "the article's last mark, never closed, does not swallow the paragraphs after it",
        "The club will stay. \u201cWe are not going anywhere.\n\nThe club has played at the "
        "ground since 1902.\n\nIts lease runs until 2040.",
        [["\u201cWe are not going anywhere."]],
    ),
    (
        "a missing closing mark before the attribution: the attribution stays out",
        '"We will fight this all the way, said the lawyer, Dana Price.\n\n"It is a disgrace," '
        "she added.\n\nThe hearing resumes on Monday.",
        [['"We will fight this all the way,'], ['"It is a disgrace,"']],
    ),
    # --- typewriter and TeX marks ---------------------------------------------------------------
    ("backtick and apostrophe", "He said `we stay here' and left.", [["`we stay here'"]]),
    ("double backtick pair", "He said ``we stay here'' and left.", [["``we stay here''"]]),
    (
        "doubled apostrophes, interrupted",
        "''We will win,'' he said, ''and we will win soon.''",
        [["''We will win,''", "''and we will win soon.''"]],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_boundaries(text: str, quotes: list[list[str]]) -> None:
    found = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [[(p.start, p.end) for p in q.parts] for q in found] == expected_offsets(text, quotes)
    for q in found:
        assert all(text[p.start : p.end] == p.text for p in q.parts)


def test_the_dash_does_not_hide_the_speaker() -> None:
    text = '"Hello"--said Mr. Cornwallaby, stepping in from the rain.'
    [quote] = extract(text).quotes
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker_mention is not None and "Cornwallaby" in quote.speaker_mention.text


# Short quotations that are speech, not labels: what a named speaker called something, an
# exclamation, a chant.
SPEECH_NOT_TERMS = [
    'Speaking on Tuesday, Bush referred to Rubio as "a bright, charismatic leader" at length.',
    "Guccifer hacked the server, which he described as \u201clike an open orchid.\u201d",
    "She declared \u201cWhat a Super Tuesday!\u201d and said the campaign would go on.",
    "But their chants of \u201cTed! Ted! Ted!\u201d were cut short by the news.",
    # a one-word answer that a speech verb introduces is no title
    'Asked if he would run again, Senator Ruiz said: "No."',
    # a speaker's own words, with nobody named: a headline's quotation
    "'I will not resign': Mayor defiant over expenses",
    "Holt: 'I have nothing to hide'",
    "The coach was asked about retirement and replied, \u201cNever.\u201d",
]
STILL_TERMS = [
    "The website is linked to a group called the \u201cWe The People Foundation.\u201d",
    "The ad, entitled \u201cNuestra Historia,\u201d features five Hispanic-Americans.",
    'She said the film "Trainwreck" was her favourite.',
]


@pytest.mark.parametrize("text", SPEECH_NOT_TERMS)
def test_short_speech_is_direct(text: str) -> None:
    [quote] = extract(text).quotes
    assert quote.kind == "direct"


@pytest.mark.parametrize("text", STILL_TERMS)
def test_names_and_titles_stay_terms(text: str) -> None:
    [quote] = extract(text).quotes
    assert quote.kind == "term"


# Parts of one quote or separate quotes (the contract in merging.py and the README): fragments
# one verb claims in one clause are parts of one quote; a second act of saying between two
# quotations makes them two quotes of the same speaker.
PARTS_CASES = [
    (
        "fragments in one clause",
        'The senator called the deal "a disaster" and "a betrayal of every worker."',
        [['"a disaster"', '"a betrayal of every worker."']],
    ),
    (
        "interrupted by the attribution",
        '"We are ready," she said, "and we will go now."',
        [['"We are ready,"', '"and we will go now."']],
    ),
    (
        "a continuation after a paraphrase with its own cue",
        '"We are ready," she said, adding that the buses had left. "We will go now."',
        [['"We are ready,"'], ['"We will go now."']],
    ),
    (
        "a continuation in the next sentence",
        '"We are ready," she said. "We will go now."',
        [['"We are ready,"', '"We will go now."']],
    ),
    (
        "a continuation after a quotation wrapped over a line break",
        "Mayor Ann Whitfield spoke on Monday. ''We have heard the\nexcuses,'' Whitfield said. "
        "''There will be no more delays.''",
        [["''We have heard the\nexcuses,''", "''There will be no more delays.''"]],
    ),
    (
        "a second cue between them",
        '"We are ready," she said, adding, "We will go now."',
        [['"We are ready,"'], ['"We will go now."']],
    ),
]


@pytest.mark.parametrize(
    ("text", "quotes"), [c[1:] for c in PARTS_CASES], ids=[c[0] for c in PARTS_CASES]
)
def test_parts_of_one_quote_or_separate_quotes(text: str, quotes: list[list[str]]) -> None:
    found = [q for q in extract(text).quotes if q.kind == "direct"]
    assert [[(p.start, p.end) for p in q.parts] for q in found] == expected_offsets(text, quotes)
    # the reporter's words between the parts never enter the quote's text
    assert all("said" not in q.text and "called" not in q.text for q in found)
    assert len({q.speaker for q in found}) == 1


# Typewriter marks are double marks (issue 8): an archive export's ''…'' quotation is the same
# kind of quotation as the web page's "…" one.  Each text is written with '' and compared with
# itself written with ".
TYPEWRITER_TEXTS = [
    "Asked about the plan, the mayor smiled. ''We'll see.''",
    "The foreman waved his arms at the line. ''Please sit down.''",
    "''Marco gets it.'' That was all Mr. Palomarez would say.",
    "The crowd chanted ''Four more years!'' as he left.",
]


@pytest.mark.parametrize("text", TYPEWRITER_TEXTS)
def test_typewriter_quotes_are_classed_as_double_quoted_ones(text: str) -> None:
    typed = [(q.start, q.end, q.kind) for q in extract(text).quotes]
    straight = [(q.start, q.end, q.kind) for q in extract(text.replace("''", '"')).quotes]
    assert typed  # the quotation is found at all
    # '' is two characters, " one: compare the kinds, and that each quote starts where one does
    assert [k for _, _, k in typed] == [k for _, _, k in straight]
    assert all(k == "direct" for _, _, k in typed)


def test_an_unclosed_sentence_is_speech_not_a_label() -> None:
    # the closing mark is missing; the full stop is still there and makes it a sentence
    text = "The club will stay. \u201cWe are not going anywhere.\n\nIts lease runs to 2040."
    [quote] = extract(text).quotes
    assert quote.kind == "direct"


def test_a_one_word_sentence_continuing_the_speaker_is_speech() -> None:
    text = 'A reporter asked Mr. Hale whether he would resign. "Never," he said. "Never."'
    found = extract(text).quotes
    assert [q.kind for q in found] == ["direct"]
    assert [p.text for p in found[0].parts] == ['"Never,"', '"Never."']
