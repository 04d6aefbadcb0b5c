"""Quote provenance: the same quotation across articles, its first appearance and variants."""

from __future__ import annotations

import pytest
from analysis_library import add_article

from homsquotes.core import analysis
from homsquotes.core.analysis import provenance
from homsquotes.core.errors import NotFoundError
from homsquotes.core.library import Library

QUOTE = "We urge all the parties to return to the negotiating table and complete the deal"
CHANGED = "We urge all parties to come back to the negotiating table and complete the deal"
FRAGMENT = "return to the negotiating table and complete the deal"
OTHER = "Nothing about this offensive was planned by the army or anyone else"


def _article(lib, words: str, speaker: str, outlet: str, date: str | None, extra: str = "") -> int:
    text = f"{outlet} story\n\n“{words},” {speaker} said.{extra}"
    return add_article(
        lib, text, [(words, speaker, "person", speaker, None)], publisher=outlet, published=date
    )


@pytest.fixture
def carried(lib):
    """The quote first in Outlet A (dated earliest but imported last), then B, C, D."""
    _article(lib, QUOTE, "Lakhdar Brahimi", "Outlet B", "2014-04-18")
    _article(lib, CHANGED, "Lakhdar Brahimi", "Outlet C", "2014-04-19")
    _article(lib, QUOTE, "Ahmad Jarba", "Outlet D", "2014-04-20")
    _article(lib, FRAGMENT, "Lakhdar Brahimi", "Outlet E", "2014-04-21")
    _article(lib, OTHER, "Someone Else", "Outlet F", "2014-04-16")
    _article(lib, QUOTE, "Lakhdar Brahimi", "Outlet A", "2014-04-17")
    return lib


def _by_outlet(group: dict) -> dict[str, dict]:
    return {m["outlet"]: m for m in group["members"]}


def test_normalising_folds_marks_punctuation_accents_and_case() -> None:
    assert provenance.normalise("“Don’t — STOP,” … said Café") == "dont stop said cafe"
    assert provenance.fingerprints("too short to trace") == set()


def test_the_earliest_article_is_the_first_appearance(carried) -> None:
    quote_id = carried.quote_ids()[0]
    group = analysis.quote_provenance(carried, quote_id)
    assert group["first"]["outlet"] == "Outlet A"
    assert group["article_count"] == 5
    assert group["outlets"] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
    assert "Outlet F" not in _by_outlet(group)


def test_changed_wording_is_a_variant_with_its_word_differences(carried) -> None:
    group = analysis.quote_provenance(carried, carried.quote_ids()[0])
    changed = _by_outlet(group)["Outlet C"]
    assert changed["relation"] == "variant"
    assert {"op": "delete", "first": "the", "this": ""} in changed["differences"]
    assert {"op": "replace", "first": "return", "this": "come back"} in changed["differences"]
    assert "[-return-]{+come back+}" in changed["marked"]
    assert _by_outlet(group)["Outlet B"]["differences"] == []


def test_a_fragment_joins_its_longer_form(carried) -> None:
    group = analysis.quote_provenance(carried, carried.quote_ids()[0])
    fragment = _by_outlet(group)["Outlet E"]
    assert fragment["relation"] == "fragment"
    assert fragment["differences"] == []  # what it leaves out is not a change of wording


def test_a_different_speaker_is_flagged(carried) -> None:
    group = analysis.quote_provenance(carried, carried.quote_ids()[0])
    members = _by_outlet(group)
    assert members["Outlet D"]["different_speaker"]
    assert not members["Outlet B"]["different_speaker"]
    assert group["different_speakers"]
    assert group["speakers"] == ["Ahmad Jarba", "Lakhdar Brahimi"]


def test_also_in_for_the_detail_pane(carried) -> None:
    groups = {g["first"]["outlet"]: g for g in analysis.provenance_groups(carried)}
    assert set(groups) == {"Outlet A"}  # Outlet F's quote is in one article only
    later = _by_outlet(groups["Outlet A"])["Outlet B"]["quote_id"]
    found = analysis.also_in(carried, later)
    assert (found["other_articles"], found["first_outlet"], found["is_first"]) == (
        4,
        "Outlet A",
        False,
    )
    from homsquotes.core.library import QuoteFilter

    [lonely] = carried.quote_ids(QuoteFilter(search="offensive"))
    assert analysis.also_in(carried, lonely) is None
    assert analysis.quote_provenance(carried, lonely)["article_count"] == 1


def test_rebuild_gives_the_groups_the_imports_made(carried) -> None:
    def groups() -> set[frozenset[int]]:
        found: dict[int, set[int]] = {}
        for quote_id, group_id in carried.db.execute("SELECT id, group_id FROM quote_provenance"):
            found.setdefault(group_id, set()).add(quote_id)
        return {frozenset(g) for g in found.values()}

    incremental = groups()
    analysis.rebuild(carried)
    assert groups() == incremental
    assert max(len(g) for g in incremental) == 5


def test_a_short_quote_is_not_traced(lib) -> None:
    _article(lib, "Never again", "Ann Moss", "Outlet A", "2020")
    with pytest.raises(NotFoundError, match="not traced"):
        analysis.quote_provenance(lib, lib.quote_ids()[0])


def test_a_deleted_quote_drops_out_of_its_group(carried) -> None:
    group = analysis.quote_provenance(carried, carried.quote_ids()[0])
    first = group["first"]
    carried.delete_quote(first["quote_id"])
    again = analysis.quote_provenance(carried, _by_outlet(group)["Outlet B"]["quote_id"])
    assert again["first"]["outlet"] == "Outlet B"


def test_a_library_from_before_version_5_is_rebuilt_on_first_use(carried, tmp_path) -> None:
    from homsquotes.core.analysis.tables import mark_analysis_pending

    with carried.transaction():
        carried.db.execute("DELETE FROM quote_provenance")
        mark_analysis_pending(carried.db)
    assert analysis.maintenance.is_pending(carried)
    analysis.ensure_current(carried)
    assert not analysis.maintenance.is_pending(carried)
    assert analysis.quote_provenance(carried, carried.quote_ids()[0])["article_count"] == 5


def test_the_v1_fixture_migrates_to_pending(tmp_path) -> None:
    import shutil
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "fixtures" / "library-v1.sqlite"
    path = tmp_path / "old.sqlite"
    shutil.copy(src, path)
    with Library.open(path) as old:
        assert analysis.maintenance.is_pending(old)
        analysis.ensure_current(old)
        assert not analysis.maintenance.is_pending(old)
        assert old.db.execute("SELECT count(*) FROM speaker_profiles").fetchone()[0] > 0


def test_a_quote_made_a_term_leaves_its_group(carried) -> None:
    group = analysis.quote_provenance(carried, carried.quote_ids()[0])
    fragment = _by_outlet(group)["Outlet E"]["quote_id"]
    carried.edit_quote(fragment, kind="term")
    again = analysis.quote_provenance(carried, carried.quote_ids()[0])
    assert "Outlet E" not in _by_outlet(again)
    assert again["article_count"] == 4
