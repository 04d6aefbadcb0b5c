"""Keeping the derived analysis tables in step with the library.

* On import, ``article_imported`` (called inside the import's transaction) classifies the
  article's speakers, records its gender evidence and adds its quotes to the provenance
  groups: the cost is one article's, not the library's.
* Edits elsewhere (a quote's speaker or affiliation changed, a speaker renamed) are picked
  up by ``ensure_current`` before any analysis is read: the quotes updated since the last
  sync come from the updated_at index, renamed speakers from a scan of speakers only.
* ``rebuild`` recomputes everything (after a migration from before version 5, or on
  demand: `homsquotes sources --rebuild`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homsquotes.core.analysis import gender, profiles, provenance
from homsquotes.core.analysis.tables import PENDING_KEY
from homsquotes.core.library.connection import now

SYNCED_KEY = "analysis_synced_at"


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
        synced, stamp, articles, speakers = work
        if speakers:
            profiles.classify_speakers(db, speakers)
        for article_id in sorted(articles):
            gender.store_article_evidence(db, article_id)
        if articles:  # quotes added by hand, or made direct again, join their groups
            rows = db.execute(
                "SELECT id, text FROM quotes WHERE updated_at > ? AND kind = 'direct' "
                "AND id NOT IN (SELECT id FROM quote_provenance) ORDER BY id",
                [synced],
            ).fetchall()
            provenance.index_quotes(db, rows)
        _set_info(db, SYNCED_KEY, stamp)


def _pending_work(db: Any) -> tuple[str, str, set[int], set[int]] | None:
    """(last sync, now, articles and speakers to redo), or None when all is current."""
    synced = _info(db, SYNCED_KEY) or ""
    stamp = now()
    changed = db.execute(
        "SELECT DISTINCT article_id, speaker_id FROM quotes WHERE updated_at > ?", [synced]
    ).fetchall()
    speakers = {s for _, s in changed if s is not None}
    speakers.update(
        r[0]
        for r in db.execute(
            "SELECT s.id FROM speakers s LEFT JOIN speaker_profiles p ON p.id = s.id "
            "WHERE p.id IS NULL OR p.name_seen IS NOT s.name"
        )
    )
    articles = {a for a, _ in changed}
    if not speakers and not articles:
        return None
    return synced, stamp, articles, speakers


def rebuild(lib: Any, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Recompute categories, gender evidence and provenance groups for the whole library."""
    with lib.transaction():
        db = lib.db
        stamp = now()
        if progress:
            progress("Classifying speakers…")
        speakers = profiles.classify_speakers(db)
        if progress:
            progress("Reading gender evidence…")
        db.execute("DELETE FROM gender_evidence")
        evidence = 0
        for (article_id,) in db.execute("SELECT id FROM articles ORDER BY id").fetchall():
            evidence += gender.store_article_evidence(db, article_id)
        if progress:
            progress("Grouping quotes across articles…")
        quotes = provenance.rebuild(db)
        db.execute("DELETE FROM library_info WHERE key = ?", [PENDING_KEY])
        _set_info(db, SYNCED_KEY, stamp)
    return {"speakers": speakers, "evidence": evidence, "quotes": quotes}
