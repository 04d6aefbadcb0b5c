"""Undo and redo through the change log."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import Library
from homsquotes.core.model import ExtractedArticle, Quote

ARTICLE = '"We will rebuild the bridge," the minister said. "Soon," she added.\n'


@pytest.fixture
def lib(lib):
    """The shared empty library (tests/core/conftest.py) holding ARTICLE."""
    lib.import_text(ARTICLE)
    return lib


def test_undo_restores_previous_value_and_redo_reapplies(lib):
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, affiliation="minister")
    lib.edit_quote(qid, affiliation="transport minister")
    assert lib.undo().startswith(f"edit quote {qid}")
    assert lib.quote(qid)["affiliation"] == "minister"
    assert lib.integrity_check() == "ok"
    lib.undo()
    q = lib.quote(qid)
    assert q["affiliation"] is None and q["status"] == "auto"
    assert lib.undo() is None
    lib.redo()
    assert lib.quote(qid)["affiliation"] == "minister"
    lib.redo()
    assert lib.quote(qid)["affiliation"] == "transport minister"
    assert lib.redo() is None


def test_new_edit_discards_the_redo_stack(lib):
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, note="one")
    lib.undo()
    lib.edit_quote(qid, note="two")
    assert lib.redo() is None
    assert lib.quote(qid)["note"] == "two"
    states = [op["state"] for op in lib.history()]
    assert states == ["done", "discarded"]


def test_undo_of_speaker_edit_removes_the_created_speaker(lib):
    qid = lib.quote_ids()[0]
    before = lib.speakers()
    old_speaker = lib.quote(qid)["speaker"]
    lib.edit_quote(qid, speaker="Ana Lopez")
    assert {s["name"] for s in lib.speakers(include_unused=True)} == {s["name"] for s in before} | {
        "Ana Lopez"
    }
    lib.undo()
    assert lib.speakers() == before and lib.quote(qid)["speaker"] == old_speaker
    lib.redo()
    assert lib.quote(qid)["speaker"] == "Ana Lopez"


def test_history_lists_field_changes(lib):
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, note="checked")
    [op] = lib.history()
    fields = {
        (c["table_name"], c["row_id"], c["field"]): (c["old_value"], c["new_value"])
        for c in op["changes"]
    }
    assert fields[("quotes", qid, "note")] == ("", "checked")
    assert fields[("quotes", qid, "status")] == ("auto", "edited")


def test_undo_survives_reopening(lib, tmp_path):
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, note="persisted")
    lib.close()
    with Library.open(tmp_path / "lib.sqlite") as again:
        assert again.quote(qid)["note"] == "persisted"
        again.undo()
        assert again.quote(qid)["note"] == ""
    lib._closed = False  # let the fixture's teardown reopen-check the same file
    lib.db = Library.open(tmp_path / "lib.sqlite").db


EDITS = st.one_of(
    st.tuples(st.just("speaker"), st.sampled_from(["Ana Lopez", "Tom Reed", "the mayor", ""])),
    st.tuples(st.just("affiliation"), st.sampled_from(["minister", "mayor", None])),
    st.tuples(st.just("note"), st.text(max_size=5)),
    st.tuples(st.just("kind"), st.sampled_from(["direct", "term"])),
    st.tuples(st.just("status"), st.sampled_from(["auto", "edited", "verified"])),
    st.tuples(st.just("tags"), st.lists(st.sampled_from(["a", "B", "b", "c"]), max_size=3)),
    st.tuples(st.just("delete"), st.none()),
    st.tuples(st.just("merge"), st.none()),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.integers(0, 1), EDITS), min_size=1, max_size=8))
def test_undoing_everything_restores_the_start_and_redo_the_end(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("prop") / "lib.sqlite"
    with Library.open(path) as lib:
        quotes = [
            Quote(text='"Yes,"', start=0, end=6, speaker="Ana Lopez", speaker_type="person"),
            Quote(text='"No,"', start=16, end=21, speaker="she", speaker_type="person"),
        ]
        lib.import_text('"Yes," she said. "No," he said.', extracted=ExtractedArticle("T", quotes))
        ids = lib.quote_ids()

        def snapshot():  # updated_at records the undo itself, so it is left out
            quotes = [
                {k: v for k, v in q.items() if k != "updated_at"} for q in lib.quotes_by_ids(ids)
            ]
            return quotes, lib.speakers(include_unused=True)

        start = snapshot()
        done = 0
        for which, (field, value) in steps:
            qid = ids[which]
            try:
                if field == "delete":
                    lib.delete_quote(qid)
                elif field == "merge":
                    names = [s["name"] for s in lib.speakers(include_unused=True)]
                    lib.merge_speakers(names[0], names[-1])
                else:
                    lib.edit_quote(qid, **{field: value})
                done += 1
            except HomsquotesError:
                pass  # e.g. editing a deleted quote, merging a speaker with itself
        end = snapshot()
        while lib.undo() is not None:
            pass
        assert snapshot() == start
        while lib.redo() is not None:
            pass
        assert snapshot() == end
        assert lib.integrity_check() == "ok"


def test_an_edit_that_changes_nothing_is_not_an_undo_step(lib):
    """Undo after a no-op edit must undo the last real change, and redo must survive it."""
    qid = lib.quote_ids()[0]
    lib.edit_quote(qid, note="first")
    lib.edit_quote(qid, note="second")
    lib.undo()
    version = lib.data_version()
    lib.edit_quote(qid, note="first")  # the value it already has
    lib.edit_article(lib.quote(qid)["article_id"], title=lib.article_meta(1).title)
    assert lib.data_version() == version
    assert [op["state"] for op in lib.history()] == ["undone", "done"]
    assert lib.redo() and lib.quote(qid)["note"] == "second"
    lib.undo()
    lib.undo()
    assert lib.quote(qid)["note"] in (None, "")


def test_edits_inside_a_larger_operation_are_kept(lib):
    """A caller may group edits in one described transaction; its own record count is zero."""
    qid = lib.quote_ids()[0]
    with lib.transaction("bulk edit"):
        lib.edit_quote(qid, note="grouped")
    assert lib.quote(qid)["note"] == "grouped"
