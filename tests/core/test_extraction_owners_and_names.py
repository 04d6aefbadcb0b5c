"""Who stands behind "the statement" and "the company", and which full name a surname means.

A statement brought in by an opening phrase ("In a statement, the Diocese of Harrow Falls
thanked ...") speaks for the sentence's subject; "the company" is the name the article writes
as an organisation ("its customers", "a JR Hokkaido official"). A surname is the person the
article names first, never a name with a party or a headline word stuck to its front, and a
name never runs across a full stop."""

import pytest
from quote_lookup import quote_starting

# (group, article, opening words of the quotation, speaker)
SPEAKERS = [
    (
        "a_statement_brought_in_by_an_opening_phrase",
        "The fire broke out on Oct. 3.\n\nIn a statement, the Diocese of Harrow Falls thanked "
        'the synagogue.\n\n"The diocese is deeply grateful for its generosity," the statement '
        "said.",
        "The diocese is",
        "the Diocese of Harrow Falls",
    ),
    (
        "a_statement_brought_in_by_an_opening_phrase",
        "In a statement released in the afternoon, the Ministry of Finance and Economic "
        'Development said it had prioritised the payments.\n\n"Treasury is seized with the '
        'matter," reads the statement.',
        "Treasury is",
        "the Ministry of Finance and Economic Development",
    ),
    (
        "a_statement_brought_in_by_an_opening_phrase",
        "Last month Corvane cut 640 jobs, about 18% of its workforce.\n\nIn its latest filing, "
        'the company acknowledged the risks. "There can be no assurance that it will work," '
        "the filing reads.",
        "There can be",
        "Corvane",
    ),
    (
        "the_company_is_the_name_written_as_an_organisation",
        "North East Power Networks says 118,000 of its customers are still without power. In "
        'a statement, the company said:\n\n"Our engineers have restored supplies to 40,000 '
        'homes."',
        "Our engineers",
        "North East Power Networks",
    ),
    (
        "the_company_is_the_name_written_as_an_organisation",
        "JR Hokkaido announced last month that it would close the line.\n\n\"Maintaining the "
        'section is no longer feasible," the company said in a statement.\n\nA JR Hokkaido '
        "official declined to comment.",
        "Maintaining the",
        "JR Hokkaido",
    ),
    (
        "a_surname_is_the_person_named_first",
        "Jeb Bush faces a test in South Carolina. His brother, George W. Bush, campaigned for "
        'him on Monday.\n\n"We will beat expectations," Bush said.',
        "We will beat",
        "Jeb Bush",
    ),
    (
        "a_surname_is_the_person_named_first",
        "Republican Donald Trump spoke in Salem. Donald Trump has led the polls for months, and "
        'Eric Trump campaigned for him.\n\n"It is fine," Trump said.',
        "It is fine",
        "Donald Trump",
    ),
    (
        "a_name_never_runs_across_a_full_stop",
        "The tactic could violate the Freedom of Information Act. But Trump has seen what can "
        'happen.\n\nHe attacked some lawmakers. "You have been very critical of me," Trump told '
        "Sen. Jeff Flake.",
        "You have been",
        "Trump",
    ),
    (
        "a_name_never_runs_across_a_full_stop",
        'Trade has grown with the U.S. While Clinton spoke, protesters gathered.\n\n"We will '
        'win," Clinton said.',
        "We will win",
        "Clinton",
    ),
]


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [case[1:] for case in SPEAKERS],
    ids=[f"{case[0]}-{i}" for i, case in enumerate(SPEAKERS)],
)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_a_given_name_is_never_taken_for_a_word_before_the_name() -> None:
    text = (
        "Debbie Wasserman Schultz chairs the party. Wasserman Schultz has been criticised, and "
        'Wasserman Schultz knows it.\n\n"I am not going anywhere," Wasserman Schultz said.'
    )
    assert quote_starting(text, "I am not").speaker == "Debbie Wasserman Schultz"
