"""Attribution beyond US political news (issue 9): each case a short article in a house style
the tuning corpus does not have, checked for speaker, mention, affiliation and setting."""

from __future__ import annotations

import pytest

from homsquotes.core.extraction import extract

HEADLINE = "Council faces questions over winter plans\n\nBy Staff Reporter\n\n"


def quote_starting(text: str, opening: str):
    # each case is the body of an article under a headline and byline, as imported
    art = extract(HEADLINE + text)
    found = [q for q in art.quotes if opening in q.text]
    assert found, f"no quotation with {opening!r} in {[q.text for q in art.quotes]}"
    return found[0]


def test_uk_single_quotes_she_is_the_newly_named_woman():
    text = (
        '"We are not abandoning the north," Louise Haigh told MPs. Shadow transport secretary '
        "Helen Whately said the decision was a betrayal. 'Passengers were promised faster "
        "trains,' she said."
    )
    assert quote_starting(text, "abandoning").speaker == "Louise Haigh"
    q = quote_starting(text, "Passengers")
    assert q.speaker == "Helen Whately"
    assert q.speaker_mention.text == "she"


def test_he_after_a_possessed_role_with_the_name_in_apposition():
    text = (
        "The energy minister, Jane Holt, spoke to reporters in Leeds on Monday. \"We will get "
        'through this," Holt said.\n\nNetwork Rail\'s chief executive, Andrew Haines, said the '
        'line would reopen. "Engineers have worked through the night," he said.'
    )
    holt = quote_starting(text, "get through")
    assert holt.speaker == "Jane Holt"
    assert holt.affiliation == "energy minister"
    haines = quote_starting(text, "Engineers")
    assert haines.speaker == "Andrew Haines"
    assert haines.affiliation == "Network Rail's chief executive"


@pytest.mark.parametrize(
    "text,opening,speaker,affiliation",
    [
        (
            'Paul Barrett, a researcher at the museum, said the find was rare. "We have never '
            'seen anything like it," Barrett said.',
            "never seen",
            "Paul Barrett",
            "researcher at the museum",
        ),
        (
            "The energy minister, Jane Holt, spoke to reporters in Leeds on Monday.\n\n"
            '"Prices will fall," Holt said.',
            "Prices",
            "Jane Holt",
            "energy minister",
        ),
    ],
)
def test_affiliation_is_a_role_never_a_clause(text, opening, speaker, affiliation):
    q = quote_starting(text, opening)
    assert q.speaker == speaker
    assert q.affiliation == affiliation
    assert "spoke" not in (q.affiliation or "")


@pytest.mark.parametrize(
    "text,opening,owner,through",
    [
        (
            'The mayor, Sarah Collins, declined an interview. "We regret the delay and will do '
            'better," her statement said.',
            "We regret",
            "Sarah Collins",
            "her statement",
        ),
        (
            'The company later apologised. "We got this badly wrong," the apology said.',
            "badly wrong",
            "The company",
            "the apology",
        ),
        (
            'The Treasury published its plan on Tuesday. "Growth will return by 2027," the white '
            "paper says.",
            "Growth",
            "The Treasury",
            "the white paper",
        ),
        (
            'A document leaked on Facebook by the rebels\' negotiating team says that "the talks '
            'have failed completely and the siege goes on."',
            "talks have failed",
            "the rebels' negotiating team",
            "a document leaked on Facebook",
        ),
    ],
)
def test_a_document_speaks_for_its_owner(text, opening, owner, through):
    q = quote_starting(text, opening)
    assert q.speaker == owner
    assert q.setting == through
    assert q.speaker_mention is not None  # the cue still attaches to the document


def test_a_description_stands_for_the_person_already_named():
    text = (
        'Marco Delgado has run the corner bakery on Elm Street for 31 years. "People come for '
        'the bread and stay for the gossip," the affable proprietor said.'
    )
    q = quote_starting(text, "People come")
    assert q.speaker == "Marco Delgado"
    assert q.affiliation == "affable proprietor"


def test_a_description_with_nobody_to_fit_stays_a_description():
    q = quote_starting('"We were not told," the rookie defenceman said.', "not told")
    assert q.speaker == "the rookie defenceman"


def test_the_cue_in_the_next_sentence():
    text = (
        '"It was the worst storm in a decade." The remark came from Ahmed Khan, the town\'s '
        "fire chief."
    )
    q = quote_starting(text, "worst storm")
    assert q.speaker == "Ahmed Khan"
    assert q.affiliation == "the town's fire chief"


@pytest.mark.parametrize(
    "text,opening",
    [
        ('The award went to a newcomer. "I never expected this," lanky said.', "never expected"),
        ('The show ended at midnight. "It was magic," the big reveal said.', "magic"),
        ('"We are thrilled with the result," said Currently.', "thrilled"),
        ('"Friday will be hard," May said.', "Friday"),
    ],
)
def test_words_that_cannot_speak_are_never_speakers(text, opening):
    q = quote_starting(text, opening)
    assert q.speaker is None
    assert q.confidence < 0.5  # sent to review rather than cited with a made-up speaker


