"""Review mode's core: the queue by confidence, progress, decisions, undo and candidates."""

from __future__ import annotations

import pytest

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.review import (
    ReviewSession,
    context_segments,
    needs_review_filter,
    review_queue,
)
from homsquotes.core.speaker_candidates import candidates_for_quote, speaker_candidates

ARTICLE = (
    "Aid talks stall in Riverton\n\n"
    "Mayor Helen Okafor spoke to reporters on Monday. The city council met later.\n\n"
    '"We will rebuild the bridge," Okafor said.\n\n'
    'Transport minister Daniel Reyes disagreed. "There is no money for it," he told the BBC.\n\n'
    'Residents called the plan a "fantasy".\n'
)


@pytest.fixture
def seeded(lib: Library) -> Library:
    lib.import_text(ARTICLE)
    assert lib.count_quotes() >= 3
    return lib


def confidences(lib: Library, ids: list[int]) -> list[float]:
    return [-1.0 if q["confidence"] is None else q["confidence"] for q in lib.quotes_by_ids(ids)]


def test_the_queue_holds_the_unverified_quotes_lowest_confidence_first(seeded):
    ids = seeded.quote_ids()
    seeded.edit_quote(ids[0], status="verified")
    queue = review_queue(seeded)
    assert ids[0] not in queue
    assert sorted(queue) == sorted(ids[1:])
    assert confidences(seeded, queue) == sorted(confidences(seeded, queue))


def test_the_queue_keeps_the_windows_filters_but_not_its_status(seeded):
    ids = seeded.quote_ids()
    seeded.edit_quote(ids[1], tags=["bridge"])
    queue = review_queue(seeded, QuoteFilter(tag="brid", status="verified"))
    assert queue == [ids[1]]


def test_accept_verifies_counts_as_reviewed_and_moves_on_and_undo_comes_back(seeded):
    session = ReviewSession.start(seeded)
    first = session.current_id()
    assert session.progress() == f"0 of {session.total} reviewed"
    assert session.accept() == first
    assert seeded.quote(first)["status"] == "verified"
    assert session.current_id() == session.ids[1]
    assert session.progress() == f"1 of {session.total} reviewed"

    assert session.after_undo(seeded.undo()) is True
    assert session.current_id() == first
    assert seeded.quote(first)["status"] != "verified"
    assert session.reviewed() == 0


def test_fixes_stay_on_the_quote_and_each_is_one_undo(seeded):
    session = ReviewSession.start(seeded)
    quote_id = session.current_id()
    session.fix_speaker("Helen Okafor")
    session.fix_affiliation("mayor of Riverton")
    kind = session.change_kind()
    quote = seeded.quote(quote_id)
    assert session.current_id() == quote_id
    assert (quote["speaker"], quote["affiliation"], quote["kind"]) == (
        "Helen Okafor",
        "mayor of Riverton",
        kind,
    )
    assert session.after_undo(seeded.undo())
    assert seeded.quote(quote_id)["kind"] != kind
    assert seeded.quote(quote_id)["affiliation"] == "mayor of Riverton"


def test_not_a_quote_deletes_it_reviewed_and_undo_restores_it(seeded):
    session = ReviewSession.start(seeded)
    quote_id = session.not_a_quote()
    assert seeded.quotes_by_ids([quote_id]) == []
    assert session.reviewed() == 1
    session.after_undo(seeded.undo())
    assert seeded.quote(quote_id)["id"] == quote_id
    assert session.current_id() == quote_id


def test_skip_and_back_walk_without_changing_anything_and_an_outside_undo_is_ignored(seeded):
    session = ReviewSession.start(seeded)
    before = seeded.data_version()
    session.next()
    assert session.position == 1
    assert session.back() and session.position == 0
    assert not session.back()
    assert seeded.data_version() == before
    other = session.ids[-1]
    seeded.edit_quote(other, note="looked at")
    session.accept()
    assert session.after_undo(f"edit quote {other}: note") is False  # not this review's


def test_the_walk_ends_after_the_last_quote(seeded):
    session = ReviewSession.start(seeded)
    for _ in range(session.total):
        session.accept()
    assert session.finished and session.current() is None
    assert session.progress() == f"{session.total} of {session.total} reviewed"
    assert review_queue(seeded) == []


def test_needs_review_is_unverified_and_below_the_threshold(seeded):
    ids = seeded.quote_ids()
    quotes = seeded.quotes_by_ids(ids)
    threshold = 1.01  # everything the extractor found is below it
    unsure = seeded.quote_ids(needs_review_filter(None, threshold))
    assert sorted(unsure) == sorted(ids)
    seeded.edit_quote(ids[0], status="verified")
    assert ids[0] not in seeded.quote_ids(needs_review_filter(None, threshold))
    lowest = min(q["confidence"] for q in quotes if q["confidence"] is not None)
    below_lowest = seeded.quote_ids(needs_review_filter(None, lowest))
    assert all(
        q["confidence"] is None or q["confidence"] < lowest
        for q in seeded.quotes_by_ids(below_lowest)
    )


def test_context_marks_the_quote_its_mention_and_cue(seeded):
    quote = next(q for q in seeded.quotes() if q["text"].startswith('"There is no money'))
    text = seeded.article(quote["article_id"])["text"]
    segments = context_segments(text, quote, chars=60)
    roles = {s.role: s.text for s in segments if s.role}
    assert roles["quote"] == quote["text"]
    assert roles.get("mention") == quote["mention"]
    assert roles.get("cue") == quote["cue"]
    joined = "".join(s.text for s in segments)
    assert joined.startswith("… ") and "Okafor said" in joined


def test_speaker_candidates_are_the_articles_names_nearest_the_quote_first():
    start = ARTICLE.index('"There is no money')
    end = ARTICLE.index('it,"') + 4
    names = [c.name for c in speaker_candidates(ARTICLE, [(start, end)])]
    assert names[0] == "Daniel Reyes"
    assert "Helen Okafor" in names
    assert names.index("Daniel Reyes") < names.index("Helen Okafor")
    assert "Residents" not in names  # a capitalised word that only starts a sentence
    assert "BBC" in names


def test_candidates_for_a_library_quote_include_its_articles_speakers(seeded):
    quote = next(q for q in seeded.quotes() if q["text"].startswith('"We will rebuild'))
    names = [c.name for c in candidates_for_quote(seeded, quote)]
    assert names[0] == "Helen Okafor"
    assert len(names) == len({n.casefold() for n in names})


def test_a_huge_queue_counts_progress_from_its_own_decisions(seeded, monkeypatch):
    from homsquotes.core.library import review

    monkeypatch.setattr(review, "EXACT_PROGRESS", 1)  # every queue here counts as huge
    session = ReviewSession.start(seeded)
    first = session.accept()
    session.not_a_quote()
    assert session.reviewed() == 2
    session.after_undo(seeded.undo())
    assert session.reviewed() == 1
    seeded.edit_quote(first, status="auto")  # undone elsewhere: the count follows
    assert session.reviewed() == 0


def test_status_counts_ignore_missing_ids(seeded):
    ids = seeded.quote_ids()
    seeded.edit_quote(ids[0], status="verified")
    counts = seeded.status_counts([*ids, 10_000_000])
    assert counts["verified"] == 1 and sum(counts.values()) == len(ids)


def test_a_fix_to_the_same_value_is_no_decision(seeded):
    session = ReviewSession.start(seeded)
    quote = session.current()
    before = seeded.data_version()
    session.fix_speaker(quote["speaker"] or "")
    assert session.decisions == [] and seeded.data_version() == before
