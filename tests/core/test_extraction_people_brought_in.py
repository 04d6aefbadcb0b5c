"""A person brought into a feature without reported speech ("Her mum Denise Brennan, 54, was
less diplomatic", "Her former co-star Tyrese Okafor-Lloyd ... leapt to her defence") speaks
the next quotation, whether a pronoun or a description ("the hunky personal trainer") cues it,
and the possessive before the name is about someone else, not a sign that "she" is."""

import pytest
from quote_lookup import quote_starting

CASES = [
    (
        "The singer broke her silence on Instagram. \"Sometimes you have to choose yourself,\" "
        "a source close to the star said.\n\n"
        "Her mum Denise Brennan, 54, was less diplomatic when we caught up with her outside "
        "her house in Warrington yesterday.\n\n"
        "\"He's made his bed,\" she fumed.",
        "He's made",
        "Denise Brennan",
    ),
    (
        "A spokesperson for the footballer said: \"Jordan will not be commenting.\"\n\n"
        "Her former Love Villa co-star Tyrese Okafor-Lloyd, who has stayed close to Kayleigh "
        "since the show, leapt to her defence.\n\n"
        "\"Kay is the strongest person I know,\" the hunky personal trainer told us.",
        "Kay is the",
        "Tyrese Okafor-Lloyd",
    ),
    (
        "\"We will rebuild,\" said Mayor Jocelyn Bagtas-Odiem.\n\n"
        "His cousin Ramon Dulay, a fisherman, lost his boat in the storm.\n\n"
        "\"There is nothing left to fix,\" he said.",
        "There is nothing",
        "Ramon Dulay",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), CASES)
def test_the_person_just_brought_in_speaks(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_a_quotation_in_between_keeps_its_own_speaker() -> None:
    # the relative is brought in, but the mayor speaks again before the pronoun
    text = (
        "His cousin Ramon Dulay, a fisherman, lost his boat in the storm. \"We will rebuild,\" "
        "said Mayor Jocelyn Bagtas-Odiem, who visited the site.\n\n"
        "\"Our rescuers are digging with their hands,\" she said."
    )
    assert quote_starting(text, "Our rescuers").speaker == "Jocelyn Bagtas-Odiem"


def test_she_is_the_woman_titled_since_not_a_speaker_of_unknown_gender() -> None:
    text = (
        "Giedre Kazlauskaite, 36, was dismissed in March, five weeks after returning from "
        "maternity leave.\n\n"
        "In a written judgment, Employment Judge Harinder Sandhu said: \"We have no hesitation "
        "in finding for the claimant.\"\n\n"
        "The tribunal heard that Ms Kazlauskaite, who had worked at the restaurant for six "
        "years, made a flexible working request in January.\n\n"
        "\"He told me a kitchen was no place for a mum,\" she said in her witness statement."
    )
    assert quote_starting(text, "He told me").speaker == "Giedre Kazlauskaite"


@pytest.mark.parametrize(
    "text",
    [
        # the titled man is named before the last speaker's own name
        "Mrs Clinton would do well to build bridges to Ms Warren, said David Axelrod, a "
        "strategist.\n\n\"It seems certain the race will run on,\" she said.",
        # or inside the last speaker's own sentence
        "\"Fox is the epitome of candour,\" said Governor Terry Branstad, who used Ms Ailes as a "
        "consultant. She added, \"It will be interesting to see where we go.\"",
    ],
)
def test_a_titled_woman_named_in_passing_does_not_take_the_pronoun(text: str) -> None:
    quote = quote_starting(text, "It ")
    assert quote.speaker not in ("Warren", "Ailes")
