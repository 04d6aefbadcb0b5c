"""An epithet ("the Kazakh", "said the Dane", "the Offaly man", "the 27-year-old from Osaka")
takes up the person the paragraph is about, and is never itself the speaker's name; a person
brought in without a name ("Another passenger, who did not wish to be named") is the one a
following "she said" means, not an earlier speaker."""

from quote_lookup import quote_starting, speaker_table

SPEAKERS = [
    (
        "a_nationality_takes_up_the_paragraphs_subject",
        "Zhaksylykov, who had not dropped a set in his first three rounds, held a match point "
        "at 6-5 but netted a backhand.\n\n“He played the big points better. That’s tennis,” the "
        "Kazakh said.",
        "He played",
        "Zhaksylykov",
    ),
    (
        "a_nationality_takes_up_the_paragraphs_subject",
        "Dalgaard, who now leads Morishita by 18 points, said he had given up on the win "
        'early.\n\n"After the first stint I saw Kaito was quicker," said the Dane.',
        "After the first",
        "Dalgaard",
    ),
    (
        "a_home_town_man_takes_up_the_person_just_named",
        'Shane Lowry birdied the last. "It was never going to be pretty," the Offaly man said.',
        "It was never",
        "Shane Lowry",
    ),
    (
        "an_age_from_a_town_is_the_person_not_the_town",
        "Morishita, who also won in Monaco last month, was quick to sympathise.\n\n\"I felt bad "
        'for him," the 27-year-old from Osaka said.',
        "I felt bad",
        "Morishita",
    ),
    (
        "an_unnamed_person_is_the_one_a_pronoun_takes_up",
        "The AAIU said in its report that the crew had followed procedure.\n\nAnother "
        "passenger, who did not wish to be named, said she had been unable to fly since.\n\n"
        "\"I'm driving to Dublin now,\" she said.",
        "I'm driving",
        "a passenger",
    ),
    (
        "an_unnamed_person_is_the_one_a_pronoun_takes_up",
        "\"We still don't have a count,\" said Marguerite Oyelaran, a dealer in Chelsea.\n\nOne "
        "dealer, who spoke on condition of anonymity because he has clients, put it more "
        'bluntly. "The estate should have finished the book," he said.',
        "The estate",
        "a dealer",
    ),
]


@speaker_table(SPEAKERS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_a_nationality_with_nobody_named_stays_a_description() -> None:
    text = '"We were the better side," the Kazakh said.'
    assert quote_starting(text, "We were").speaker not in (None, "Kazakh")


PRONOUN_CHAINS = [
    (
        "a_name_given_only_as_one_word_is_the_pronouns",
        "Residents of Kroo Bay say the drug is everywhere.\n\nOne young man, who gave his name "
        "only as Osman, 23, said he started smoking kush two years ago.\n\n'At first it was for "
        "fun,' he said.",
        "At first",
        "Osman",
    ),
    (
        "a_paragraph_opening_with_a_pronoun_hands_on_to_the_one_before",
        "“We can finally turn on the tap,” said Roberta Flett, a mother of three.\n\n"
        "Chief Darlene Sinclair-Mistikwan said the celebration should not hide the work still "
        "to be done.\n\nShe said the band is still short of money to pay water operators.\n\n"
        "“A plant is only as good as the people running it,” she said.",
        "A plant is",
        "Darlene Sinclair-Mistikwan",
    ),
    (
        "a_pronoun_after_a_quotation_paragraph_is_that_quotations_speaker",
        'President of the association, Curtis Mohammed, said members voted for the action.\n\n'
        '"We cannot absorb this. A driver working the Sando route is already spending half of '
        'what he makes on fuel," Mohammed said.\n\nHe said the association had written to the '
        'minister. "They want to talk to us after they decide," he said.',
        "They want",
        "Curtis Mohammed",
    ),
]


@speaker_table(PRONOUN_CHAINS)
def test_pronoun_chain(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker
