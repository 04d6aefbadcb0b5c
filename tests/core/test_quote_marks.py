"""Quote-mark edge cases: which stretches of text find_quote_spans reports as quotations."""

from pathlib import Path

import pytest

from homsquotes.core.extraction.spans.quotemarks import QuoteSpan, find_quote_spans

SEED = Path(__file__).resolve().parents[2] / "homsquotes" / "data" / "seed-article.txt"


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


# (case id, text, the quotations expected, in order)
CASES = [
    # --- pairs of double marks -----------------------------------------------------------------
    ("curly", "“We will win,” he said.", ["“We will win,”"]),
    ("straight", 'He said "we will win" today.', ['"we will win"']),
    (
        "mixed curly then straight",
        '“It is a matter of deep regret," he said.',
        ['“It is a matter of deep regret,"'],
    ),
    ("mixed straight then curly", 'She said "the talks failed” today.', ['"the talks failed”']),
    (
        "two quotes in a sentence",
        'It was "agreed" but "regime forces want more."',
        ['"agreed"', '"regime forces want more."'],
    ),
    (
        "interrupted quote",
        '"We won," he said, "and we will win again."',
        ['"We won,"', '"and we will win again."'],
    ),
    ("interrupted curly", "“We won,” he said. “Again.”", ["“We won,”", "“Again.”"]),
    ("no space before opening", 'He said:"Stop the bombing."', ['"Stop the bombing."']),
    ("no space after closing", '"Stop,"he said.', ['"Stop,"']),
    ("quote in brackets", "(“a matter of regret”)", ["“a matter of regret”"]),
    ("after a dash", "and then—“we go”—he left", ["“we go”"]),
    ("swedish style", "”Vi vann”, sa han.", ["”Vi vann”"]),
    (
        "turned opening mark",
        "He says,” there are many who never get heard.”",
        ["” there are many who never get heard.”"],
    ),
    ("turned closing mark", "“We won“ he said.", ["“We won“"]),
    (
        "bidi mark before paragraph quote",
        "\u202a”Isis must be destroyed,” wrote Pete.",
        ["”Isis must be destroyed,”"],
    ),
    # --- other conventions ---------------------------------------------------------------------
    ("guillemets", "«Nous resterons», a-t-il dit.", ["«Nous resterons»"]),
    ("reversed guillemets", "»Wir bleiben«, sagte er.", ["»Wir bleiben«"]),
    ("german low-high", "„Wir bleiben“, sagte er.", ["„Wir bleiben“"]),
    ("polish low-right", "„Zostajemy”, powiedział.", ["„Zostajemy”"]),
    ("tex style", "He said ``we stay'' and left.", ["``we stay''"]),
    (
        "typewriter doubled apostrophes",
        "It was ''Secret Lives of the Rich,'' not this.",
        ["''Secret Lives of the Rich,''"],
    ),
    # --- single marks (UK house style) and apostrophes -----------------------------------------
    ("uk curly", "‘We will not leave,’ he said.", ["‘We will not leave,’"]),
    ("uk straight", "'We will not leave,' he said.", ["'We will not leave,'"]),
    (
        "uk with inner apostrophe",
        "‘Assad’s forces won’t stop,’ he said.",
        ["‘Assad’s forces won’t stop,’"],
    ),
    (
        "uk plural possessive inside",
        "‘The players’ union is strong,’ she said.",
        ["‘The players’ union is strong,’"],
    ),
    (
        "uk straight plural possessive",
        "'The players' union is strong,' she said.",
        ["'The players' union is strong,'"],
    ),
    (
        "uk scare quote then possessive",
        "It was ‘fake news’ on Tuesday and the voters’ anger grew.",
        ["‘fake news’"],
    ),
    ("uk two quotes", "It was ‘spin’ and the ‘lies’ went on.", ["‘spin’", "‘lies’"]),
    (
        "apostrophes only",
        "Assad’s men, Jones' dog, 'tis true, rock 'n' roll, the '90s, o’clock.",
        [],
    ),
    ("curly elisions", "’Tis the season of the ’90s, ‘twas said of rock ‘n’ roll.", []),
    ("possessive alone", "The Joneses' house and the players’ union met.", []),
    ("rock n roll inside a quote", "'I love rock 'n' roll,' he said.", ["'I love rock 'n' roll,'"]),
    ("feet and inches", 'He is 6\'2" tall and said "hello there".', ['"hello there"']),
    ("uk interrupted", "‘We won,’ he said, ‘and will again.’", ["‘We won,’", "‘and will again.’"]),
    # --- nesting -------------------------------------------------------------------------------
    (
        "single nested in double",
        "“He told me ‘go home’ and I did,” she said.",
        ["“He told me ‘go home’ and I did,”"],
    ),
    (
        "double nested in single",
        "‘He told me “go home” and I did,’ she said.",
        ["‘He told me “go home” and I did,’"],
    ),
    (
        "double nested in double",
        "“He told me “go home” and I did,” she said.",
        ["“He told me “go home” and I did,”"],
    ),
    ("guillemets around english", "«Il a dit “non” hier», dit-elle.", ["«Il a dit “non” hier»"]),
    ("german nested", "„Er sagte ‚nein‘ gestern“, sagte sie.", ["„Er sagte ‚nein‘ gestern“"]),
    (
        "single nested in single",
        "‘He told me ‘go home’ and I did,’ she said.",
        ["‘He told me ‘go home’ and I did,’"],
    ),
    (
        "straight single nested in straight single",
        "'He said 'the players' union is strong' and left,' she said.",
        ["'He said 'the players' union is strong' and left,'"],
    ),
    (
        "a single quote after an unclosed one is no nested quote",
        "'We won, he said 'again' today.",
        ["'We won,", "'again'"],
    ),
    # --- paragraphs ----------------------------------------------------------------------------
    (
        "quote over three paragraphs",
        "“First part of it.\n\n“Second part of it.\n\n“Third part,” he said.\n\nAfter.",
        ["“First part of it.\n\n“Second part of it.\n\n“Third part,”"],
    ),
    (
        "quote opening a sentence runs on",
        "Okay, I said. “I was seventeen then.\n\n“And I came alone,” I said.",
        ["“I was seventeen then.\n\n“And I came alone,”"],
    ),
    (
        "unclosed mid-sentence fragment does not run on",
        "He said the plan is “an amorphous position.\n\n“We legislate,” he said.",
        ["“an amorphous position.", "“We legislate,”"],
    ),
    (
        "french quote over paragraphs re-opened with a spaced guillemet",
        "Elle a dit : « Premier paragraphe.\n\n« Deuxième paragraphe. »\n\nFin.",
        ["« Premier paragraphe.\n\n« Deuxième paragraphe. »"],
    ),
    (
        "french quote over paragraphs re-opened with a closing guillemet",
        "Elle a dit : « Premier.\n\n\u00bb Deuxième.\n\n\u00bb Troisième. »\n\nFin.",
        ["« Premier.\n\n\u00bb Deuxième.\n\n\u00bb Troisième. »"],
    ),
    (
        "uk quote over two paragraphs",
        "‘First part.\n\n‘Second part,’ he said.",
        ["‘First part.\n\n‘Second part,’"],
    ),
    ("quotes in separate paragraphs", '"One," he said.\n\n"Two," she said.', ['"One,"', '"Two,"']),
    # --- recovery from unbalanced marks --------------------------------------------------------
    (
        "unclosed ends at paragraph end",
        '"We will win this one.\n\nThen "a real one" came.',
        ['"We will win this one.', '"a real one"'],
    ),
    (
        "unclosed before a new quote",
        'He said "we won and then "we lost."',
        ['"we won and then', '"we lost."'],
    ),
    ("stray closing mark ignored", 'Stray ” mark and "a real quote" here.', ['"a real quote"']),
    ("stray closing straight mark", 'We won," he said. Then "more" came.', ['"more"']),
    (
        "mistyped single closing mark",
        "He tweeted: “Let’s go. We can win.’ He was in the room for “Trainwreck.”",
        ["“Let’s go. We can win.’", "“Trainwreck.”"],
    ),
    (
        "markup attribute values",
        '<tweet author="@Mash" date="March 4">Trump said "no way" today</tweet>',
        ['"no way"'],
    ),
    (
        "inch mark inside a quote",
        "“I admit, he’s like 6’2”,” Rubio said. He is 5'10\" tall.",
        ["“I admit, he’s like 6’2”,”"],
    ),
    (
        "line broken mid-sentence",
        "“We will not go personally\nto the caucuses,” he said.\nNext “one”",
        ["“We will not go personally\nto the caucuses,”", "“one”"],
    ),
    (
        "unclosed quote ends inside its brackets",
        "(those who are “somewhat liberal), education (graduates) and more.",
        ["“somewhat liberal"],
    ),
    ("unclosed at end of text", "He said “we will", ["“we will"]),
    (
        "unclosed quote holding its inverted attribution",
        '"We will fight this, said the lawyer, Dana Price.\n\nThe judge set a date.',
        ['"We will fight this,'],
    ),
    (
        "unclosed quote holding its attribution does not run on into the next quote",
        '"We will fight this, said the lawyer.\n\n"It is a disgrace," she added.',
        ['"We will fight this,', '"It is a disgrace,"'],
    ),
    (
        "unclosed quote holding 'Jones told the BBC'",
        "“We are not going anywhere, Jones told the BBC on Monday.\n\nThe club stays.",
        ["“We are not going anywhere,"],
    ),
    (
        "unclosed quote cut before the next quote's attribution",
        'Price said "we will appeal and then sat down. Later she said "it is over" to friends.',
        ['"we will appeal and then sat down.', '"it is over"'],
    ),
    (
        "unclosed uk quote holding its attribution",
        "'We are not going anywhere, said Jones.\n\n'Not now, not ever,' he added.",
        ["'We are not going anywhere,", "'Not now, not ever,'"],
    ),
    (
        "reported speech inside a long quotation is no attribution",
        '"The figure was announced in May. Then, in June, Kerry said that more would come.\n\n'
        '"That adds up to 185,000 over two years."\n\nSo there.',
        [
            '"The figure was announced in May. Then, in June, Kerry said that more would come.'
            '\n\n"That adds up to 185,000 over two years."'
        ],
    ),
    (
        "the speaker's own 'I said' inside a long quotation",
        '"We went in to eat. I said, you do not understand Ohio.\n\n"We are up 400,000 jobs."',
        ['"We went in to eat. I said, you do not understand Ohio.\n\n"We are up 400,000 jobs."'],
    ),
    (
        "the last mark of the text, unclosed, ends with its paragraph",
        "“We are not going anywhere.\n\nThe club has been at the ground since 1902.\n\nIt won.",
        ["“We are not going anywhere."],
    ),
    (
        "the last mark unclosed, its line continued in lower case",
        "He said “we are not going\nanywhere at all.\nThe club has been there since 1902.",
        ["“we are not going\nanywhere at all."],
    ),
    ("lone marks", "\" “ ” ' ‘ ’ « » „", []),
    ("empty quotes dropped", 'He said "" and “” then.', []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quote_spans(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_unclosed_quote_is_flagged_and_closed_ones_are_not() -> None:
    text = '"Unclosed here\n\nAnd "closed here" too.'
    spans = find_quote_spans(text)
    assert [s.closed for s in spans] == [False, True]


def test_offsets_index_the_text_as_given() -> None:
    text = "\ufeffCafé — “naïve” 'x'\r\n“Done,” he said."
    for span in find_quote_spans(text):
        assert text[span.start] in "“'"
        assert 0 <= span.start < span.end <= len(text)
    assert quoted(text) == ["“naïve”", "'x'", "“Done,”"]


def test_seed_article_mixed_marks() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = quoted(text)
    # The seed mixes “…" and "…", leaves no quote open and has the scare quote at the end.
    assert len(found) == 10
    assert found[0].startswith("“It is a matter of deep regret") and found[0].endswith(
        'close at hand,"'
    )
    assert found[5].startswith("“The attacks by Assad’s forces") and found[5].endswith(
        "finding solutions”"
    )
    assert found[7] == "“blueprint deal had been agreed to bring about an end to the bloodshed”"
    assert found[8].startswith("“regime forces want") and found[8].endswith('consequences are."')
    assert found[9] == '"capital of the revolution"'
    assert all(s.closed for s in find_quote_spans(text))


def test_hard_wrapped_text_lets_quotes_cross_line_breaks() -> None:
    para = (
        "The minister spoke at length on Tuesday and said that\n"
        "“the talks will go on for as long as it takes to reach\n"
        "a settlement,” adding that nobody should expect a deal\n"
        "before the summer.\n"
    )
    text = "\n".join([para] * 4)
    found = quoted(text)
    assert len(found) == 4
    assert all(q.startswith("“the talks") and q.endswith("settlement,”") for q in found)


def test_a_long_text_with_many_marks() -> None:
    text = ('“One,” he said, "two" and ‘three’. Jones\' dog. „vier“ «cinq» ' * 5000) + "“open"
    spans = find_quote_spans(text)
    assert len(spans) == 5 * 5000 + 1
    assert isinstance(spans[0], QuoteSpan) and not spans[-1].closed


UK_ARTICLE = """Ministers' plan for rail 'will fail', unions warn

The government's flagship plan "will fail the north", according to MPs.

Transport Secretary Jane Smith said: 'We're investing record sums. The north's lines won't wait.'

'It's not just about money,' he added. 'It's about whether workers' voices are heard.'

Labour said the plans were 'a betrayal' of the promise made in '19 and the 1990s' reforms.

The report said 'rock 'n' roll' promises wouldn't fix it.

'Frankly,' said one commuter, 'I've given up. It's 7 o'clock and my train's cancelled.

'I don't know what they're doing.'
"""


def test_uk_house_style_article() -> None:
    assert quoted(UK_ARTICLE) == [
        "'will fail'",
        '"will fail the north"',
        "'We're investing record sums. The north's lines won't wait.'",
        "'It's not just about money,'",
        "'It's about whether workers' voices are heard.'",
        "'a betrayal'",
        "'rock 'n' roll'",
        "'Frankly,'",
        "'I've given up. It's 7 o'clock and my train's cancelled.\n\n"
        "'I don't know what they're doing.'",
    ]
