"""Offices, institutions, relatives and epithets that stand for someone the article named:
a role written in capitals ("The Finance Minister responded") is the one person given that
office, "the ministry said" the one ministry named shortly before, "his mother" the mother the
article named, "the Northern Irishman" the person just named.  The role the citation gives is
the article's own ("Minister for Finance"), not the description that took the person up."""

from quote_lookup import quote_starting, speaker_table

GHANA = (
    "ACCRA — The Minister for Finance, Hon. Kwame Asante, has defended the levy.\n\n"
    "The Minority Leader, Hon. Ama Boateng, disagreed, saying it would hurt traders.\n\n"
)

SPEAKERS = [
    (
        "a_capitalised_office_after_its_holder_was_introduced",
        GHANA + 'The Finance Minister responded: "We have listened and we will adjust."',
        "We have listened",
        "Kwame Asante",
    ),
    (
        "a_capitalised_office_mid_sentence",
        GHANA + 'Later the Finance Minister said: "We have listened and we will adjust."',
        "We have listened",
        "Kwame Asante",
    ),
    (
        "an_office_nobody_was_given_stays_the_office",
        GHANA + 'The Prime Minister said: "We have listened and we will adjust."',
        "We have listened",
        "The Prime Minister",
    ),
    (
        "an_office_set_off_after_a_dateline",
        GHANA + '"This is not a tax on the poor," the minister told Parliament on Tuesday.',
        "This is not a tax",
        "Kwame Asante",
    ),
    (
        "the_ministry_named_in_the_paragraph_before",
        "Residents blamed the Ministry of Water for the shortages. Officials at the Ministry of "
        'Water denied it.\n\n"We have supplied every estate on schedule," the ministry said in '
        "a statement.",
        "We have supplied",
        "Ministry of Water",
    ),
    (
        "the_council_named_with_its_place",
        'The Kisumu County Council met on Monday. "Rates will rise," the council said.',
        "Rates will rise",
        "Kisumu County Council",
    ),
    (
        "the_union_named_with_its_members",
        'The Kenya Union of Journalists condemned the arrest. "This is an attack on the press," '
        "the union said.",
        "This is an attack",
        "Kenya Union of Journalists",
    ),
    (
        "the_authority_a_spokesperson_spoke_for",
        "A spokesperson for the Ghana Revenue Authority said the levy would raise GH¢2 billion. "
        '"Collection starts in March," the authority said in a statement.',
        "Collection starts",
        "Ghana Revenue Authority",
    ),
    (
        "the_authority_named_in_the_dateline_paragraph",
        "MOMBASA (AFP) — Dock workers stayed off the job as talks between their union and the "
        "Kenya Ports Authority broke down.\n\nThe union says 6,000 members are on strike.\n\n"
        '"We will not go back," the union\'s secretary-general, Simon Sang, told AFP.\n\n'
        '"Management remains open to dialogue," the authority said.',
        "Management remains",
        "Kenya Ports Authority",
    ),
    (
        "two_ministries_named_leave_the_description",
        "The Ministry of Health blamed the Ministry of Finance for the delay.\n\n"
        '"The money was never released," the ministry said.',
        "The money was never",
        "the ministry",
    ),
    (
        "a_relative_introduced_with_her_name",
        "The family of Daniel Okoro, 19, paid tribute on Sunday. His mother, Grace Okoro, said "
        'he loved football.\n\n"He was the light of our house," his mother said.',
        "He was the light",
        "Grace Okoro",
    ),
    (
        "a_relative_who_spoke_last",
        'Daniel\'s sister Ruth said: "We will miss him every day."\n\n"He always looked '
        "after me,\" the teenager's sister added.",
        "He always looked",
        "Ruth",
    ),
    (
        "a_relative_never_named_stays_the_relative",
        "Mr Asante's father, a retired cocoa farmer, watched from the gallery. \"I am proud of "
        'him," his father said.',
        "I am proud",
        "his father",
    ),
    (
        "an_office_held_by_someone_known_by_one_name",
        "A division bench of Chief Justice Manmohan and Justice Tushar Rao Gedela heard the "
        'plea.\n\nThe court directed the commissioner to file an affidavit. "We want names of '
        'the officers in charge of each ward," the Chief Justice said.',
        "We want names",
        "Manmohan",
    ),
    (
        "counsel_named_in_apposition_after_her_own_role",
        "The petitioner's counsel, advocate Shruti Mehra, disputed this. \"These are paper "
        'figures, my lords," she argued.',
        "These are paper",
        "Shruti Mehra",
    ),
]


