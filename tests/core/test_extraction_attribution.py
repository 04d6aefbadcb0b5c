"""Attribution by the grammar of reported speech: one short article per pattern.

Each case is a made-up paragraph; the expected mention and cue are the words the grammar
points at, so the table checks the sieves, not any particular article.
"""

import pytest

from homsquotes.core.extraction import attribute_span, extract, extract_many

HEAD = "A headline for the story\n\n"

# (paragraph, opening words of the quotation, mention, cue, resolved speaker)
CASES = [
    (
        "“We will rebuild the bridge,” Maria Lopez said on Tuesday.",
        "We will",
        "Maria Lopez",
        "said",
        "Maria Lopez",
    ),
    (
        "“The vote is rigged,” said Peter Okafor, a lawyer for the campaign.",
        "The vote",
        "Peter Okafor",
        "said",
        "Peter Okafor",
    ),
    (
        "Governor Ann Patel told reporters: “Nobody will be left behind in this city.”",
        "Nobody will",
        "Governor Ann Patel",
        "told",
        "Ann Patel",
    ),
    (
        "The mayor said that the plan “will cost far more than anyone has admitted.”",
        "will cost",
        "The mayor",
        "said",
        "The mayor",
    ),
    (
        "“Prices are rising,” the central bank warned in its report.",
        "Prices are",
        "the central bank",
        "warned",
        "the central bank",
    ),
    (
        "According to John Reyes, the deal “was dead long before the election.”",
        "was dead",
        "John Reyes",
        "According to",
        "John Reyes",
    ),
    (
        "“Go back to your seat,” Trump barked at the reporter.",
        "Go back",
        "Trump",
        "barked",
        "Trump",
    ),
    (
        "“Would it be negotiable at all?” Hannity pressed.",
        "Would it",
        "Hannity",
        "pressed",
        "Hannity",
    ),
    (
        "“This is a dark day for the party.” Senator Lee said.",
        "This is a dark",
        "Senator Lee",
        "said",
        "Lee",
    ),
    (
        "Cruz won the backing of Sen. Mike Lee, who declared on stage, “It’s time to unite now.”",
        "It’s time",
        "who",
        "declared",
        "Mike Lee",
    ),
    (
        "One aide familiar with the talks, who spoke on condition of anonymity, said the deal"
        " was “as good as dead.”",
        "as good",
        "One aide familiar with the talks",
        "said",
        "One aide familiar with the talks",
    ),
    (
        "“It was not a convincing argument,” said one Democrat familiar with the discussion,"
        " who added that the White House seemed “rattled and frustrated by it all.”",
        "rattled",
        "who",
        "added",
        "one Democrat familiar with the discussion",
    ),
    (
        "In the paper, the authors write that the findings “expand the known repertoire of life”"
        " and suggest that similar organisms exist.",
        "expand the",
        "the authors",
        "write",
        "the authors",
    ),
    (
        "He called for the project to be paused – a position Treasurer Tim Pham dismissed as"
        " “reckless and frankly economically illiterate”.",
        "reckless",
        "Treasurer Tim Pham",
        "dismissed",
        "Tim Pham",
    ),
    (
        "The agency issued a statement saying it “regrets the error and will review the rules.”",
        "regrets the",
        "The agency",
        "saying",
        "The agency",
    ),
]


@pytest.mark.parametrize("paragraph,opening,mention,cue,speaker", CASES)
def test_attribution_patterns(paragraph, opening, mention, cue, speaker):
    text = HEAD + paragraph + "\n"
    art = extract(text)
    direct = [q for q in art.quotes if q.kind == "direct" and q.text[1:].startswith(opening)]
    assert len(direct) == 1, [q.text for q in art.quotes]
    q = direct[0]
    assert q.speaker_mention is not None and q.speaker_mention.text.lower() == mention.lower()
    assert q.cue is not None and q.cue.text.lower() == cue.lower()
    assert q.speaker.lower() == speaker.lower()
    assert text[q.start : q.end] == q.text
    assert 0.0 < q.confidence <= 1.0


def test_pronoun_goes_to_the_fullest_name_and_keeps_its_own_span():
    text = HEAD + (
        "Former ambassador Leila Haddad spoke at the hearing.\n\n"
        "“The talks have failed,” Haddad said.\n\n"
        "“We must start again,” she added.\n"
    )
    art = extract(text)
    first, second = art.quotes
    assert first.speaker == second.speaker == "Leila Haddad"
    assert second.speaker_mention.text == "she"
    assert text[second.speaker_mention.start : second.speaker_mention.end] == "she"
    assert first.affiliation == "former ambassador"


def test_interrupted_quotation_has_one_speaker_and_no_span_between():
    text = HEAD + "“It is over,” he said, “and we lost.”\n"
    art = extract(text)
    direct = [q for q in art.quotes if q.kind == "direct"]
    assert direct and all(q.speaker_mention.text == "he" for q in direct)
    assert all("he said" not in q.text or q.text.startswith("“It is over") for q in direct)


