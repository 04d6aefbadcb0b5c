"""Author and speaker names as CSL name parts, and how each style places the particles.

Manual sections: APA 7 §9.8 and §6.17 (particles: "von der Leyen, U."; "Beethoven, L. van"),
MLA 9 §2.77–2.79, CMOS 18 §8.5 and §13.79 (particle demoted in the bibliography: "Leyen,
Ursula von der"; a note keeps "Ursula von der Leyen"), Cite Them Right 12 "Author names".
"""

from __future__ import annotations

import pytest

from homsquotes.core.citations import article_to_csl, cite_quote
from homsquotes.core.citations.names import (
    clean_name_parts,
    display_name,
    parse_name,
    short_name,
    speaker_short_name,
)
from homsquotes.core.model import ArticleMeta


@pytest.mark.parametrize(("typed", "parts"), [
    ("Ursula von der Leyen",
     {"given": "Ursula", "non-dropping-particle": "von der", "family": "Leyen"}),
    ("Charles de Gaulle", {"given": "Charles", "non-dropping-particle": "de", "family": "Gaulle"}),
    ("Beethoven, Ludwig van",
     {"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"}),
    ("van Gogh, Vincent", {"given": "Vincent", "non-dropping-particle": "van", "family": "Gogh"}),
    ("Gabriel García Márquez", {"given": "Gabriel", "family": "García Márquez"}),
    ("Marine Le Pen", {"given": "Marine", "family": "Le Pen"}),  # a capital keeps it whole
    ("Alexander Van der Bellen", {"given": "Alexander", "family": "Van der Bellen"}),
    ("Van Morrison", {"given": "Van", "family": "Morrison"}),
    ("José Ortega y Gasset", {"given": "José", "family": "Ortega y Gasset"}),
    ("Martin Luther King Jr.", {"given": "Martin Luther", "family": "King", "suffix": "Jr."}),
    ("King, Martin Luther, Jr.", {"given": "Martin Luther", "family": "King", "suffix": "Jr."}),
    ("Mary Ann Evans", {"given": "Mary Ann", "family": "Evans"}),
    ("Xi Jinping", {"given": "Jinping", "family": "Xi"}),  # family name first
    ("Moon Jae-in", {"given": "Jae-in", "family": "Moon"}),
    # Cantonese and Taiwanese names before a hyphenated given name, and Hong Kong's English
    # given name first
    ("Sze Lai-shan", {"given": "Lai-shan", "family": "Sze"}),
    ("Tsai Ing-wen", {"given": "Ing-wen", "family": "Tsai"}),
    ("Winnie Ho Wing-yin", {"given": "Winnie Wing-yin", "family": "Ho"}),
    ("Ana Lee-Smith", {"given": "Ana", "family": "Lee-Smith"}),
    ("Kim Jong Un", {"given": "Jong Un", "family": "Kim"}),
    ("Lee Anderson", {"given": "Lee", "family": "Anderson"}),  # a Western name stays
    ("Kim Darroch", {"given": "Kim", "family": "Darroch"}),
    ("Lin Wood", {"given": "Lin", "family": "Wood"}),
    # Singaporean and Malaysian names in three syllables, Vietnamese names: family first
    ("Lee Hsien Loong", {"given": "Hsien Loong", "family": "Lee"}),
    ("Tan Cheng Bock", {"given": "Cheng Bock", "family": "Tan"}),
    ("Wong Kar Wai", {"given": "Kar Wai", "family": "Wong"}),
    ("Ho Chi Minh", {"given": "Chi Minh", "family": "Ho"}),
    ("Nguyen Xuan Phuc", {"given": "Xuan Phuc", "family": "Nguyen"}),
    ("Nguyen Thi Kim Ngan", {"given": "Thi Kim Ngan", "family": "Nguyen"}),
    ("Viet Thanh Nguyen", {"given": "Viet Thanh", "family": "Nguyen"}),  # written Western
    ("Do Kwon", {"given": "Do", "family": "Kwon"}),  # (one given word: not Vietnamese)
    ("Lee Ann Rimes", {"given": "Lee Ann", "family": "Rimes"}),
    ("Lee Van Cleef", {"given": "Lee", "family": "Van Cleef"}),
    ("Reuters", {"literal": "Reuters"}),
    ("United Nations Security Council", {"literal": "United Nations Security Council"}),
    ("BBC News", {"literal": "BBC News"}),
])
def test_typed_names_parse_into_csl_parts(typed: str, parts: dict) -> None:
    assert parse_name(typed) == parts


