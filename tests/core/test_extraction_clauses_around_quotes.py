"""How a sentence around a quotation names its speaker, in house styles beyond US politics:
an office for a place with its holder in apposition, speech in a relative clause, a role
after an inverted cue, a person who is the topic of a sentence, a group with no determiner, a
translation in brackets before the cue; and the narrator's words after a fragment, which never
name its speaker."""

from quote_lookup import quote_starting, speaker_table

SPEAKERS = [
    (
        "an_office_for_a_place_is_held_by_the_name_in_apposition",
        "Labour MP for North and East Derby, Priya Lalwani, said the closure would hurt "
        "shift workers.\n\n“For people on nights, the last bus is the only bus,” she said.",
        "For people on nights",
        "Priya Lalwani",
    ),
    (
        "speech_in_a_relative_clause_brings_its_speaker_in",
        "“The drains have all been cleared,” Mayor Tan Boon Huat told reporters.\n\n"
        "“We did it ahead of the monsoon,” he said.\n\nAlso present was Perak "
        "Housing, Local Government and Public Transport Committee chairman Datuk Rosli Hamid, "
        "who said the council had set aside land for two "
        "ponds.\n\n“Work on the first pond will begin in March,” he said.",
        "Work on the first pond",
        "Rosli Hamid",
    ),
    (
        "a_role_after_an_inverted_cue_is_the_person_it_named",
        "IPOH: Ten new fire stations will open this year, says Datuk Seri Hamzah Zainal "
        "Abidin.\n\nThe Local Government Minister said the first would open in "
        "Kampar.\n\n“The contractors have been paid in full,” he told reporters.",
        "The contractors have been paid",
        "Hamzah Zainal Abidin",
    ),
    (
        "a_malay_name_written_short_is_the_full_name",
        "Mr Lee Chong Wei said the stalls would stay.\n\nDatuk Ahmad Rizal Hashim, the state "
        "executive councillor, said the market would be rebuilt.\n\nAhmad Rizal said the "
        "traders \"will not pay more rent than before\".",
        "will not pay more rent",
        "Ahmad Rizal Hashim",
    ),
    (
        "the_topic_of_a_sentence_after_a_role_of_two_words_and_an_age",
        "Madam Wong Mei Ling, who chairs the residents' committee, said she had written to "
        "the council.\n\n“We were never asked,” she said.\n\nFor third-generation baker Mrs "
        "Lim Siew Hua, 58, who runs a kueh stall, the news came as a blow.\n\n“My "
        "grandmother opened this stall in 1961,” she said.",
        "My grandmother opened",
        "Lim Siew Hua",
    ),
    (
        "a_plural_group_with_no_determiner_is_they",
        'R.P. Gunawardena, who grows chillies on two acres, said he had lost his crop.\n\n'
        'Traders from the nearby Pettah market, who closed their shops for the day, voiced '
        'similar fears. "Every month the prices go up and nobody listens," they said.',
        "Every month the prices go up",
        "traders from the nearby Pettah market",
    ),
    (
        "a_translation_in_brackets_before_the_cue",
        "Marites Reyes, a 47-year-old vendor, said the water came in within minutes.\n\n"
        "Her neighbour Jun Dizon said the same.\n\n“Wala na kaming bahay,” (We no longer have "
        "a house. We lost everything.) said Reyes, who has three children.",
        "Wala na kaming bahay",
        "Marites Reyes",
    ),
    (
        "a_typewriter_quotation_keeps_its_comma_before_the_cue",
        "Gary Mohler, the operator's manager, said the site was safe.\n\nMany in the audience "
        "disagreed.\n\n''Nobody asked us when they put it in,'' several people at the back of "
        "the room called out as Mohler sat down.",
        "Nobody asked us",
        "several people at the back of the room",
    ),
]


@speaker_table(SPEAKERS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


NOT_SPEAKERS = [
    (
        "a_clause_after_a_fragment_that_opens_with_even_if",
        "Mr. Biden told the crowd that Mrs. Clinton was \"made of the same stuff,\" even if "
        "she could not always show it.",
        "made of the same stuff",
        "Biden",
    ),
    (
        "a_verb_after_a_fragment_that_is_no_speech_verb",
        "Mr. Scott, who has called the remarks \"racially toxic,\" portrayed his own party's "
        "nominee as a passing affliction.",
        "racially toxic",
        "Scott",
    ),
    (
        "the_subject_of_a_reported_clause_after_said",
        "Mr. Manafort, citing \"the unique magic of the candidate,\" said the campaign could "
        "compete in Pennsylvania.",
        "the unique magic",
        "Manafort",
    ),
    (
        "the_narrators_sentence_after_a_fragment",
        "His first segment involved \"a painful chest-waxing incident,\" well before Steve "
        "Carell made that gag famous, Mr. Oppenheim noted.",
        "a painful chest-waxing",
        "Oppenheim",
    ),
]


@speaker_table(NOT_SPEAKERS)
def test_speaker_of_a_fragment(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker.endswith(speaker)


def test_the_role_after_an_inverted_cue_is_the_affiliation() -> None:
    quote = quote_starting(SPEAKERS[2][1], "The contractors")
    assert quote.affiliation == "Local Government Minister"
