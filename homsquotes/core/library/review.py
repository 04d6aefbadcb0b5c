"""Review mode: walk the quotes nobody has verified yet, least sure first, one decision each.

A ``ReviewSession`` takes a snapshot of the queue when it starts (the quotes matching the
window's filters that are not verified, by confidence, unknown confidence first), so the
walk and its progress ("37 of 120 reviewed") stay put while decisions change the quotes.
Each decision is one ordinary undoable library edit; the session remembers where each was
made so that undoing one brings the walk back to that quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from homsquotes.core.errors import NotFoundError
from homsquotes.core.library.queries import KINDS, QuoteFilter

DEFAULT_REVIEW_THRESHOLD = 0.9  # quotes marked >= 0.9 are right about 97% of the time
_QUOTE_ID = re.compile(r"\bquote (\d+)\b")  # the change log's "edit quote 12: status"
CONTEXT_CHARS = 320  # of article text either side of the quote in the review pane
EXACT_PROGRESS = 20_000  # queues up to this size count progress exactly in the library


def review_filter(base: QuoteFilter | None = None) -> QuoteFilter:
    """The quotes a review walks: those matching ``base`` (the window's filters) that are not
    verified. The base's own status choice is dropped: review is about the unverified ones."""
    return replace(base or QuoteFilter(), status=None, unverified=True)


def review_queue(lib: Any, base: QuoteFilter | None = None) -> list[int]:
    """Ids of the quotes to review, lowest confidence first (unknown confidence before any)."""
    return list(lib.quote_ids(review_filter(base), sort="confidence"))


def needs_review_filter(base: QuoteFilter | None, threshold: float) -> QuoteFilter:
    """``base`` narrowed to the quotes that need a look: unverified and below ``threshold``."""
    return replace(base or QuoteFilter(), below_confidence=float(threshold))


def progress_text(reviewed: int, total: int) -> str:
    return f"{reviewed:,} of {total:,} reviewed"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of article text and what it is: "" plain, "quote", "mention" or "cue"."""

    text: str
    role: str = ""


def context_segments(article_text: str, quote: dict, chars: int = CONTEXT_CHARS) -> list[Segment]:
    """The quote with the article text around it, cut between words, with its parts,
    speaker mention and cue marked, for the review pane to render."""
    parts = quote.get("parts") or [{"start": quote["start"], "end": quote["end"]}]
    marks: list[tuple[int, int, str]] = [(int(p["start"]), int(p["end"]), "quote") for p in parts]
    for name in ("mention", "cue"):
        start, end = quote.get(f"{name}_start"), quote.get(f"{name}_end")
        if start is not None and end is not None and 0 <= int(start) < int(end):
            marks.append((int(start), int(end), name))
    first = min(s for s, _e, _r in marks)
    last = max(e for _s, e, _r in marks)
    begin = _word_boundary(article_text, max(0, first - chars), backwards=True)
    finish = _word_boundary(article_text, min(len(article_text), last + chars), backwards=False)
    # One role per character: mention and cue win over the quote they may sit inside.
    roles = [""] * (finish - begin)
    for rank in ("quote", "cue", "mention"):
        for start, end, role in marks:
            if role == rank:
                for i in range(max(start, begin), min(end, finish)):
                    roles[i - begin] = role
    segments: list[Segment] = []
    if begin > 0:
        segments.append(Segment("… "))
    run_start = 0
    for i in range(1, len(roles) + 1):
        if i == len(roles) or roles[i] != roles[run_start]:
            text = article_text[begin + run_start : begin + i]
            segments.append(Segment(text, roles[run_start]))
            run_start = i
    if finish < len(article_text):
        segments.append(Segment(" …"))
    return segments


def _word_boundary(text: str, position: int, backwards: bool) -> int:
    step = -1 if backwards else 1
    limit = 40  # never walk far: a long word is cut rather than the context doubled
    while 0 < position < len(text) and limit and not text[position - 1].isspace():
        position += step
        limit -= 1
    return position


@dataclass
class ReviewSession:
    """One walk through the review queue; every decision is one undoable library edit."""

    lib: Any
    ids: list[int]
    position: int = 0
    decisions: list[int] = field(default_factory=list)  # positions decided, newest last
    touched: set[int] = field(default_factory=set)  # ids of every quote decided on

    @classmethod
    def start(cls, lib: Any, base: QuoteFilter | None = None) -> ReviewSession:
        return cls(lib, review_queue(lib, base))

    # ---- where we are ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.ids)

    @property
    def finished(self) -> bool:
        return self.position >= len(self.ids)

    def current_id(self) -> int | None:
        return None if self.finished else self.ids[self.position]

    def current(self) -> dict | None:
        """The quote under review, or None at the end (or if it was deleted elsewhere)."""
        quote_id = self.current_id()
        if quote_id is None:
            return None
        try:
            return self.lib.quote(quote_id)
        except NotFoundError:
            return None

    def reviewed(self) -> int:
        """How many of the queue's quotes are settled: verified, or removed as not quotes.

        A queue of up to EXACT_PROGRESS quotes is counted in the library every time; a bigger
        one counts only the quotes this review has decided on (the queue held none verified
        when it started), so a million-quote review answers at once after each key."""
        ids = self.ids if len(self.ids) <= EXACT_PROGRESS else sorted(set(self.touched))
        counts = self.lib.status_counts(ids)
        return len(ids) - sum(counts.values()) + counts.get("verified", 0)

    def progress(self) -> str:
        return progress_text(self.reviewed(), self.total)

    # ---- moving ----------------------------------------------------------------------------

    def next(self) -> None:
        """On to the next quote still in the library (skipping one leaves it unreviewed)."""
        self.position = min(self.position + 1, len(self.ids))
        self._skip_missing(1)

    def back(self) -> bool:
        """Back to the previous quote still in the library; False at the first one."""
        position = self.position - 1
        while position >= 0 and not self._exists(self.ids[position]):
            position -= 1
        if position < 0:
            return False
        self.position = position
        return True

    def go_to(self, quote_id: int) -> bool:
        if quote_id not in self.ids:
            return False
        self.position = self.ids.index(quote_id)
        return True

    def _exists(self, quote_id: int) -> bool:
        return bool(self.lib.quotes_by_ids([quote_id]))

    def _skip_missing(self, step: int) -> None:
        while not self.finished and not self._exists(self.ids[self.position]):
            self.position += step

    # ---- decisions (each one undoable edit) --------------------------------------------------

    def _decide(self) -> int:
        quote_id = self.current_id()
        if quote_id is None:
            raise NotFoundError("the review is finished: there is no quote to decide on")
        self.decisions.append(self.position)
        self.touched.add(quote_id)
        return quote_id

    def accept(self) -> int:
        """The quote is right as it stands: status verified; on to the next."""
        quote_id = self._decide()
        self.lib.edit_quote(quote_id, status="verified")
        self.next()
        return quote_id

    def fix_speaker(self, name: str) -> int:
        """A new speaker (stays on the quote, so the affiliation can be fixed too)."""
        return self._fix("speaker", name)

    def fix_affiliation(self, affiliation: str) -> int:
        return self._fix("affiliation", affiliation)

    def _fix(self, field: str, value: str) -> int:
        quote = self.current()
        if quote is None:
            raise NotFoundError("the review is finished: there is no quote to decide on")
        value = " ".join(value.split())
        if value == (quote.get(field) or ""):
            return int(quote["id"])  # unchanged: no edit, and nothing for Ctrl+Z to undo
        quote_id = self._decide()
        self.lib.edit_quote(quote_id, **{field: value or None})
        return quote_id

    def change_kind(self, kind: str | None = None) -> str:
        """Set the kind (by default the other one: a direct quote becomes a term); stays here."""
        quote = self.current()
        if quote is None:
            raise NotFoundError("the review is finished: there is no quote to decide on")
        if kind is None:
            kind = KINDS[(KINDS.index(quote["kind"]) + 1) % len(KINDS)]
        self._decide()
        self.lib.edit_quote(quote["id"], kind=kind)
        return kind

    def not_a_quote(self) -> int:
        """The extractor was wrong: the quote is deleted (undoable); on to the next."""
        quote_id = self._decide()
        self.lib.delete_quote(quote_id)
        self.next()
        return quote_id

    def after_undo(self, description: str | None) -> bool:
        """The library undid the operation ``description``: when it was this review's last
        decision, go back to that quote (True). Other undos leave the walk where it is."""
        if not self.decisions or not description:
            return False
        position = self.decisions[-1]
        found = _QUOTE_ID.search(description)
        if found is None or int(found.group(1)) != self.ids[position]:
            return False
        self.decisions.pop()
        self.position = position
        return True