def test_a_sentence_opener_is_not_part_of_the_name():
    q = quote_starting('Perhaps Tracy Morgan put it best: "We are all in this together."', "all in")
    assert q.speaker == "Tracy Morgan"


def test_a_quotation_paragraph_continues_the_speaker_as_a_quotation_of_its_own():
    text = (
        'Amina Yusuf, who runs the clinic, said the queue starts at dawn. "Some walk ten '
        'kilometres," she said.\n\n"They bring their children and they wait all day."'
    )
    art = extract(HEADLINE + text)
    walk = quote_starting(text, "Some walk")
    wait = quote_starting(text, "They bring")
    assert walk is not wait  # another paragraph is another quotation, not a part
    assert walk.speaker == wait.speaker == "Amina Yusuf"
    assert len(art.quotes) == 2


FEATURE = """NAIROBI — For 40 years the smell of bread has drawn people to Kimathi Street.

Grace Wanjiku, 58, has sold mandazi from the same counter since 1984.

"We fed the whole street," she said. "Even the police came for breakfast."

"Now I sell maybe thirty a day."

Her neighbour, tailor Joseph Otieno, has watched the decline too. He blames the new mall.

"People go where the parking is free," Otieno said. "Who can blame them?"

County trade officer Mercy Achieng said the council would consider lower rents.

"We are listening," she said.

Q: Will the rents come down this year?

A: "We hope so, but the budget is tight."
"""


@pytest.mark.parametrize(
    "opening,speaker",
    [
        ("We fed", "Grace Wanjiku"),
        ("Now I sell", "Grace Wanjiku"),  # a quotation paragraph continues her
        ("People go", "Joseph Otieno"),
        ("We are listening", "Mercy Achieng"),  # "she" is the newly named woman
        ("We hope so", "Mercy Achieng"),  # a Q&A answer after her quotation
    ],
)
def test_a_feature_with_several_interviewees(opening, speaker):
    assert quote_starting(FEATURE, opening).speaker == speaker


def test_a_role_noun_before_a_name_is_an_affiliation():
    assert quote_starting(FEATURE, "People go").affiliation == "tailor"


SPORT = """Rovers manager Joey Barton praised his side's spirit. "The lads never gave up," said \
Barton.

City boss Nigel Pearson was less happy. "We switched off for ten minutes and got punished," the \
60-year-old told BBC Radio Bristol.

Striker Aaron Collins, who scored the winner, added: "I just hit it and hoped."
"""


def test_sport_report_speakers_and_roles():
    pearson = quote_starting(SPORT, "switched off")
    assert pearson.speaker == "Nigel Pearson"  # "the 60-year-old" after "Nigel Pearson was"
    assert pearson.affiliation == "City boss"
    assert pearson.setting == "told BBC Radio Bristol"
    collins = quote_starting(SPORT, "hit it")
    assert collins.speaker == "Aaron Collins"  # the capitalised role is not part of the name


COURT = """Daniel Price, 34, of Park Road, admitted causing grievous bodily harm at Swindon \
Crown Court on Tuesday.

Prosecuting, Emma Lowe said the victim needed surgery. "He will carry the scars for the rest of \
his life," she told the court.

Judge Robert Pawson said: "This was a cowardly attack on a man who had done nothing to provoke \
you."
"""


def test_court_report_speakers():
    assert quote_starting(COURT, "carry the scars").speaker == "Emma Lowe"
    judge = quote_starting(COURT, "cowardly attack")
    assert judge.speaker == "Robert Pawson"
    assert judge.affiliation == "judge"  # a title opening the sentence reads in lower case


@pytest.mark.parametrize(
    "body",
    [
        'Ahmed\u200b Ali, a shopkeeper, said: "We have no water."',
        '"We have no water," said Ah\u200bmed Ali.',
        'Ah\u00admed Ali said the pumps failed. "We have no water," he said.',
    ],
)
def test_an_invisible_character_inside_a_name_does_not_split_it(body):
    # issue 11: pasted text carries zero-width spaces and soft hyphens; offsets stay exact
    text = HEADLINE + body
    q = [q for q in extract(text).quotes if "no water" in q.text][0]
    assert q.speaker == "Ahmed Ali"
    assert text[q.start : q.end] == q.text
    m = q.speaker_mention
    assert text[m.start : m.end] == m.text


WIRE = """SYDNEY, March 3 (Reuters) - Floodwaters cut off dozens of towns on Friday.

"This is a very dangerous situation," New South Wales Premier Chris Minns told reporters in \
Lismore.

The Bureau of Meteorology warned that rivers could peak on Saturday. "We expect major flooding at \
Lismore," the bureau's senior forecaster, Dean Narramore, said in a briefing.

"The water came up so fast, we just grabbed the kids and ran," said Lismore resident Kylie Hart, \
42.
"""


