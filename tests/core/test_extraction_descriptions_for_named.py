"""A description a report uses for a person it has named ("The rookie defenceman", "the
Swedish netminder", "The 29-year-old star", "the blonde bombshell") takes up that person: the
subject of the sentence just before it, the last speaker when no one else is named since, or
the person a role was given to ("goaltender Anders Lindqvist").  A bare role ("the
prosecutor") is still whoever holds it, and a name set off after the description wins."""

import pytest
from quote_lookup import quote_starting

from homsquotes.core.extraction import extract

CASES = [
    (
        # the description opens the paragraph after the last speaker's quotation
        "HALIFAX - Liam Doucette had waited all season for a goal.\n\n"
        "\"I just put my head down and shot,\" Doucette said.\n\n"
        "The rookie winger, picked in the fourth round last June, had gone 31 games without "
        "scoring.\n\n"
        "\"My dad is going to frame the puck,\" he added.",
        "My dad",
        "Liam Doucette",
    ),
    (
        # a description restating the role the name was given, in the paragraph before
        "\"We were flat,\" captain Owen Marchetti said.\n\n"
        "The Harbour Hawks were saved by goaltender Petteri Salmela, who stopped 41 shots.\n\n"
        "\"The defence made it easy for me,\" the Finnish netminder said.",
        "The defence made",
        "Petteri Salmela",
    ),
    (
        # "she" after an age description whose relative clause names the part she plays
        "SOAP star Maisie Kettleborough has opened up about leaving the show.\n\n"
        "The 29-year-old star, who plays nurse Tilly Mallory on the long-running drama, "
        "wept as she spoke about her year.\n\n"
        "'I honestly thought my career was over,' she said.",
        "I honestly",
        "Maisie Kettleborough",
    ),
    (
        # a paragraph that is only a quotation, after a tabloid description's reported speech
        "REALITY favourite Jodie Ashcombe has hit back at her critics.\n\n"
        "'I know who I am,' she said. 'Nothing they write changes that.'\n\n"
        "The blonde bombshell, who split from Ryan Tate in May, said she had stopped reading "
        "the comments.\n\n"
        "'It is the only way to stay sane in this business.'",
        "It is the only",
        "Jodie Ashcombe",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CASES)
def test_a_description_takes_up_the_person_named(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_a_clause_after_a_name_is_not_its_affiliation() -> None:
    text = (
        "\"I never even saw it go in,\" Liam Doucette said.\n\n"
        "For Doucette, the night ended with the puck taped up in his locker."
    )
    quote = quote_starting(text, "I never")
    assert quote.speaker == "Liam Doucette"
    assert quote.affiliation is None or "night" not in quote.affiliation


def test_a_name_after_a_that_clause_verb_is_not_the_subject() -> None:
    # "Insiders say Tilly is set for ..." speaks of the character, not of the star
    text = (
        "SOAP star Maisie Kettleborough has opened up about leaving the show.\n\n"
        "'I honestly thought my career was over,' she said.\n\n"
        "'My mum got me through it,' the soap star added.\n\n"
        "Insiders say Tilly is set for a dramatic return at Christmas.\n\n"
        "And the star insists she is happy.\n\n"
        "'I have never felt better,' the 29-year-old beamed."
    )
    assert quote_starting(text, "I have never").speaker == "Maisie Kettleborough"


def test_a_bare_role_is_still_whoever_holds_it() -> None:
    text = (
        "Brian Cullen, 52, denies fraud.\n\n"
        "In one message, he wrote: \"Need the money by Friday.\"\n\n"
        "The prosecutor said: \"You may think these are not the words of an honest man.\""
    )
    assert quote_starting(text, "You may think").speaker != "Brian Cullen"


def test_a_name_set_off_after_the_description_wins() -> None:
    text = (
        "\"We will not leave farmers behind,\" Agriculture Minister Desmond Palmer said.\n\n"
        "But the councillor for the Eastern Division, Lenworth Barrett, said the package was "
        "\"too little and far too late\"."
    )
    quote = quote_starting(text, "too little")
    assert quote.speaker == "Lenworth Barrett"


def test_a_description_with_no_one_to_take_up_stays_a_description() -> None:
    article = extract(
        "The veteran prop, who has played 200 games, was philosophical.\n\n"
        "\"You win some, you lose some,\" the veteran prop said."
    )
    assert [q.speaker for q in article.quotes] == ["the veteran prop"]
