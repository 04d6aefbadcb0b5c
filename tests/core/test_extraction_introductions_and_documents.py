"""A person brought in by a sentence that is about them ("Kelly Vibert, a care worker, rents a
flat", "For farmers like Petrus !Naruseb, ...") is the one the next "she said" means; a
document that "reads" speaks for its owner; and a cue in the next sentence ("That was how X
summed up ...") names the speaker."""

from quote_lookup import quote_starting

EARLIER = "“We will fight it,” said Nicola Pallot, the charity's chair.\n\n"


def test_a_subject_with_an_apposition_and_a_present_verb_is_the_next_she() -> None:
    text = (
        EARLIER + "Kelly Vibert (42), a care worker, rents a two-bedroom flat in Rouge Bouillon "
        "with her teenage son.\n\n'My landlord put the rent up twice in eighteen months,' she said."
    )
    landlord = quote_starting(text, "My landlord")
    assert landlord.speaker == "Kelly Vibert"
    assert landlord.affiliation == "care worker"


def test_a_reported_aside_is_no_subject_with_a_present_verb() -> None:
    text = (
        "In placing greater weight on the global economy, Lael Brainard has argued that the Fed "
        "must consider other countries. She said at the February conference that the Fed might "
        "achieve better results by coordinating.\n\nOtherwise, she said, countries may simply "
        "steal growth from one another.\n\n''There is a risk that uncoordinated policy could "
        "shift demand,'' she said."
    )
    assert quote_starting(text, "There is a risk").speaker == "Lael Brainard"


def test_one_of_a_kind_opening_and_an_age_take_up_the_person() -> None:
    text = (
        EARLIER + "For farmers like Petrus !Naruseb, the question is not academic. The "
        "61-year-old was resettled on a farm in 2017.\n\n\"When they gave us the farm, nothing "
        'came," he said.'
    )
    farm = quote_starting(text, "When they gave")
    assert farm.speaker == "Petrus !Naruseb"
    assert farm.affiliation is None  # not "question is not academic"


def test_a_post_that_reads_speaks_for_whoever_posted_it() -> None:
    text = (
        "In a post on his official Facebook page late Monday, the LRP Secretary General, Mr. "
        'Josephus K. Dahn, went further. "Liberians, open your eyes. What they did in other '
        'places they want to do in Nimba," the post read.'
    )
    post = quote_starting(text, "Liberians")
    assert post.speaker == "Josephus K. Dahn"
    assert post.confidence >= 0.9


def test_a_post_of_no_known_owner_is_the_post() -> None:
    text = 'Dahn went further. "Liberians, open your eyes, check your names," the post read.'
    assert quote_starting(text, "Liberians").speaker == "the post"


def test_that_was_how_names_the_speaker_in_the_next_sentence() -> None:
    text = (
        "‘It’s like living inside a washing machine that’s been thrown down the stairs.’ That "
        "was how Team Aotearoa navigator Ollie Birtwistle summed up the past 48 hours."
    )
    machine = quote_starting(text, "It’s like")
    assert machine.speaker == "Ollie Birtwistle"
    assert machine.affiliation == "Team Aotearoa navigator"


def test_a_verb_after_an_age_is_no_affiliation() -> None:
    text = (
        "Marcella Joseph, 58, sells ground provisions from a stall her mother ran.\n\n"
        '"Two weeks. You cannot move a whole life in two weeks," she said.'
    )
    weeks = quote_starting(text, "Two weeks")
    assert weeks.speaker == "Marcella Joseph"
    assert weeks.affiliation is None


def test_an_age_before_the_name_and_a_feature_s_present_verbs() -> None:
    earlier = "“It is a disgrace,” said Thembisa Mgijima, the ward councillor.\n\n"
    ward = quote_starting(
        earlier + "In Ward 7, 67-year-old Nosipho Dyantyi showed the M&G a capped pipe.\n\n"
        "“They came with a big machine in 2022,” she said.",
        "They came",
    )
    assert ward.speaker == "Nosipho Dyantyi"
    bakery = quote_starting(
        "“Paperwork is the second disaster,” says the Rev. Reuben Okafor.\n\nBack on Main "
        "Street, Maria Quintanilla sells out of bolillos most mornings by 10.\n\n“The "
        "carpenters, the roofers, they all come in here,” she says.",
        "The carpenters",
    )
    assert bakery.speaker == "Maria Quintanilla"


