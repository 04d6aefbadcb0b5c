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