@speaker_table(SPEAKERS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker


def test_a_description_takes_the_role_the_article_gave() -> None:
    quote = quote_starting(
        GHANA + '"This is not a tax on the poor," the minister told Parliament.', "This is not"
    )
    assert quote.affiliation == "Minister for Finance"


def test_a_capitalised_office_takes_the_role_the_article_gave() -> None:
    quote = quote_starting(GHANA + 'The Finance Minister responded: "We will adjust."', "We will")
    assert quote.affiliation == "Minister for Finance"


def test_a_word_in_the_headline_after_an_office_holds_no_office() -> None:
    text = (
        "Contract Went to Minister's In-Law\n\nThe tender was awarded in March to a firm "
        'co-owned by the minister\'s brother-in-law.\n\n"I learned of it later," the minister '
        "said."
    )
    assert quote_starting(text, "I learned", head="").speaker != "In-Law"


def test_an_advocate_is_a_role() -> None:
    text = (
        "Senior advocate Rajiv Nayar, appearing for the corporation, said repairs had begun. "
        '"The corporation has allocated Rs 120 crore," Mr Nayar told the court.'
    )
    assert quote_starting(text, "The corporation has").affiliation == "senior advocate"


SPORT = (
    "BRENDAN RODGERS has demanded an immediate response from his side after the defeat.\n\n"
    "'That was not acceptable,' said Rodgers.\n\n"
    "Asked whether the title race was open, the Northern Irishman added: 'It was always open.'"
)


def test_a_lead_name_in_capitals_is_the_full_name() -> None:
    assert quote_starting(SPORT, "That was not").speaker == "Brendan Rodgers"


def test_a_demonym_with_its_region_is_an_epithet() -> None:
    assert quote_starting(SPORT, "It was always").speaker == "Brendan Rodgers"


def test_a_dateline_in_capitals_is_no_name() -> None:
    text = 'NEW DELHI: The court sat late. "We will rule tomorrow," Justice Anil Rao said.'
    assert quote_starting(text, "We will rule").speaker == "Anil Rao"


def test_a_demonym_as_a_role_keeps_its_capital() -> None:
    text = 'Australian Minjee Lee was level on six under. "Happy with that," said Lee.'
    assert quote_starting(text, "Happy").affiliation == "Australian"


# What a second reader found: each gave a confident wrong speaker before it was fixed.
NOT_THE_HOLDER = [
    (
        "an_office_is_its_holder_not_the_last_subject",
        "The Minister for Finance, Kwame Asante, presented the budget. John Mensah, who chairs "
        'the committee, called it weak. "We will grow," The Finance Minister responded.',
        "We will grow",
        "Kwame Asante",
    ),
    (
        "an_office_nobody_holds_is_not_the_last_subject",
        'Nigel Farage attacked the plan.\n\n"It is right," The Home Secretary said.',
        "It is right",
        "The Home Secretary",
    ),
    (
        "another_persons_mother",
        "Daniel Okoro's mother, Grace Okoro, said he loved football. The other victim, Sam "
        'Ade, 20, was a student.\n\n"He was kind," Sam\'s mother said.',
        "He was kind",
        "Sam's mother",
    ),
    (
        "a_father_of_two_is_not_his_father",
        "Tom Brown, a father of two, died at the scene. His father, Jim, said he was "
        'devastated.\n\n"He was my best friend," his father said.',
        "He was my best",
        "Jim",  # the father the article names, never Tom Brown
    ),
    (
        "the_union_is_never_the_european_union",
        "The European Union weighs new rules. Dockers will walk out next week.\n\n\"We are "
        'ready," the union said.',
        "We are ready",
        "the union",
    ),
    (
        "an_institution_name_never_crosses_a_full_stop",
        "The roads were closed on Monday. Kisumu County Council said repairs would follow. "
        '"Rates will rise," the council said.',
        "Rates will rise",
        "Kisumu County Council",
    ),
    (
        "a_person_named_like_a_court",
        'Former champion Margaret Court gave evidence on Monday. "I was there," the court said.',
        "I was there",
        "the court",
    ),
    (
        "what_the_court_heard_is_not_the_court",
        'Daniel Moss denies murder at Manchester Crown Court. "I saw him running," the court '
        "heard.",
        "I saw him",
        "the court",
    ),
]


@speaker_table(NOT_THE_HOLDER)
def test_not_the_holder(text: str, opening: str, speaker: str) -> None:
    assert quote_starting(text, opening).speaker == speaker