def test_a_sentence_inside_a_quotation_is_no_subject() -> None:
    text = (
        "The County Executive Committee Member for Finance, Dr Lucy Njenga, defended the "
        "budget.\n\n“The figures have been misrepresented. What is being called hospitality is "
        "the cost of a summit,” Dr Njenga told the Nation.\n\nShe attributed the cut to a "
        "shortfall from the National Treasury.\n\n“The Treasury has not released the May and "
        "June tranches.”"
    )
    assert quote_starting(text, "The Treasury has not").speaker == "Lucy Njenga"


def test_the_next_sentence_says_who_said_it() -> None:
    text = (
        'SAULNIERVILLE — "We\'re not going anywhere."\n\nJordan Francis, known to everyone on '
        "the wharf as Junior, said it twice on Tuesday morning, loud enough for the officers to "
        "hear."
    )
    anywhere = quote_starting(text, "We're not going")
    assert anywhere.speaker == "Jordan Francis"
    assert anywhere.affiliation is None  # "known to everyone ..." is no role
    # "said it was" reports a clause of its own: no cue for the quotation before
    other = '"We\'re not going anywhere."\n\nJordan Francis said it was a long night.'
    assert quote_starting(other, "We're not going").speaker != "Jordan Francis"


def test_a_clause_of_time_after_the_opening_phrase() -> None:
    text = (
        '"Fishing is a right," said Cpl. Chantal Farah of the RCMP.\n\nBack at Saulnierville, '
        "as the tide turned, Jordan Francis loaded another trap onto his boat.\n\n\"They can "
        'take them," he said.'
    )
    assert quote_starting(text, "They can take").speaker == "Jordan Francis"


def test_a_description_after_the_article_is_no_name_brought_in() -> None:
    text = (
        "DUP MLA Trevor Gilmore pressed the minister.\n\n'The minister talks about capacity,' "
        "the Strangford MLA said.\n\n'That is simply not accurate,' the minister responded."
    )
    assert quote_starting(text, "That is simply").speaker != "Strangford MLA"


def test_particles_curly_negatives_home_towns_and_kitchen_verbs_bring_in_the_next_pronoun(
) -> None:
    earlier = "“Nobody has shown us a single bankrupt company,” said Ewa Zielińska of EDRi.\n\n"
    living = quote_starting(
        earlier + "Konstantin von Heldenberg, a German MEP, steered the file.\n\nAsked whether "
        "more changes were coming, von Heldenberg didn’t rule it out.\n\n“The AI Act is a "
        "living text,” he said.",
        "The AI Act",
    )
    assert living.speaker == "Konstantin von Heldenberg"
    enrolled = quote_starting(
        "“We are encouraged,” said Andrés Villanueva de la Cruz, MD.\n\nLinda Harrow, 58, of "
        "Worcester, Massachusetts, enrolled in the trial in 2022.\n\n“When I enrolled, I was "
        "told I might have a year,” she said.",
        "When I enrolled",
    )
    assert enrolled.speaker == "Linda Harrow"
    rains = quote_starting(
        'A Welsh Government spokesperson says: "We are investing £300m."\n\nBack in her '
        'kitchen, Rhiannon Prys-Williams glances out at the sky.\n\n"Every time it rains I\'m '
        'out there with a torch," she says.',
        "Every time",
    )
    assert rains.speaker == "Rhiannon Prys-Williams"


def test_a_role_stops_before_its_relative_clause() -> None:
    text = (
        "Konstantin von Heldenberg, a German center-right MEP who steered the file through "
        'committee, said the vote was a compromise.\n\n"The AI Act is a living text," he said.'
    )
    assert quote_starting(text, "The AI Act").affiliation == "German center-right MEP"


def test_a_document_named_for_its_owner_speaks_for_the_owner() -> None:
    text = (
        "British rider Tom Ashby (Halden Racing) abandoned after crashing on the descent.\n\n"
        '"Tom was conscious and talking," the Halden Racing statement read.'
    )
    statement = quote_starting(text, "Tom was conscious")
    assert statement.speaker == "Halden Racing"
    assert statement.setting is not None and "statement" in statement.setting


def test_a_letter_speaks_for_the_body_that_has_written_it() -> None:
    text = (
        "The Shivneri Nagar Residents' Welfare Association has written to the municipal "
        'commissioner and the ward office. The letter stated, "The civic body has shown '
        'complete apathy despite repeated written complaints."'
    )
    quote = quote_starting(text, "The civic body")
    assert quote.speaker == "The Shivneri Nagar Residents' Welfare Association"
    assert quote.setting == "the letter"
