"""Referred gender: only with evidence from the article (he/she/they, honorifics), editable."""

from __future__ import annotations

from analysis_library import add_article

from homsquotes.core import analysis
from homsquotes.core.analysis.gender import article_evidence


def test_she_said_gives_female_with_its_evidence(lib) -> None:
    text = (
        "Bread queues\n\nSamira Haddad runs a bakery.\n\n"
        '"We have had no flour for a week," she said.'
    )
    add_article(
        lib, text, [("We have had no flour for a week,", "Samira Haddad", "person", "she", None)]
    )
    profile = analysis.speaker_profile(lib, "Samira Haddad")
    assert profile["gender"] == "female"
    assert profile["gender_source"] == "evidence"
    [evidence] = profile["evidence"]
    assert evidence["kind"] == "pronoun"
    assert text[evidence["start"] : evidence["end"]] == "she"
    assert "she said" in evidence["snippet"]


def test_a_name_alone_gives_unknown(lib) -> None:
    # "Maria" would be guessed female by a name list; the article never says so.
    add_article(
        lib,
        'Ports\n\n"The port will reopen on Monday," Maria Lopez said.',
        [("The port will reopen on Monday,", "Maria Lopez", "person", "Maria Lopez", None)],
    )
    profile = analysis.speaker_profile(lib, "Maria Lopez")
    assert profile["gender"] == "unknown"
    assert profile["gender_source"] == "none"
    assert profile["evidence"] == []


def test_an_honorific_before_the_surname_is_evidence() -> None:
    text = 'Mr Brahimi spoke. "We must talk now to end this," said Lakhdar Brahimi.'
    found = article_evidence(text, [], {7: {"name": "Lakhdar Brahimi", "type": "person"}})
    assert [(e["kind"], e["gender"], e["word"]) for e in found] == [
        ("honorific", "male", "Mr Brahimi")
    ]


def test_two_speakers_sharing_a_surname_need_the_full_name() -> None:
    text = "Mrs Khan said no. Ms Sara Khan said yes."
    speakers = {
        1: {"name": "Sara Khan", "type": "person"},
        2: {"name": "Imran Khan", "type": "person"},
    }
    found = article_evidence(text, [], speakers)
    assert [(e["speaker_id"], e["word"]) for e in found] == [(1, "Ms Sara Khan")]


def test_they_counts_for_a_person_but_not_an_organisation() -> None:
    text = '"We will appeal the ruling," they said.'
    at = text.index("they")
    quote = {
        "id": 1,
        "speaker_id": 5,
        "mention": "they",
        "mention_start": at,
        "mention_end": at + 4,
    }
    person = article_evidence(text, [quote], {5: {"name": "Alex Kim", "type": "person"}})
    group = article_evidence(text, [quote], {5: {"name": "Oxfam", "type": "organisation"}})
    assert [e["gender"] for e in person] == ["they"]
    assert group == []


def test_conflicting_evidence_is_unknown_and_flagged(lib) -> None:
    text = 'T\n\n"We start the work today," he said. "And we finish it by June," she said.'
    add_article(
        lib,
        text,
        [
            ("We start the work today,", "Jo Park", "person", "he", None),
            ("And we finish it by June,", "Jo Park", "person", "she", None),
        ],
    )
    profile = analysis.speaker_profile(lib, "Jo Park")
    assert profile["gender"] == "unknown"
    assert profile["gender_conflicting"]


def test_the_user_can_set_and_clear_gender_and_undo(lib) -> None:
    add_article(
        lib,
        'T\n\n"Prices will rise again next year," Kim Lee said.',
        [("Prices will rise again next year,", "Kim Lee", "person", "Kim Lee", None)],
    )
    analysis.set_speaker_gender(lib, "Kim Lee", "female")
    profile = analysis.speaker_profile(lib, "Kim Lee")
    assert (profile["gender"], profile["gender_source"]) == ("female", "user")
    lib.undo()
    assert analysis.speaker_profile(lib, "Kim Lee")["gender"] == "unknown"


def test_evidence_follows_its_quote_to_a_corrected_speaker(lib) -> None:
    text = 'T\n\nAnna Berg met Tom Hale.\n\n"The vote is fixed for the spring," she said.'
    add_article(
        lib, text, [("The vote is fixed for the spring,", "Tom Hale", "person", "she", None)]
    )
    assert analysis.speaker_profile(lib, "Tom Hale")["gender"] == "female"
    lib.edit_quote(lib.quote_ids()[0], speaker="Anna Berg")
    analysis.ensure_current(lib)
    assert analysis.speaker_profile(lib, "Anna Berg")["gender"] == "female"
    assert analysis.speaker_profile(lib, "Tom Hale")["gender"] == "unknown"


def test_merging_speakers_moves_the_honorific_evidence(lib) -> None:
    from homsquotes.core.library import QuoteFilter

    text = 'T\n\nMs Nadia Amin spoke first.\n\n"We will rebuild every school," Nadia Amin said.'
    add_article(
        lib,
        text,
        [("We will rebuild every school,", "Nadia Amin", "person", "Nadia Amin", None)],
    )
    other = 'U\n\n"The money is there for it," N. Amin said.'
    add_article(lib, other, [("The money is there for it,", "N. Amin", "person", "N. Amin", None)])
    assert analysis.speaker_profile(lib, "Nadia Amin")["gender"] == "female"
    assert analysis.speaker_profile(lib, "N. Amin")["gender"] == "unknown"
    lib.merge_speakers("N. Amin", "Nadia Amin")
    analysis.ensure_current(lib)
    assert analysis.speaker_profile(lib, "N. Amin")["gender"] == "female"
    rows = analysis.voice(lib, "gender", QuoteFilter(kind="direct"))
    assert {r["gender"]: r["quotes"] for r in rows} == {"Female (she, Ms…)": 2}