def test_display_and_short_names() -> None:
    leyen = parse_name("Ursula von der Leyen")
    assert display_name(leyen) == "Ursula von der Leyen"
    assert short_name(leyen) == "von der Leyen"
    assert short_name(parse_name("Beethoven, Ludwig van")) == "Beethoven"
    assert display_name(parse_name("Beethoven, Ludwig van")) == "Ludwig van Beethoven"
    assert clean_name_parts({"given": " Jane ", "family": "", "bogus": "x"}) == {
        "literal": "Jane"}


@pytest.mark.parametrize(("speaker", "kind", "short"), [
    ("Lakhdar Brahimi", "person", "Brahimi"),
    ("Ursula von der Leyen", None, "von der Leyen"),
    ("Gabriel García Márquez", "person", "García Márquez"),
    ("Mr Tom Hale", "person", "Hale"),
    ("Abu Fehmi", "person", "Abu Fehmi"),
    ("Xi Jinping", "person", "Xi"),
    ("Ban Ki-moon", "person", "Ban"),
    ("Tariq al-Hussami", "person", "al-Hussami"),
    ("Syrian state television", None, "Syrian state television"),
    ("the UN-Arab League envoy", None, "the UN-Arab League envoy"),
    ("Syrian Observatory for Human Rights", None, "Syrian Observatory for Human Rights"),
    ("Free Syrian Army", "organisation", "Free Syrian Army"),
])
def test_a_parenthesis_names_a_speaker_by_surname(speaker: str, kind: str | None,
                                                  short: str) -> None:
    assert speaker_short_name(speaker, kind) == short


def _meta(*authors: str) -> ArticleMeta:
    return ArticleMeta(title="Floods hit the north", publisher="Echo", published="2020-01-02",
                       authors=list(authors))


@pytest.mark.parametrize(("style", "author", "expected_start"), [
    ("apa", "Ursula von der Leyen", "von der Leyen, U. (2020"),
    ("apa", "Beethoven, Ludwig van", "Beethoven, L. van. (2020"),  # no stray " ."
    ("apa", "Gabriel García Márquez", "García Márquez, G. (2020"),
    ("harvard", "Beethoven, Ludwig van", "Beethoven, L. van (2020)"),
    ("harvard", "Gabriel García Márquez", "García Márquez, G. (2020)"),
    ("mla", "Gabriel García Márquez", "García Márquez, Gabriel."),
    ("chicago", "Ursula von der Leyen", "Leyen, Ursula von der."),
    ("chicago", "Charles de Gaulle", "Gaulle, Charles de."),
])
def test_each_style_places_the_particle(style: str, author: str, expected_start: str) -> None:
    reference = cite_quote({"text": "“x”"}, _meta(author), style).reference
    assert reference.startswith(expected_start)
    assert " ." not in reference and "Márquez, G. G." not in reference


def test_stored_name_parts_win_over_the_typed_names() -> None:
    meta = ArticleMeta(title="T", authors=["Ludwig van Beethoven"],
                       author_names=[{"given": "Ludwig", "dropping-particle": "van",
                                      "family": "Beethoven"}])
    assert article_to_csl(meta)["author"] == [
        {"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"}]
    apa = cite_quote({"text": "“x”", "speaker": "A B"}, meta, "apa")
    assert apa.in_text == "“x” (B, as cited in Beethoven, n.d.)."
