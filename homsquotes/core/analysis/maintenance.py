"""Keeping the derived analysis tables in step with the library.

* On import, ``article_imported`` (called inside the import's transaction) classifies the
  article's speakers, records its gender evidence and adds its quotes to the provenance
  groups: the cost is one article's, not the library's. What of that depends on the
  article's text alone (``article_facts``: word counts, normalised texts and fingerprints,
  honorifics) an import computes in its worker processes, beside the extraction, and hands
  to ``new_article_imported``, which only looks up and writes.
* Edits elsewhere (a quote's speaker or affiliation changed, a speaker renamed) are picked
  up by ``ensure_current`` before any analysis is read: the quotes updated since the last
  sync come from the updated_at index, renamed speakers from a scan of speakers only.
* ``rebuild`` recomputes everything (after a migration from before version 5, or on
  demand: `homsquotes sources --rebuild`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from homsquotes.core.analysis import gender, measures, profiles, provenance
from homsquotes.core.analysis.tables import PENDING_KEY
from homsquotes.core.library.connection import now

SYNCED_KEY = "analysis_synced_at"
REBUILD_BATCH = 200  # articles per transaction of a rebuild


@dataclass(slots=True)
class ArticleFacts:
    """What the analysis needs of one article that its text and quotes alone decide, one
    entry per quote in the order the quotes are written."""

    words: list[int]  # quoted words
    traced: list[provenance.Traced | None]  # None: not direct, or too short to trace
    honorifics: list[gender.Honorific]


def article_facts(text: str, quotes: Sequence[tuple[str, str]]) -> ArticleFacts:
    """The facts of an article from its text and its quotes' (text, kind)."""
    return ArticleFacts(
        words=[measures.count_words(q) for q, _kind in quotes],
        traced=[provenance.traced(q) if kind == "direct" else None for q, kind in quotes],
        honorifics=gender.honorifics_in(text),
    )


@dataclass(slots=True)
class SpeakerRefresh:
    """Speakers whose category and gender an import batch derives once, after its last
    article: both are read from all of a speaker's quotes in the library, and a speaker
    quoted often (a president, a police force) is in most articles of a batch, so deriving
    them per article read that speaker's quotes once per article. The result is the same."""

    categories: set[int] = field(default_factory=set)
    genders: set[int] = field(default_factory=set)

    def flush(self, db: Any) -> None:
        """Derive what the batch's articles left pending (caller's transaction)."""
        if self.categories:  # first: a gender is written into the profile this creates
            profiles.classify_speakers(db, self.categories)
        if self.genders:
            gender.refresh_genders(db, self.genders)
        self.categories.clear()
        self.genders.clear()


def new_article_imported(
    db: Any,
    article_id: int,
    text: str,
    quotes: Sequence[Mapping[str, Any]],
    facts: ArticleFacts,
    refresh: SpeakerRefresh | None = None,
) -> None:
    """``article_imported`` for an article just written, from what the import has in hand:
    its text, its quotes as written (id, speaker_id, start, kind, mention, mention_start,
    mention_end, in the order they were inserted) and their facts, so that nothing is read
    back or computed again. It leaves the tables as ``article_imported`` does, except that
    with a ``refresh`` the speakers' categories and genders wait for its ``flush``."""
    speaker_ids = {q["speaker_id"] for q in quotes if q["speaker_id"] is not None}
    pending = refresh if refresh is not None else SpeakerRefresh()
    pending.categories.update(speaker_ids)
    in_position_order = sorted(quotes, key=lambda q: (q["start"], q["kind"], q["id"]))
    pending.genders.update(
        gender.store_new_article_evidence(
            db, article_id, text, in_position_order, facts.honorifics
        )
    )
    if refresh is None:
        pending.flush(db)
    measures.store_word_counts(
        db, [(q["id"], words) for q, words in zip(quotes, facts.words, strict=True)], counted=True
    )
    traced = sorted(zip((q["id"] for q in quotes), facts.traced, strict=True))
    provenance.index_traced(db, traced)


def article_imported(db: Any, article_id: int) -> None:
    """The import hook: bring one new article into the analysis (caller's transaction)."""
    speaker_ids = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT speaker_id FROM quotes "
            "WHERE article_id = ? AND speaker_id IS NOT NULL",
            [article_id],
        )
    ]
    profiles.classify_speakers(db, speaker_ids)
    gender.store_article_evidence(db, article_id)
    measures.store_word_counts(
        db, db.execute("SELECT id, text FROM quotes WHERE article_id = ?", [article_id])
    )
    provenance.index_article(db, article_id)


def _info(db: Any, key: str) -> str | None:
    row = db.execute("SELECT value FROM library_info WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_info(db: Any, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO library_info(key, value) VALUES (?, ?)", [key, value])


def is_pending(lib: Any) -> bool:
    """Whether the analysis must be rebuilt before it can be read (a migrated library)."""
    return lib.info(PENDING_KEY) is not None


