"""House styles the extractor must read beyond PolNeAR's US papers: UK single quotes and
"Name, title, said", wire-service attributions, honorifics, roles before names, pronoun chains,
settings and labels.  Each case is an invented paragraph; the expectations are what the
grammar of its attribution says, computed by the extractor."""

import pytest
from quote_lookup import HEAD, quote_starting

from homsquotes.core.extraction import extract

# (paragraph(s), opening words of the quotation, speaker, affiliation)
SPEAKERS = [
    (
        "Labour's shadow transport minister, Nadia Kerr, told the Observer: 'The network is "
        "falling apart in front of our eyes.'",
        "The network",
        "Nadia Kerr",
        "Labour's shadow transport minister",
    ),
    (
        "Cllr Owen Maddox, the county council's cabinet member for roads, said: 'We have no "
        "money left for repairs this winter.'",
        "We have",
        "Owen Maddox",
        "county council's cabinet member for roads",
    ),
    (
        '"Nobody told us the water was coming," said shopkeeper Ruth Adair.',
        "Nobody told",
        "Ruth Adair",
        "shopkeeper",
    ),
    (
        "Finance ministry spokesman Ilya Petrov told reporters the decision was final. "
        '"There will be no further talks on this issue," he said.',
        "There will",
        "Ilya Petrov",
        "finance ministry spokesman",
    ),
    (
        'Daniel Okoro, 52, a bus driver from Croydon, said: "I have never seen it this bad."',
        "I have",
        "Daniel Okoro",
        "bus driver from Croydon",
    ),
    (
        '"This ruling is a warning to every journalist," said Rania al-Masri, director of a '
        "press freedom group in Beirut.",
        "This ruling",
        "Rania al-Masri",
        "director of a press freedom group in Beirut",
    ),
    (
        "Dr. Helen Marsh, an epidemiologist at the University of Bristol, said the figures were "
        "worrying.\n\n"
        '"We are seeing cases rise in every age group," she said.',
        "We are",
        "Helen Marsh",
        "epidemiologist at the University of Bristol",
    ),
    (
        '"The vote is a disgrace," Senate Minority Leader Anna Berry, D-Ore., said on the floor.',
        "The vote",
        "Anna Berry",
        "Senate Minority Leader",
    ),
    (
        'Republican Sen. Carl Hobbs of Nebraska said the deal was "a surrender to Beijing".',
        "a surrender",
        "Carl Hobbs",
        "Republican Sen.",
    ),
    (
        "The mayor of Leeds, Joan Appleby, has promised free buses for pensioners.\n\n"
        'She told a packed meeting at the Town Hall: "We will find the money."',
        "We will",
        "Joan Appleby",
        "mayor of Leeds",
    ),
    (
        'UK Minister of State Edward Lamb said the talks were "going well".',
        "going well",
        "Edward Lamb",
        "UK Minister of State",
    ),
    (
        'Sky News\'s Dana Whitfield, reporting from Kyiv, said: "The sirens have not stopped."',
        "The sirens",
        "Dana Whitfield",
        "Sky News",
    ),
    (
        'Alan Booth, of the Ramblers\' Association, said: "These paths belong to everyone."',
        "These paths",
        "Alan Booth",
        "Ramblers' Association",
    ),
    (
        '"Markets have priced this in," said Tariq Aziz, managing director at a Dubai fund.',
        "Markets have",
        "Tariq Aziz",
        "managing director at a Dubai fund",
    ),
    (
        '"We need more beds", the chief executive of Hospitals Wales, Rhian Lloyd, told ITV.',
        "We need",
        "Rhian Lloyd",
        "chief executive of Hospitals Wales",
    ),
    (
        "'It is not good enough', one passenger, 71-year-old Joan Pryce from Ely, told the BBC.",
        "It is",
        "Joan Pryce",
        "one passenger",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "affiliation"), SPEAKERS)
def test_speaker_and_affiliation(text: str, opening: str, speaker: str, affiliation: str) -> None:
    q = quote_starting(text, opening)
    assert q.kind == "direct"
    assert q.speaker == speaker
    assert q.affiliation == affiliation


def test_pronoun_takes_the_subject_of_the_sentence_before_not_the_last_speaker() -> None:
    text = (
        '"Demand is holding up well," said Mark Ellison, an analyst at a Frankfurt bank.\n\n'
        "Greta Lind said the outlook for next year was weaker. "
        '"If exports slow, none of this will matter," she said.'
    )
    q = quote_starting(text, "If exports")
    assert q.speaker_mention is not None and q.speaker_mention.text == "she"
    assert q.speaker == "Greta Lind"


