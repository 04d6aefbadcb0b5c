"""Undo and redo through the change log."""

import pytest

from homsquotes.core.library import Library
from homsquotes.core.library.testing import integrity

ARTICLE = '"We will rebuild the bridge," the minister said. "Soon," she added.\n'


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite")
    library.import_text(ARTICLE)
    yield library
    assert library.integrity_check() == "ok"
    library.close()
    assert integrity(tmp_path / "lib.sqlite") == "ok"


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