def ensure_current(lib: Any, progress: Callable[[str], None] | None = None) -> None:
    """Rebuild if pending, else catch up with the edits made since the last sync."""
    if is_pending(lib):
        rebuild(lib, progress)
        return
    with lib._lock:
        lib._check_open()
        work = _pending_work(lib.db)
    if work is None:
        return
    with lib.transaction():
        db = lib.db
        work = _pending_work(db)  # again under the write lock: another writer may have synced
        if work is None:
            return
        synced, stamp, articles, speakers, orphans = work
        if orphans:
            marks = ",".join("?" * len(orphans))
            db.execute(f"DELETE FROM speaker_profiles WHERE id IN ({marks})", orphans)
        if speakers:
            profiles.classify_speakers(db, speakers)
        for article_id in sorted(articles):
            gender.store_article_evidence(db, article_id)
        if articles:  # quotes added by hand, or made direct again, join their groups
            measures.store_word_counts(
                db,
                db.execute(
                    "SELECT id, text FROM quotes WHERE updated_at > ? "
                    "AND id NOT IN (SELECT id FROM quote_words)",
                    [synced],
                ).fetchall(),
            )
            rows = db.execute(
                "SELECT id, text FROM quotes WHERE updated_at > ? AND kind = 'direct' "
                "AND id NOT IN (SELECT id FROM quote_provenance) ORDER BY id",
                [synced],
            ).fetchall()
            provenance.index_quotes(db, rows)
        _set_info(db, SYNCED_KEY, stamp)


def _pending_work(db: Any) -> tuple[str, str, set[int], set[int], list[int]] | None:
    """(last sync, now, articles and speakers to redo, profiles of speakers now gone), or
    None when all is current. Reads only."""
    synced = _info(db, SYNCED_KEY) or ""
    stamp = now()
    changed = set(
        db.execute(  # a range of the updated_at index, not a scan
            "SELECT article_id, speaker_id FROM quotes INDEXED BY idx_quotes_updated "
            "WHERE updated_at > ?",
            [synced],
        ).fetchall()
    )
    speakers = {s for _, s in changed if s is not None}
    speakers.update(
        r[0]
        for r in db.execute(
            "SELECT s.id FROM speakers s LEFT JOIN speaker_profiles p ON p.id = s.id "
            "WHERE p.id IS NULL OR p.name_seen IS NOT s.name"
        )
    )
    articles = {a for a, _ in changed}
    # A merged (or deleted) speaker leaves its profile behind: redo the articles whose
    # evidence named it, so its evidence goes to whoever holds those quotes and names now.
    orphans = [
        r[0]
        for r in db.execute(
            "SELECT p.id FROM speaker_profiles p LEFT JOIN speakers s ON s.id = p.id "
            "WHERE s.id IS NULL"
        )
    ]
    if orphans:
        marks = ",".join("?" * len(orphans))
        articles.update(
            r[0]
            for r in db.execute(
                f"SELECT DISTINCT article_id FROM gender_evidence WHERE speaker_id IN ({marks})",
                orphans,
            )
        )
    if not speakers and not articles and not orphans:
        return None
    return synced, stamp, articles, speakers, orphans


def rebuild(lib: Any, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Recompute categories, gender evidence, word counts and provenance groups for the whole
    library.

    It runs in several transactions, so a window sharing the library is held up for one
    batch at a time, not minutes; until the last one the analysis counts as pending and is
    not read. Edits made meanwhile are newer than the sync stamp taken at the start, so
    the next ``ensure_current`` catches them up.
    """
    db = lib.db
    stamp = now()

    def say(message: str) -> None:
        if progress:
            progress(message)

    with lib.transaction():
        _set_info(db, PENDING_KEY, "1")
        say("Classifying speakers…")
        speakers = profiles.classify_speakers(db)
        db.execute("DELETE FROM gender_evidence")
        db.execute("DELETE FROM quote_words")
    with lib._lock:
        lib._check_open()
        article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    evidence = 0
    for i in range(0, len(article_ids), REBUILD_BATCH):
        say(f"Reading gender evidence and counting words… {i:,}/{len(article_ids):,} articles")
        batch = article_ids[i : i + REBUILD_BATCH]
        with lib.transaction():
            for article_id in batch:
                evidence += gender.store_article_evidence(db, article_id)
            marks = ",".join("?" * len(batch))
            measures.store_word_counts(
                db,
                db.execute(f"SELECT id, text FROM quotes WHERE article_id IN ({marks})", batch),
            )
    say("Grouping quotes across articles…")
    with lib.transaction():
        quotes = provenance.rebuild(db)
        db.execute("DELETE FROM library_info WHERE key = ?", [PENDING_KEY])
        _set_info(db, SYNCED_KEY, stamp)
    return {"speakers": speakers, "evidence": evidence, "quotes": quotes}