def test_it_goes_to_the_organisation_that_spoke_in_its_paragraph() -> None:
    text = (
        'The regulator said the firm had "ignored repeated warnings".\n\n'
        "The health ministry said it had recorded 40 deaths overnight. "
        '"The situation is catastrophic," it said.'
    )
    q = quote_starting(text, "The situation")
    assert q.speaker == "The health ministry"
    assert q.speaker_type == "organisation"


def test_a_pronoun_does_not_skip_back_over_another_quotation() -> None:
    text = (
        'Anna Reyes said: "We will appeal."\n\n'
        '"This is not over," said Tom Blake, her lawyer. "We have new evidence," he said.'
    )
    q = quote_starting(text, "We have new")
    assert q.speaker == "Tom Blake"


def test_a_definite_role_after_a_name_is_that_person() -> None:
    text = (
        'Sir Peter Hollis said on Monday that the party would "govern for everyone". Speaking '
        'in Leeds, the opposition leader added: "We are ready for an election tomorrow."'
    )
    q = quote_starting(text, "We are ready")
    assert q.speaker == "Peter Hollis"
    assert q.affiliation == "opposition leader"


def test_organisation_names_with_lower_case_words_stay_whole() -> None:
    q = quote_starting(
        'The Department for Health said: "Funding is at a record level."', "Funding is"
    )
    assert q.speaker == "The Department for Health"
    assert q.speaker_type == "organisation"
    assert q.affiliation is None


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("A spokesperson for the council", "person"),
        ("a Home Office spokeswoman", "person"),
        ("the chancellor", "person"),
        ("the state broadcaster", "other"),
        ("the World Federation of Advertisers", "organisation"),
        ("Downing Street", "organisation"),
    ],
)
def test_nominal_speaker_types(mention: str, kind: str) -> None:
    text = f'"The roads will reopen on Friday," {mention} said.'
    q = quote_starting(text, "The roads")
    assert q.speaker_type == kind


@pytest.mark.parametrize(
    ("text", "opening", "setting"),
    [
        (
            'Speaking to Sky News on Sunday, Lena Fox said: "We will not back down."',
            "We will",
            "Speaking to Sky News",
        ),
        (
            'The BBC\'s Amy Ward, reporting from Gaza, said: "Aid trucks are queuing."',
            "Aid trucks",
            "reporting from Gaza",
        ),
        (
            'In a statement on Friday, the union said members were "furious".',
            "furious",
            "In a statement",
        ),
        (
            'The party leader wrote on Facebook that the protests were "paid for abroad".',
            "paid for",
            "on Facebook",
        ),
        (
            'The minister told the annual conference in Brighton: "The economy is turning."',
            "The economy",
            "told the annual conference in Brighton",
        ),
        (
            '"The flights are cancelled," Omar Said told Al Jazeera.',
            "The flights",
            "told Al Jazeera",
        ),
    ],
)
def test_setting(text: str, opening: str, setting: str) -> None:
    assert quote_starting(text, opening).setting == setting


@pytest.mark.parametrize(
    ("text", "opening", "kind"),
    [
        (
            'The minister defended the government\'s "fair deal" policy on Tuesday.',
            "fair deal",
            "term",
        ),
        ('The union rejected what it called a "derisory" offer.', "derisory", "term"),
        (
            'Paula Stone said the delays were unacceptable.\n\n"It is ridiculous."',
            "It is",
            "direct",
        ),
        ('She said the plan was "a disaster for families".', "a disaster", "direct"),
        ('According to Ms Hale, the council faces "very hard choices".', "very hard", "direct"),
    ],
)
def test_kind(text: str, opening: str, kind: str) -> None:
    assert quote_starting(text, opening).kind == kind


def test_interview_answers_belong_to_the_person_interviewed() -> None:
    text = (
        "Tomas Vidal, the head of the dockers' union, spoke to us about the strike.\n\n"
        "Q: How long can it last?\n\n"
        'A: "As long as it takes. Our members are united."'
    )
    q = quote_starting(text, "As long")
    assert q.speaker == "Tomas Vidal"
    assert q.cue is not None and q.cue.text == "A:"
    assert q.affiliation == "head of the dockers' union"


def test_they_goes_to_an_organisation_named_as_the_sentence_subject() -> None:
    text = (
        'A minister said the inquiry was "long overdue".\n\n'
        "Police said they had arrested four men. "
        '"Those responsible will be brought to justice," they said.'
    )
    q = quote_starting(text, "Those responsible")
    assert q.speaker == "Police"
    assert q.speaker_type == "organisation"


def test_an_age_nominal_refers_back_like_a_pronoun() -> None:
    text = (
        'A council officer said the shelter was "full".\n\n'
        "Karim Nasser, a father of three who lost his home, said he had nowhere to go. "
        '"We sleep in the car," the 38-year-old said.'
    )
    q = quote_starting(text, "We sleep")
    assert q.speaker == "Karim Nasser"


