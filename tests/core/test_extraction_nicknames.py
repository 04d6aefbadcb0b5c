"""A nickname written inside a name (Mikkel “frostbyte” Sørensen) is no quotation: the name is
read whole, the nickname alone later stands for that person, and what the user sees (the
quotation, its mention, its context) keeps the article's words."""

from quote_lookup import HEAD, quote_starting

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.layout.nicknames import find_nicknames
from homsquotes.core.extraction.resolution.speakers import NameIndex

ESPORTS = (
    "Mikkel “frostbyte” Sørensen was named MVP of the event after a 1.31 rating.\n\n"
    "“After we lost to them on Thursday, nobody believed in us,” frostbyte said at the "
    "post-match press conference.\n\n"
    "Kairos coach Oleksandr “zenith” Hrytsenko, who joined in January, said the turning point "
    "came on Mirage.\n\n"
    "“Nuke was a disaster, I’ll take responsibility for that,” he said.\n\n"
    "Analyst Lauren “Lolo” Pierce, speaking on the broadcast, called it “one of the most "
    "impressive lower-bracket runs we’ve seen.”"
)


def test_a_nickname_alone_stands_for_the_name_it_was_written_in() -> None:
    lost = quote_starting(ESPORTS, "After we lost")
    assert lost.speaker == "Mikkel Sørensen"
    assert lost.speaker_mention is not None and lost.speaker_mention.text == "frostbyte"


def test_a_name_with_a_nickname_in_it_is_read_whole() -> None:
    nuke = quote_starting(ESPORTS, "Nuke was a disaster")
    assert nuke.speaker == "Oleksandr Hrytsenko"
    assert nuke.affiliation == "Kairos coach"


def test_the_nickname_is_no_quotation_and_the_article_keeps_its_words() -> None:
    article = extract(HEAD + ESPORTS)
    assert not [q for q in article.quotes if "frostbyte" in q.text or "zenith" in q.text]
    text = HEAD + ESPORTS
    for q in article.quotes:
        for part in q.parts:
            assert text[part.start : part.end] == part.text
    runs = quote_starting(ESPORTS, "one of the most")
    assert runs.speaker == "Lauren Pierce"
    assert "Analyst Lauren “Lolo” Pierce" in runs.context


def test_a_uk_single_quoted_nickname() -> None:
    text = (
        "Dead is 27-year-old Dwayne 'Scully' Richards, a taxi operator from Spanish Town.\n\n"
        "His aunt, Marcia Blake, spoke outside the house. 'He never troubled anybody,' Ms "
        "Blake said. 'Scully was the one who fixed everyone's car.'"
    )
    troubled = quote_starting(text, "He never troubled")
    assert troubled.speaker == "Marcia Blake"
    article = extract(HEAD + text)
    assert not [q for q in article.quotes if q.text == "'Scully'"]


def test_what_is_no_nickname() -> None:
    assert find_nicknames('Trump Calls Clinton "Crooked" In Speech At Rally') == []
    assert find_nicknames("On ABC’s “Good Morning America” Tuesday, he said") == []
    assert find_nicknames('taking shots at Marco Rubio ("Little Marco") and') == []
    found = find_nicknames('Gov. C.L. "Butch" Otter spoke.')
    assert [n.word for n in found] == ["Butch"]


def test_a_name_and_home_town_introduce_the_next_he() -> None:
    text = (
        '"We stand together," Obama said on Sunday.\n\n'
        "In San Francisco, marchers held pictures of the 49 victims. Juan Manriquez of Oakland "
        'carried one of the photos. "I pretty much cried the whole parade," he said.'
    )
    assert quote_starting(text, "I pretty much cried").speaker == "Juan Manriquez"


def test_an_organisation_s_of_stays_in_its_name() -> None:
    text = (
        "The Business Council of British Columbia urged the province in a letter to keep the "
        "tax. ''Keep the B.C. carbon tax in place at the current rate,'' the letter said."
    )
    keep = quote_starting(text, "Keep the B.C.")
    assert keep.speaker is not None and "British Columbia" in keep.speaker


def test_a_headline_nickname_before_the_surname_is_no_name() -> None:
    text = (
        "GEORGETOWN, Guyana — Dwayne \"Bomber\" Baptiste retained his belt on Saturday.\n\n"
        '"I told y\'all from the start, this is my house," Baptiste said in the ring.'
    )
    house = quote_starting(text, "I told", head="'Bomber' Baptiste retains title\n\n")
    assert house.speaker == "Dwayne Baptiste"


def test_an_employer_s_possessive_is_no_part_of_the_name() -> None:
    index = NameIndex("On the show, Fox News’ Sean Hannity asked about the wall.")
    assert index.fullest("Hannity")[0] == "Sean Hannity"


def test_a_person_brought_in_with_an_age() -> None:
    text = (
        '"The talks are at an advanced stage," said promoter Ameena Bacchus.\n\nAmong the 4,000 '
        "fans was 68-year-old Leroy Adams, who has not missed a fight since 2015. \"Me come "
        'from Linden for this," he said.'
    )
    assert quote_starting(text, "Me come").speaker == "Leroy Adams"


def test_the_nickname_alone_in_its_marks_as_a_subject_names_the_person() -> None:
    text = 'Earvin “Magic” Johnson spoke to fans.\n\n“We won,” “Magic” said.'
    assert quote_starting(text, "We won").speaker == "Earvin Johnson"


def test_nicknames_in_a_row_and_what_is_no_nickname() -> None:
    assert [n.word for n in find_nicknames("Ann 'ab' Bob 'bc' Cid came.")] == ["ab", "bc"]
    assert find_nicknames("The Rock 'n' Roll Hall of Fame opened.") == []


def test_the_headline_and_standfirst_keep_the_nicknames() -> None:
    article = extract(
        "Final report\n\nMikkel “frostbyte” Sørensen beat Lars “lazr” Berg in a tense final on "
        "Sunday night.\n\n“We won,” he said."
    )
    shown = f"{article.title or ''} {article.standfirst or ''}"
    assert "Mikkel “frostbyte” Sørensen" in shown