def test_paragraph_that_is_only_a_quotation_continues_the_speaker():
    text = HEAD + (
        "“The first problem is money,” said Carla Mendes, the council's treasurer.\n\n"
        "“The second problem is that nobody wants to talk about the first one.”\n"
    )
    art = extract(text)
    assert all(q.speaker == "Carla Mendes" for q in art.quotes)
    assert min(q.confidence for q in art.quotes) < 1.0


def test_colon_introduction_in_the_previous_paragraph():
    text = HEAD + "Cruz continued:\n\n“You look at the questions and you see the problem.”\n"
    (q,) = extract(text).quotes
    assert q.speaker == "Cruz"


@pytest.mark.parametrize(
    "sentence,term",
    [
        ("Critics mocked the so-called “experts” on the panel.", "“experts”"),
        ("She appeared on “Saturday Night Live” last week.", "“Saturday Night Live”"),
        (
            "Residents have long called the district the “forgotten quarter” of the city.",
            "“forgotten quarter”",
        ),
        # nobody can say it: the speaker the parse offers ("The results") is no speaker, and
        # without one the quoted word is a label
        (
            "The results also showed the weakness of “establishment” as a label for anyone.",
            "“establishment”",
        ),
    ],
)
def test_titles_scare_quotes_and_nicknames_are_terms(sentence, term):
    (q,) = extract(HEAD + sentence + "\n").quotes
    assert q.text == term
    assert q.kind == "term"


def test_mixed_quotation_inside_reported_speech_is_direct():
    text = HEAD + "The senator called the bill “a disaster for working families” on Monday.\n"
    (q,) = extract(text).quotes
    assert q.kind == "direct"
    assert q.speaker == "The senator"


def test_extract_many_matches_extract_and_keeps_order():
    texts = [
        HEAD + "“One two three four,” Ann said.\n",
        "",
        HEAD + "No quotes here.\n",
        HEAD + "“Five six seven eight,” Bo said.\n",
    ]
    many = list(extract_many(texts))
    assert [a.quotes for a in many] == [extract(t).quotes for t in texts]
    assert [len(a.quotes) for a in many] == [1, 0, 0, 1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        "“”",
        '""""',
        "“" * 50,
        "he said: “" + "word " * 20000,  # one huge unbalanced paragraph
        ("“Quote,” he said. " * 2000),
        "said told added according to\n\n:" * 10,
    ],
)
def test_never_raises_and_offsets_hold(text):
    art = extract(text)
    for q in art.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0


def test_according_to_after_the_cue_is_the_setting():
    text = HEAD + "“Protest elsewhere,” Sanders said, according to CNN.\n"
    (q,) = extract(text).quotes
    assert q.speaker == "Sanders"
    assert q.setting == "according to CNN"


def test_signature_line_after_a_quotation_names_the_speaker():
    text = HEAD + "“The whole idea needs to stop.”\n\n- Michelle Marks, Philadelphia.\n"
    (q,) = extract(text).quotes
    assert q.speaker == "Michelle Marks"
    assert q.speaker_mention.text == "Michelle Marks"


def test_name_labelling_a_quotation_after_a_dash():
    text = HEAD + "POLLS NOT WRONG - Mark Blumenthal: “The polls were early, not wrong.”\n"
    (q,) = extract(text).quotes
    assert q.speaker == "Mark Blumenthal"
    assert q.cue.text == ":"


def test_affiliation_titles_keep_their_stops_and_clauses_are_not_appositions():
    text = HEAD + (
        "Nevada Sen. Harry Reid spoke first. Bush. Weaver left.\n\n"
        "“We need a vote,” said Reid.\n\n"
        "Hillary Clinton, Donald Trump will try another pivot, analysts say.\n\n"
        "“It is over,” said Clinton.\n"
    )
    reid, clinton = extract(text).quotes
    assert reid.speaker == "Harry Reid" and reid.affiliation == "Nevada Sen."
    assert clinton.speaker == "Hillary Clinton" and clinton.affiliation is None


def test_a_span_marked_by_hand_gets_the_attribution_of_its_sentence():
    text = HEAD + "The mayor said the plan would fail and that it was doomed from the start.\n"
    start = text.index("it was doomed")
    end = len(text) - 1
    q = attribute_span(text, start, end)
    assert (q.start, q.end, q.text) == (start, end, text[start:end])
    assert q.speaker == "The mayor" and q.cue.text == "said"
    assert attribute_span(text, 5, 5).speaker is None  # nothing to attribute, no error


def test_went_on_carries_on_the_named_speakers_words() -> None:
    text = (
        'Megyn Kelly asked him about it. "You know, it happens, right?" Trump went on, as if '
        "nothing had happened."
    )
    [quote] = extract(text).quotes
    assert quote.speaker == "Trump"