def test_a_document_is_its_own_speaker_not_the_body_named_in_it() -> None:
    text = (
        "The report, published by the UN's refugee agency, UNHCR, said: "
        '"Winter will bring new displacement."'
    )
    q = quote_starting(text, "Winter will")
    assert q.speaker == "The report"
    assert q.speaker_type == "document"


def test_a_style_after_the_role_is_not_part_of_the_affiliation() -> None:
    q = quote_starting(
        '"Supply is adequate," Kuwaiti Oil Minister Sheikh Nasser al-Sabah told reporters.',
        "Supply is",
    )
    assert q.speaker == "Nasser al-Sabah"
    assert q.affiliation == "Kuwaiti Oil Minister"


def test_a_name_taken_up_by_it_is_an_organisation_everywhere() -> None:
    text = (
        'Brightwell said it was "disappointed" by the ruling. '
        '"We will appeal," it said in a statement.'
    )
    article = extract(HEAD + text)
    assert [q.speaker for q in article.quotes] == ["Brightwell", "Brightwell"]
    assert {q.speaker_type for q in article.quotes} == {"organisation"}


@pytest.mark.parametrize(
    "text",
    [
        'State television quoted Interior Minister Karim Haddad as saying the border was "closed '
        'until further notice".',
        'Interior Minister Karim Haddad was quoted by the Daily Star as saying: "The border is '
        'closed until further notice."',
    ],
)
def test_the_one_quoted_speaks_not_the_one_quoting(text: str) -> None:
    article = extract(HEAD + text)
    assert [q.speaker for q in article.quotes] == ["Karim Haddad"]
    assert article.quotes[0].affiliation == "Interior Minister"


def test_hyphenated_titles_are_cut_from_the_name() -> None:
    q = quote_starting(
        '"The world cannot look away," UN Secretary-General Maria Costa said.', "The world"
    )
    assert q.speaker == "Maria Costa"
    assert q.affiliation == "UN Secretary-General"


def test_a_style_that_is_the_role_stays() -> None:
    q = quote_starting(
        'Crown Prince Faisal bin Ahmed told the summit that the region was "ready for peace".',
        "ready for",
    )
    assert q.speaker == "Faisal bin Ahmed"
    assert q.affiliation == "Crown Prince"


def test_a_colon_after_a_speech_noun_gives_its_owner() -> None:
    q = quote_starting(
        'The message from the head teacher was blunt: "Phones stay at home from Monday."',
        "Phones stay",
    )
    assert q.speaker == "the head teacher"
    assert q.cue is not None and q.cue.text == ":"


def test_a_role_capitalised_at_a_sentence_start_is_not_part_of_the_name() -> None:
    text = (
        'Lawyer Sunita Rao, who represents the families, said the ruling was "historic". '
        'She told reporters: "This is only the beginning."'
    )
    q = quote_starting(text, "This is only")
    assert q.speaker == "Sunita Rao"


def test_pronoun_gender_skips_a_speaker_of_the_other_gender() -> None:
    text = (
        'Mrs Angela Pryor, who led the campaign, said the decision was "a victory".\n\n'
        "Developer spokesman Mr Tom Hale said the firm would appeal. "
        '"We are disappointed," he said.\n\n'
        '"We fought this for three years," she said.'
    )
    article = extract(HEAD + text)
    by_opening = {q.text[1:12]: q for q in article.quotes}
    assert by_opening["We are disa"].speaker == "Tom Hale"
    assert by_opening["We are disa"].affiliation == "developer spokesman"
    assert by_opening["We fought t"].speaker == "Angela Pryor"


def test_a_wire_dateline_is_not_the_speaker_and_a_bare_surname_keeps_its_article() -> None:
    text = (
        "TUNIS, May 2 (Reuters) - Libya's prime minister Omar al-Tahiri on Friday rejected the "
        'plan, saying his government would "never accept partition".\n\n'
        '"We will not negotiate under threat," Tahiri told reporters.'
    )
    article = extract(HEAD + text)
    assert [q.speaker for q in article.quotes] == ["Omar al-Tahiri", "Omar al-Tahiri"]
    assert article.quotes[0].affiliation == "Libya's prime minister"


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        ('Most voters pull the lever for "R," according to their instinct.\n', "R", None),
        ('The film, titled "The Long Road Home", opens on Friday.\n', "The Long", None),
        (
            'Residents have long referred to it as the "city of bridges" in songs.\n',
            "city",
            "Residents",
        ),
    ],
)
def test_a_term_has_a_user_only_when_someone_says_or_names_it(text, opening, speaker) -> None:
    quote = quote_starting(text, opening)
    assert quote.kind == "term"
    assert quote.speaker == speaker