@pytest.mark.parametrize(
    "opening,speaker,affiliation",
    [
        ("dangerous situation", "Chris Minns", "New South Wales Premier"),
        ("major flooding", "Dean Narramore", "the bureau's senior forecaster"),
        # a role between the cue and the name: the place is not the speaker
        ("water came up", "Kylie Hart", "Lismore resident"),
    ],
)
def test_wire_copy_speakers_and_roles(opening, speaker, affiliation):
    q = quote_starting(WIRE, opening)
    assert q.speaker == speaker
    assert q.affiliation == affiliation


def test_irish_police_rank_and_councillor():
    text = (
        "Supt Gerry Roche said the collision happened at about 7pm. \"We would ask anyone with "
        "dashcam footage to come forward,\" he said.\n\nLocal councillor Niall Murphy said "
        "residents had warned about the junction. 'It's a disaster waiting to happen,' Cllr "
        "Murphy said."
    )
    roche = quote_starting(text, "dashcam")
    assert roche.speaker == "Gerry Roche"
    murphy = quote_starting(text, "disaster waiting")
    assert murphy.speaker == "Niall Murphy"
    assert murphy.affiliation == "local councillor"


def test_science_desk_lead_author_and_outside_expert():
    text = (
        "The study's lead author, Dr Peter Kistler of the Baker Heart and Diabetes Institute in "
        'Melbourne, said the results were reassuring. "Coffee should not be discouraged," he '
        'said.\n\n"This is an observational study," said Prof Naveed Sattar of the University of '
        "Glasgow, who was not involved in the research."
    )
    kistler = quote_starting(text, "Coffee")
    assert kistler.speaker == "Peter Kistler"
    assert kistler.affiliation == "the study's lead author"
    sattar = quote_starting(text, "observational")
    assert sattar.speaker == "Naveed Sattar"
    assert sattar.affiliation == "University of Glasgow"


@pytest.mark.parametrize(
    "body,opening,speaker",
    [
        (
            '"The gang sold the paper for Rs 5,000 a copy," said additional director general of '
            "police (STF) Ravi Kant.",
            "gang sold",
            "Ravi Kant",
        ),
        (
            '"We let our riders down," co-founder and chief executive Mia Lund wrote in a post.',
            "riders down",
            "Mia Lund",
        ),
        (
            "Her brother, plumber Dev Shah, 29, weighed in too. 'They never called back,' he "
            "said.\n\nBut consumer expert Tom Reid warned that such cases were common. 'Keep "
            "every receipt,' he told us.",
            "Keep every",
            "Tom Reid",
        ),
        (
            "Asked on breakfast radio whether the government would raise the levy this year, "
            'Dr Ana Costa was blunt.\n\n"No. It is not on the table," she said.',
            "not on the table",
            "Ana Costa",
        ),
    ],
)
def test_roles_before_names_and_pronouns_in_many_layouts(body, opening, speaker):
    assert quote_starting(body, opening).speaker == speaker


@pytest.mark.parametrize(
    "body,owner",
    [
        (
            "A report by the Lords science committee found that few labs were funded. "
            '"The strategy has delivered a fraction of its promise," the report said.',
            "the Lords science committee",
        ),
        (
            "An audit commissioned by the council found that repairs had stalled. "
            '"Most tenants waited more than a year," the audit said.',
            "the council",
        ),
    ],
)
def test_a_document_speaks_for_the_owner_named_where_it_first_appears(body, owner):
    q = quote_starting(body, body.split('"')[1][:12])
    assert q.speaker == owner
    assert q.setting in ("the report", "the audit")


def test_a_document_someone_criticised_keeps_its_own_voice():
    text = 'The minister criticised the report on Monday. "Growth is weak," the report said.'
    q = quote_starting(text, "Growth is weak")
    assert q.speaker == "the report"  # the minister did not write it


def test_a_lower_case_role_after_an_opening_phrase_introduces_the_next_speaker():
    text = (
        '"Reversing course now would waste millions," Mayor Tom Hale told reporters.\n\n'
        "Outside a bakery on Main Street, cyclist Inès Moreau said she was relieved. "
        '"I ride my kids to school down here every day," she said.'
    )
    assert quote_starting(text, "I ride").speaker == "Inès Moreau"


def test_a_party_label_in_brackets_is_not_the_speaker():
    text = (
        "Cllr Máire Ní Bhriain (SF) told the meeting that the town \u201ccould not wait another "
        "decade\u201d for a bypass.\n\n\u201cEvery July the road is a car park,\u201d she said."
    )
    for opening in ("could not wait", "Every July"):
        assert quote_starting(text, opening).speaker == "Máire Ní Bhriain"


def test_a_role_capitalised_only_by_its_sentence_reads_in_lower_case():
    text = (
        "Energy analyst Chris Yelland said the failures were no surprise. \"The fleet is old,\" "
        "Yelland said.\n\nUN Special Envoy Hans Grundberg said talks would resume. \"We are "
        'close," Grundberg said.'
    )
    assert quote_starting(text, "The fleet").affiliation == "energy analyst"
    assert quote_starting(text, "We are close").affiliation == "UN Special Envoy"  # a title
