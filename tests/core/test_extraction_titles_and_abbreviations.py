"""Abbreviations that do not end a sentence: a title before a name ("Coun.", "Hon."), a street
or a state ("Cawthra Rd.,", "San Jose, Calif.,"), a time ("1 a.m.,"); and the subjects that
bring in the next speaker: a role in two parts ("veteran croc catcher and tour operator Ray
Delaney"), a name with particles, a long description, an office "for" a place, a person a
sentence is about, and the organisation that spoke."""

from quote_lookup import HEAD, quote_starting, speaker_table

from homsquotes.core.extraction import extract

EARLIER = '"We are very pleased," said Jessica Tran, a spokesperson for the riders.\n\n'

SPEAKERS = [
    (
        "an_abbreviated_title_before_the_name",
        EARLIER + '"This is the most important transit decision this council will make," Coun. '
        "Teresa Figueiredo-Walsh said as she opened debate.",
        "This is the most important",
        "Teresa Figueiredo-Walsh",
    ),
    (
        "a_street_abbreviation_in_the_apposition",
        EARLIER + "Fatima Qureshi, a 67-year-old retiree who lives near Dundas and Cawthra Rd., "
        "told council she takes the bus three times a week.\n\n\"Some days it takes me an hour "
        'and a half," she said.',
        "Some days",
        "Fatima Qureshi",
    ),
    (
        "a_time_in_the_aside",
        EARLIER + "Figueiredo-Walsh, speaking to reporters shortly before 1 a.m., said she "
        'expected a harder fight.\n\n"Getting seven votes was the easy part," she said.',
        "Getting seven votes",
        "Figueiredo-Walsh",
    ),
    (
        "a_state_after_the_town",
        EARLIER + "Scott Slinker, a 55-year-old entrepreneur in San Jose, Calif., gave the "
        "candidate $250 last summer. ''I know his supporters are here,'' he said.",
        "I know his",
        "Scott Slinker",
    ),
    (
        "two_roles_joined_before_the_name",
        '"Everyone is gutted," Cr Scarlett said.\n\nBut veteran croc catcher and tour operator '
        'Ray "Tiny" Delaney blasted authorities.\n\n"There\'s more crocs in these rivers now," '
        "he blasted.",
        "There's more crocs",
        "Ray Delaney",
    ),
    (
        "a_name_with_two_particles_brings_in_the_next_she",
        EARLIER + "Marieke van der Linde, a senior specialist with the World Bank in Islamabad, "
        'said the bank was aware.\n\n"We have asked the agency to prioritise widows," she told '
        "Dawn in an emailed response.",
        "We have asked",
        "Marieke van der Linde",
    ),
    (
        "a_description_with_an_adjective_in_ed",
        EARLIER + "A purchasing clerk with a licensed buying company at Sefwi Asafo, Mr Samuel "
        'Nkansah, said volumes had fallen.\n\n"Three years ago I was buying 900 bags," he said.',
        "Three years ago",
        "Samuel Nkansah",
    ),
    (
        "an_office_for_a_place_after_its_acronym",
        EARLIER + "The District Chief Executive (DCE) for Sefwi Wiawso, Mr Emmanuel Adu-Gyamfi, "
        'said 23 miners had been arrested.\n\n"We will not relent," he said.',
        "We will not relent",
        "Emmanuel Adu-Gyamfi",
    ),
    (
        "a_person_the_sentence_is_about_described_in_apposition",
        EARLIER + "For Major, a retiree and one of the volunteers at the phone bank, making calls "
        'two nights a week is an opportunity.\n\n"Bernie has a passionate speech," she said.',
        "Bernie has",
        "Major",
    ),
    (
        "the_group_is_the_organisation_that_spoke",
        EARLIER + "The Texas Water Conservation Association, which represents utilities, said in "
        'a statement that it supported the House bill and urged the Senate "to act quickly." The '
        'group added: "Texas cannot afford another session that ends without funding."',
        "Texas cannot afford",
        "Texas Water Conservation Association",
    ),
    (
        "a_role_then_a_name_with_two_particles",
        EARLIER + "Argentina coach Santiago Gómez de la Fuente was gracious in defeat.\n\n\"Fiji "
        'were better than us in the second half," he said.',
        "Fiji were better",
        "Santiago Gómez de la Fuente",
    ),
    (
        "an_opening_phrase_of_place_is_no_role",
        EARLIER + "At the post-match press conference, Ratu Apenisa was asked about the "
        'pressure.\n\n"Pressure is a privilege," he replied.',
        "Pressure is",
        "Ratu Apenisa",
    ),
    (
        "malay_styles_and_a_number_with_a_comma",
        EARLIER + "Caretaker Mentri Besar Datuk Seri Kamarul Ariffin Hashim, who retained his "
        "Ampangan seat with a majority of 3,412 votes, said the people had given a mandate.\n\n"
        '"Alhamdulillah, the people have chosen stability," he told reporters.',
        "Alhamdulillah",
        "Kamarul Ariffin Hashim",
    ),
    (
        "titles_after_a_role_and_a_university_of_three_words",
        EARLIER + "Political analyst Assoc Prof Dr Faridah Jaafar of Universiti Sains Malaysia "
        'said turnout had hurt the coalition.\n\n"Many urban voters did not come back," she said.',
        "Many urban voters",
        "Faridah Jaafar",
    ),
    (
        "a_party_role_and_malay_styles",
        EARLIER + "Barisan Nasional secretary-general Datuk Seri Zainal Abidin Rahmat "
        'congratulated the winners in a post on Facebook.\n\n"Thank you, the people of Negeri '
        'Sembilan," he wrote.',
        "Thank you",
        "Zainal Abidin Rahmat",
    ),
    (
        "the_parser_took_the_title_for_the_apposed_name",
        "The Ekanle LGA chairman, Hon. Biodun Oyelaran, who visited the scene, described the "
        'fire as "a colossal loss to our people and to the economy".',
        "a colossal loss",
        "Biodun Oyelaran",
    ),
]


