"""Source categories: rules over role words and names, editable per speaker, undoable."""

from __future__ import annotations

import pytest
from analysis_library import add_article

from homsquotes.core import analysis
from homsquotes.core.analysis.categories import CATEGORIES, classify_speaker, classify_text
from homsquotes.core.errors import InputError


@pytest.mark.parametrize(
    ("role", "category"),
    [
        ("UN-Arab League Envoy", "government"),
        ("the foreign minister", "government"),
        ("a spokeswoman for the Ministry of Health", "government"),
        ("Labour MP for Bristol West", "politician"),
        ("leader of the opposition party", "politician"),
        ("a police spokesman", "security"),
        ("army commander in the north", "security"),
        ("a judge at the High Court", "law"),
        ("her lawyer", "law"),
        ("professor of history at Cairo University", "expert"),
        ("an analyst at the Chatham House think tank", "expert"),
        ("chief executive of Shell", "business"),
        ("a shopkeeper in the old market", "business"),
        ("Syrian opposition activist and documentary filmmaker", "ngo"),
        ("director of Human Rights Watch", "ngo"),
        ("a reporter for Reuters", "media"),
        ("Syrian state television", "media"),
        ("a resident of the Old City", "citizen"),
        ("an eyewitness", "citizen"),
        ("a mother of three", "citizen"),
    ],
)
def test_role_phrases_give_their_category(role: str, category: str) -> None:
    found = classify_text(role)
    assert found is not None, role
    assert found[0] == category, (role, found)


def test_no_rule_fits_gives_none_and_unknown() -> None:
    assert classify_text("who asked not to be named") is None
    assert classify_speaker("Someone", "person", ["who asked not to be named"]).category == (
        "unknown"
    )


def test_a_document_is_a_document_and_affiliations_vote() -> None:
    assert classify_speaker("A leaked memo", "document", ["police"]).category == "document"
    result = classify_speaker("Ann Lee", "person", ["activist", "campaigner", "professor"])
    assert result.category == "ngo"
    assert "activist" in (result.reason or "")
    # An organisation with no affiliation: its own name decides, and says so.
    by_name = classify_speaker("Amnesty International", "organisation", [])
    assert by_name.category == "ngo"
    assert "name" in (by_name.reason or "")


def test_every_rule_category_has_a_label() -> None:
    from homsquotes.core.analysis.categories import RULES

    assert {c for c, _ in RULES} <= set(CATEGORIES)


def test_import_derives_the_category_and_a_user_edit_wins_until_cleared(lib) -> None:
    add_article(
        lib,
        'Talks\n\n"We will keep fighting for our rights," said Amal Haddad, a rights activist.',
        [
            (
                "We will keep fighting for our rights,",
                "Amal Haddad",
                "person",
                None,
                "a rights activist",
            )
        ],
    )
    profile = analysis.speaker_profile(lib, "Amal Haddad")
    assert (profile["category"], profile["category_source"]) == ("ngo", "rule")
    assert "activist" in profile["category_reason"]

    analysis.set_speaker_category(lib, "Amal Haddad", "Expert or academic")
    profile = analysis.speaker_profile(lib, "Amal Haddad")
    assert (profile["category"], profile["category_source"]) == ("expert", "user")
    analysis.rebuild(lib)  # the rules never overwrite the user's choice
    assert analysis.speaker_profile(lib, "Amal Haddad")["category"] == "expert"

    lib.undo()
    profile = analysis.speaker_profile(lib, "Amal Haddad")
    assert (profile["category"], profile["category_source"]) == ("ngo", "rule")
    lib.redo()
    analysis.set_speaker_category(lib, "Amal Haddad", None)
    assert analysis.speaker_profile(lib, "Amal Haddad")["category_source"] == "rule"


def test_a_wrong_category_is_refused(lib) -> None:
    add_article(
        lib,
        'T\n\n"Yes we can do it now," said Bo Li.',
        [("Yes we can do it now,", "Bo Li", "person", None, None)],
    )
    with pytest.raises(InputError, match="unknown category"):
        analysis.set_speaker_category(lib, "Bo Li", "astronaut")


def test_an_edited_affiliation_is_picked_up(lib) -> None:
    add_article(
        lib,
        'T\n\n"The figures do not add up at all," said Dan Roe.',
        [("The figures do not add up at all,", "Dan Roe", "person", None, None)],
    )
    assert analysis.speaker_profile(lib, "Dan Roe")["category"] == "unknown"
    quote_id = lib.quote_ids()[0]
    lib.edit_quote(quote_id, affiliation="an economist at the central bank")
    analysis.ensure_current(lib)
    assert analysis.speaker_profile(lib, "Dan Roe")["category"] == "expert"
