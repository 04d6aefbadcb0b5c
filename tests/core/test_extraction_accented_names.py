"""Names that start with a capital beyond A-Z (Đukić, Étienne, Şükrü Özdemir) are names: the
article's full name is found for a surname, with its affiliation, and a similar-looking
surname of another person is never taken for it."""

import re

import pytest
from quote_lookup import quote_starting, speaker_table

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.capitals import latin

SPEAKERS = [
    (
        "a_surname_with_an_accented_capital_is_the_person_named_with_it",
        "Medikon's director, Goran Đukić, told BIRN by phone that the company had won the "
        "tender fairly. Edin Zukić, a procurement officer at the hospital, declined to "
        'comment.\n\n"We offered the best equipment and the best service," Đukić said.',
        "We offered",
        "Goran Đukić",
    ),
    (
        "a_given_name_with_an_accented_capital_is_part_of_the_name",
        "Étienne Lachance-Okoro crashed on lap 12. \"I'm so sorry, guys,\" Lachance-Okoro "
        "said afterwards.",
        "I'm so sorry",
        "Étienne Lachance-Okoro",
    ),
    (
        "a_given_name_with_an_accented_capital_is_part_of_the_name",
        "Şükrü Özdemir, the club's president, was furious. \"This is a scandal,\" Özdemir said.",
        "This is a scandal",
        "Şükrü Özdemir",
    ),
]


@speaker_table(SPEAKERS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_the_affiliation_of_an_accented_name_is_found() -> None:
    text = (
        "Şükrü Özdemir, the club's president, was furious. \"This is a scandal,\" Özdemir said."
    )
    assert quote_starting(text, "This is a scandal").affiliation == "the club's president"


def test_a_widened_class_takes_accented_capitals_but_no_small_letters() -> None:
    capital = re.compile(latin(r"[A-Z]"))
    assert all(capital.fullmatch(c) for c in "AZÉÓĐŠŻÅØÞẠ")
    assert not any(capital.fullmatch(c) for c in "aéđšżø1-")
    assert latin(latin(r"[A-Z]")) == latin(r"[A-Z]")  # widening twice changes nothing


def test_a_titled_surname_is_not_the_spouse_of_the_other_gender() -> None:
    text = (
        "Gwilym Pryce-Jones, 61, and his wife Eirlys farm 320 acres near Tregaron.\n\n"
        '"You don\'t sleep the night before a test," said Mr Pryce-Jones.\n\n'
        '"It\'s a very hard time for us as a family," said Mrs Pryce-Jones.'
    )
    assert quote_starting(text, "You don't").speaker == "Gwilym Pryce-Jones"
    assert quote_starting(text, "It's a very").speaker == "Eirlys Pryce-Jones"


def test_a_couple_with_an_aside_and_a_long_text_of_titles_stays_fast_and_right() -> None:
    head = "John Murphy, 45, of Tallaght, and his wife Mary attended court.\n\n"
    body = "".join(
        f'"Answer number {i} is here," said Mrs Murphy. "Fine," said Mr Murphy.\n\n'
        for i in range(300)
    )
    quotes = extract(head + body).quotes
    assert [q.speaker for q in quotes[:2]] == ["Mary Murphy", "John Murphy"]
    assert {q.speaker for q in quotes} == {"Mary Murphy", "John Murphy"}


def test_an_irish_name_with_a_one_letter_particle_is_named_in_the_next_sentence() -> None:
    text = (
        "“It was never going to be pretty. I just didn’t want it to be ugly.”\n\nSo said Eoghan "
        "Ó Maoileoin, moments after a 12-foot birdie putt on the 18th green."
    )
    assert quote_starting(text, "It was never").speaker == "Eoghan Ó Maoileoin"


def test_a_given_name_ending_like_a_role_is_kept() -> None:
    text = (
        'Peter Gitau Wachira, the majority leader, spoke first. "We cannot approve this budget," '
        "Mr Wachira said."
    )
    assert quote_starting(text, "We cannot").speaker == "Peter Gitau Wachira"


def test_a_capitalised_role_before_a_three_word_name_is_cut_but_not_a_given_name() -> None:
    archer = 'Archer Deepika Kumari won gold. "It is a dream," Kumari said.'
    thompson = 'Hunter S. Thompson wrote it. "Buy the ticket," Thompson said.'
    assert quote_starting(archer, "It is a dream").speaker == "Deepika Kumari"
    assert quote_starting(thompson, "Buy the ticket").speaker == "Hunter S. Thompson"


_FENCE = (
    "On a cold July morning, Pieter van der Merwe leans on a fence post.\n\n"
    "Its spokesperson, Lerato Molefe, says the company has followed every step. "
    '"We take them seriously," said Molefe.\n\n'
    "{subject} watches a truck disappear in a cloud of dust.\n\n"
    '"I am not against mining," he says.'
)


@pytest.mark.parametrize(
    "subject", ["Back at the fence line, van der Merwe", "Van der Merwe", "Back home, Merwe"]
)
def test_a_surname_with_its_particles_is_the_named_person(subject: str) -> None:
    # a sentence subject that opens with lower-case particles, and a particle capitalised at a
    # sentence's start, are the man named in full, not the last speaker
    text = _FENCE.format(subject=subject)
    assert quote_starting(text, "I am not against").speaker == "Pieter van der Merwe"


def test_a_given_name_ending_like_a_role_before_particles_is_kept() -> None:
    text = 'Pieter van der Merwe farms maize. "The water is going," van der Merwe said.'
    assert quote_starting(text, "The water").speaker == "Pieter van der Merwe"


def test_a_minister_of_state_for_a_portfolio_before_a_family_name_first() -> None:
    text = (
        "Senior Minister of State for Transport Chan Li Ping, who rode one of the test trains, "
        'said the line would open. "It will cut journeys," she said.'
    )
    assert quote_starting(text, "It will cut").speaker == "Chan Li Ping"


def test_a_person_noun_with_no_role_ending_opening_a_sentence_is_not_a_name() -> None:
    text = (
        "Parent Jennifer Alvarado, whose two children attend Maple Hollow, spoke first.\n\n"
        '"You keep saying this is about numbers," Alvarado said.'
    )
    quote = quote_starting(text, "You keep saying")
    assert (quote.speaker, quote.affiliation) == ("Jennifer Alvarado", "parent")


def test_a_name_only_the_headline_gives_yields_to_the_body_full_name() -> None:
    text = (
        "Pontybrenin 24 Llanfair 19: Late Morgan try settles derby thriller\n\n"
        "Gethin Morgan’s 78th-minute try sealed a dramatic derby victory on Saturday.\n\n"
        "Morgan said the winning try was ‘a bit of a blur’."
    )
    assert quote_starting(text, "a bit of a blur", head="").speaker == "Gethin Morgan"


def test_a_portfolio_of_several_before_a_hokkien_family_name_first() -> None:
    # "Koh" is a Singaporean family name; the run is "Environment Koh Poh Wen", so the
    # portfolio's "and" must not hide that the title ends before the name.
    text = (
        "Rents to be reviewed\n\nRents at six hawker centres will be reviewed, Senior Minister "
        "of State for Sustainability and the Environment Koh Poh Wen said on Tuesday.\n\n"
        '"We have heard the stallholders," Dr Koh told reporters.\n'
    )
    quote = quote_starting(text, "We have heard")
    assert quote.speaker == "Koh Poh Wen"
    assert quote.affiliation != "Dr"