@speaker_table(SPEAKERS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_an_honorific_before_the_name_is_not_the_role() -> None:
    text = (
        "Council chairman Hon. Peterson Francis said the market would reopen. \"We have heard "
        'the vendors," he said.'
    )
    assert quote_starting(text, "We have heard").affiliation == "Council chairman"


def test_a_role_keeps_neither_the_age_nor_the_relative_clause() -> None:
    text = (
        "Fatima Qureshi, a 67-year-old retiree who lives near Dundas and Cawthra Rd., told "
        'council she takes the bus.\n\n"Some days it takes me an hour and a half," she said.'
    )
    assert quote_starting(text, "Some days").affiliation == "retiree"


def test_an_abbreviated_title_is_written_as_the_article_writes_it() -> None:
    text = (
        '"This is the most important transit decision," Coun. Teresa Walsh said as she opened '
        "debate."
    )
    assert quote_starting(text, "This is the most").affiliation == "Coun."


def test_a_name_ends_at_its_first_employer_or_place() -> None:
    text = (
        "“The big question is whether it can hold on to an atmosphere,” explains co-author "
        "Jean-Baptiste de la Roche of the Observatoire de la Côte d’Azur in France."
    )
    quote = quote_starting(text, "The big question")
    assert quote.speaker == "Jean-Baptiste de la Roche"
    assert quote.affiliation == "co-author"
    kerry = quote_starting(
        "“We will not give up,” said Secretary of State John Kerry of Massachusetts.", "We will"
    )
    assert (kerry.speaker, kerry.affiliation) == ("John Kerry", "Secretary of State")


def test_a_sentence_opened_by_she_and_a_partner_is_hers() -> None:
    text = (
        "Katarzyna Nowak, 41, has lived in Ireland since 2006. She and her partner, Tomasz, rent a "
        "two-bedroom house in Tallaght with their two children, aged 12 and nine.\n\n"
        "‘We have until October,’ she says quietly."
    )
    assert quote_starting(text, "We have until").speaker == "Katarzyna Nowak"


def test_a_name_after_a_title_may_open_with_its_particle() -> None:
    text = (
        "Local councillor Iolo ap Dafydd has fought the residents' corner since the first "
        'flood.\n\n"Residents have been passed from pillar to post," says Cllr ap Dafydd.'
    )
    assert quote_starting(text, "Residents have been").speaker == "Iolo ap Dafydd"


def test_an_unresolved_epithet_is_left_for_review() -> None:
    text = (
        "Ruud van der Heijden has conceded that Newcastle are unlikely to sign the winger.\n\n"
        "Newcastle had been tracking the Tunisia international since the summer.\n\n"
        "'We have to be honest with our supporters,' the Dutchman said."
    )
    honest = quote_starting(text, "We have to be honest")
    assert honest.speaker != "Newcastle"  # a club the article never names as a person
    assert honest.speaker == "Ruud van der Heijden" or honest.confidence < 0.9


def test_a_misspelling_never_changes_the_given_names() -> None:
    text = (
        "Labour Secretary Md Abdur Rahim Khan urged restraint.\n\n\"I work from eight in the "
        'morning till ten at night," said Rashida Khatun, 27, a sewing operator.'
    )
    assert quote_starting(text, "I work from").speaker == "Rashida Khatun"


def test_what_the_review_found() -> None:
    lopez = quote_starting('"Q1 is here," said Maria Lopez, a 34-year-old who lives nearby.', "Q1")
    assert lopez.affiliation != "who lives nearby"
    took = quote_starting(
        "\"We're not going anywhere.\"\n\nPolice Chief Tom Reid said it took officers two hours.",
        "We're not",
    )
    assert took.speaker != "Tom Reid"  # "said it took ...": a clause of its own
    nadal = quote_starting(
        'Federer and Nadal have met 40 times. Nadal won on Sunday.\n\n"He played well," said the '
        "Spaniard.",
        "He played",
    )
    assert nadal.speaker == "Nadal"  # "Federer and Nadal have" is no club
    najib = quote_starting('"We will deliver," said Dato’ Sri Najib Razak.', "We will")
    assert (najib.speaker, najib.affiliation) == ("Najib Razak", "Dato’ Sri")
    democratic = quote_starting('The Democratic statement said: "We will fight this."', "We will")
    assert democratic.speaker != "Democratic"


def test_a_long_name_after_the_cue_is_never_cut_short() -> None:
    text = (
        '"Thank you, the people of Negeri Sembilan," said Datuk Seri Zainal Abidin Rahmat, '
        "secretary-general of Barisan Nasional."
    )
    assert quote_starting(text, "Thank you").speaker == "Zainal Abidin Rahmat"


def test_a_titled_person_named_like_a_newspaper_is_a_person() -> None:
    text = (
        '"I don\'t think there is bad publicity," said Atlantic City Mayor Don Guardian.\n\n'
        "Guardian, the first Republican mayor in two decades, stopped short of praise.\n\n"
        'He said the developer was a "good corporate citizen" who gave back to local charities.'
    )
    article = extract(HEAD + text)
    citizen = next(q for q in article.quotes if "corporate citizen" in q.text)
    assert citizen.speaker == "Don Guardian"
    assert citizen.speaker_type == "person"


def test_hon_is_no_role_and_the_office_before_it_is() -> None:
    text = (
        "But the Deputy Minister of Finance, Hon. Abena Ofosu-Appiah, insisted the fishermen "
        'would not bear the cost.\n\n"The levy is fair," she said.'
    )
    assert quote_starting(text, "The levy").affiliation == "Deputy Minister of Finance"
    plain = quote_starting('"It is done," said Hon. Mary Wanjiru.', "It is done")
    assert plain.affiliation is None  # "Hon." says no role


def test_a_magistrate_is_a_title_and_the_magistrate_is_that_person() -> None:
    text = (
        'Magistrate Joseph Mifsud Bonnici said the attack was "cowardly and wholly unprovoked".'
        '\n\n"Public transport workers are entitled to do their job without fear," the '
        "magistrate said."
    )
    fear = quote_starting(text, "Public transport")
    assert (fear.speaker, fear.affiliation) == ("Joseph Mifsud Bonnici", "magistrate")
