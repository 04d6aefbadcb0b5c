"""A role the name run read on from ("Town Supervisor Janet Bruno", "Provost John McFadyen",
"Minister of Water Resources and Irrigation Karim Abdel-Hamid") is the speaker's affiliation,
never part of the speaker's name; names that open with such words keep them."""

import pytest
from quote_lookup import quote_starting

from homsquotes.core.extraction.resolution.name_prefix import split_role_prefix

CASES = [
    (
        "Town Supervisor Janet Bruno said the corridor was ready.\n\n"
        "“Route 9W is where we want businesses to go,” Bruno said.",
        "Route 9W",
        "Janet Bruno",
        "Town Supervisor",
    ),
    (
        "Kaumātua Wiremu Pōhatu stood at the gate.\n\n“I buried a lot of people who were "
        "waiting for this,” he said.",
        "I buried",
        "Wiremu Pōhatu",
        "Kaumātua",
    ),
    (
        "Egypt's Minister of Water Resources and Irrigation Karim Abdel-Hamid said Egypt's "
        "position was unchanged.\n\n“We have shown flexibility at every stage,” he said.",
        "We have shown",
        "Karim Abdel-Hamid",
        None,
    ),
    (
        "Federation District Convener W.M. Dissanayake said farmers had spent heavily.\n\n"
        "“Who will pay for our losses?” he asked.",
        "Who will pay",
        "W.M. Dissanayake",
        "District Convener",
    ),
    (
        "German Social Democrat Anna Weber said the vote was historic.\n\n"
        "\"Today Europe has shown that it can protect workers,\" Weber said.",
        "Today Europe",
        "Anna Weber",
        None,
    ),
    (
        "Co-author Tomás Ferreira said the counts were done by hand.\n\n"
        "“I counted bees in the rain,” Ferreira said.",
        "I counted",
        "Tomás Ferreira",
        None,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "affiliation"), CASES)
def test_the_role_is_cut_from_the_name(
    text: str, opening: str, speaker: str, affiliation: str | None
) -> None:
    quote = quote_starting(text, opening)
    assert quote.speaker == speaker
    if affiliation is not None:
        assert quote.affiliation == affiliation


@pytest.mark.parametrize(
    "name",
    [
        "Nana Ekow Amissah-Bentum III",  # a Ghanaian ruler's style is his name's
        "Daw Nan Khin Htwe",  # a Burmese prefix, not a grandmother
        "Man Bahadur Lama",  # a Nepali given name, not "man"
        "Sultan Ahmed Al Jaber",  # a given name that is also a title
        "Marieke van der Linde",
    ],
)
def test_names_that_open_with_such_words_keep_them(name: str) -> None:
    assert split_role_prefix(f"{name} said it was so.", name) == (None, name)


def test_an_ordinary_of_before_a_name_is_no_portfolio() -> None:
    text = "Supporters of Donald J. Trump rallied. Clinton and Donald J. Trump met."
    assert split_role_prefix(text, "Donald J. Trump") == (None, "Donald J. Trump")


def test_a_possessive_the_run_read_through_is_cut() -> None:
    text = "The chair of the group, Kenya's Wanjiru Kamau-Odhiambo, said so."
    assert split_role_prefix(text, "Kenya Wanjiru Kamau-Odhiambo") == (
        "Kenya",
        "Wanjiru Kamau-Odhiambo",
    )
