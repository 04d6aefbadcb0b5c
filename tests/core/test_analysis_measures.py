"""Share of voice: the SQL aggregates against counts worked out by hand on a tiny library."""

from __future__ import annotations

import pytest
from analysis_library import add_article

from homsquotes.core import analysis
from homsquotes.core.analysis.measures import count_words
from homsquotes.core.library import QuoteFilter

# Article A (Outlet X, January): Ann Moss (minister, "she") 5 + 3 words, Bob Reed (resident,
# "he") 2 words. Article B (Outlet Y, February): Carl Ng (professor) 4, Ann Moss 2 words.
ARTICLE_A = (
    "Article A\n\n"
    '"One two three four five," she said. Ann Moss is the health minister.\n\n'
    '"Six seven eight," Ann Moss added.\n\n'
    '"Nine ten," he said.'
)
ARTICLE_B = 'Article B\n\n"Alpha beta gamma delta," Carl Ng said.\n\n"Epsilon zeta," Ann Moss said.'


@pytest.fixture
def small(lib):
    a = add_article(
        lib,
        ARTICLE_A,
        [
            ("One two three four five,", "Ann Moss", "person", "she", "the health minister"),
            ("Six seven eight,", "Ann Moss", "person", "Ann Moss", "the health minister"),
            ("Nine ten,", "Bob Reed", "person", "he", "a resident"),
        ],
        publisher="Outlet X",
        published="2024-01-10",
    )
    b = add_article(
        lib,
        ARTICLE_B,
        [
            ("Alpha beta gamma delta,", "Carl Ng", "person", "Carl Ng", "a professor"),
            ("Epsilon zeta,", "Ann Moss", "person", "Ann Moss", None),
        ],
        publisher="Outlet Y",
        published="2024-02-05",
    )
    return lib, a, b


def _by(rows: list[dict], name: str) -> dict[str, tuple[int, int, float]]:
    return {r[name]: (r["quotes"], r["words"], r["share_words"]) for r in rows}


def test_words_are_counted_without_the_parts_joiner() -> None:
    assert count_words("“One, two” … three four!") == 4
    assert count_words("") == 0


def test_by_category(small) -> None:
    lib, _, _ = small
    rows = _by(analysis.voice(lib, "category"), "category")
    assert rows == {
        "Government or official": (3, 10, 0.625),
        "Expert or academic": (1, 4, 0.25),
        "Citizen or eyewitness": (1, 2, 0.125),
    }


def test_by_gender_speaker_outlet_month(small) -> None:
    lib, _, _ = small
    assert _by(analysis.voice(lib, "gender"), "gender") == {
        "Female (she, Ms…)": (3, 10, 0.625),
        "Unknown": (1, 4, 0.25),
        "Male (he, Mr…)": (1, 2, 0.125),
    }
    speakers = analysis.voice(lib, "speaker")
    assert [(r["speaker"], r["quotes"], r["words"], r["articles"]) for r in speakers] == [
        ("Ann Moss", 3, 10, 2),
        ("Carl Ng", 1, 4, 1),
        ("Bob Reed", 1, 2, 1),
    ]
    assert speakers[0]["gender"] == "female"
    assert _by(analysis.voice(lib, "outlet"), "outlet") == {
        "Outlet X": (3, 10, 0.625),
        "Outlet Y": (2, 6, 0.375),
    }
    assert _by(analysis.voice(lib, "month"), "month") == {
        "2024-01": (3, 10, 0.625),
        "2024-02": (2, 6, 0.375),
    }


def test_share_within_one_article_and_under_a_search(small) -> None:
    lib, a, _ = small
    within = _by(
        analysis.voice(lib, "category", QuoteFilter(article_id=a, kind="direct")), "category"
    )
    assert within == {"Government or official": (2, 8, 0.8), "Citizen or eyewitness": (1, 2, 0.2)}
    searched = analysis.voice(lib, "speaker", QuoteFilter(search="gamma", kind="direct"))
    assert [(r["speaker"], r["words"], r["share_words"]) for r in searched] == [("Carl Ng", 4, 1.0)]


def test_top_speakers_and_crosstab(small) -> None:
    lib, _, _ = small
    assert [r["speaker"] for r in analysis.voice(lib, "speaker", top=1)] == ["Ann Moss"]
    table = analysis.crosstab(lib, "outlet", "category")
    cells = {(r["outlet"], r["category"]): r["words"] for r in table}
    assert cells == {
        ("Outlet X", "Government or official"): 8,
        ("Outlet X", "Citizen or eyewitness"): 2,
        ("Outlet Y", "Expert or academic"): 4,
        ("Outlet Y", "Government or official"): 2,
    }


def test_a_user_category_moves_the_counts(small) -> None:
    lib, _, _ = small
    analysis.set_speaker_category(lib, "Carl Ng", "media")
    rows = _by(analysis.voice(lib, "category"), "category")
    assert rows["Media"] == (1, 4, 0.25)
    assert "Expert or academic" not in rows


def test_an_unknown_measure_is_refused(small) -> None:
    lib, _, _ = small
    with pytest.raises(ValueError, match="unknown measure"):
        analysis.voice(lib, "colour")
