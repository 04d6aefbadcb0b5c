"""Per-speaker analysis: the derived category, and the user's own category or gender.

``classify_speakers`` (re)derives the category of rule-sourced speakers; a category or
gender the user sets is one undoable operation and is never overwritten by the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from homsquotes.core.analysis.categories import (
    CATEGORIES,
    Classification,
    check_category,
    classify_speaker,
)
from homsquotes.core.analysis.gender import GENDERS, check_gender, gender_of, speaker_evidence
from homsquotes.core.errors import InputError
from homsquotes.core.library import changelog

_CHUNK = 500


def derive_categories(db: Any, speaker_ids: list[int]) -> dict[int, tuple[Classification, str]]:
    """What the rules say of each speaker: id -> (classification, current name)."""
    out: dict[int, tuple[Classification, str]] = {}
    for i in range(0, len(speaker_ids), _CHUNK):
        chunk = speaker_ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        affiliations: dict[int, list[str]] = {}
        for speaker_id, affiliation in db.execute(
            f"SELECT speaker_id, affiliation FROM quotes WHERE speaker_id IN ({marks}) "
            "AND affiliation IS NOT NULL AND affiliation != ''",
            chunk,
        ):
            affiliations.setdefault(speaker_id, []).append(affiliation)
        for speaker_id, name, speaker_type, description in db.execute(
            f"SELECT id, name, type, description FROM speakers WHERE id IN ({marks})", chunk
        ):
            found = affiliations.get(speaker_id, [])
            if description:
                found = [*found, description]
            out[speaker_id] = (classify_speaker(name, speaker_type, found), name)
    return out


def classify_speakers(db: Any, speaker_ids: Iterable[int] | None = None) -> int:
    """Derive the category of these speakers (all when None) unless the user set it."""
    if speaker_ids is None:
        ids = [r[0] for r in db.execute("SELECT id FROM speakers")]
    else:
        ids = sorted({int(i) for i in speaker_ids if i is not None})
    derived = derive_categories(db, ids)
    db.conn.executemany(
        "INSERT INTO speaker_profiles(id, category, category_source, category_reason, "
        "name_seen) VALUES (?, ?, 'rule', ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "category = CASE WHEN category_source = 'user' THEN category ELSE excluded.category END, "
        "category_reason = CASE WHEN category_source = 'user' THEN category_reason "
        "ELSE excluded.category_reason END, name_seen = excluded.name_seen",
        [(i, c.category, c.reason, name) for i, (c, name) in derived.items()],
    )
    return len(derived)


def _ensure_profile(lib: Any, tx: Any, speaker_id: int) -> dict[str, Any]:
    row = lib.db.execute("SELECT * FROM speaker_profiles WHERE id = ?", [speaker_id]).fetchone()
    if row is None:
        classify_speakers(lib.db, [speaker_id])
        created = dict(
            next(iter(lib.db.query("SELECT * FROM speaker_profiles WHERE id = ?", [speaker_id])))
        )
        tx.record("speaker_profiles", speaker_id, changelog.ROW, None, created)
        return created
    return dict(
        next(iter(lib.db.query("SELECT * FROM speaker_profiles WHERE id = ?", [speaker_id])))
    )


def set_speaker_category(lib: Any, speaker: str | int, category: str | None) -> None:
    """Set a speaker's category by hand (one undoable edit); None gives it back to the rules."""
    try:
        key = check_category(category) if category else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    with lib.transaction(f"set category of speaker {speaker}") as tx:
        speaker_id = int(lib._speaker_row(speaker)["id"])
        old = _ensure_profile(lib, tx, speaker_id)
        if key is None:
            derived = derive_categories(lib.db, [speaker_id])[speaker_id][0]
            new = {
                **old,
                "category": derived.category,
                "category_source": "rule",
                "category_reason": derived.reason,
            }
        else:
            new = {**old, "category": key, "category_source": "user", "category_reason": None}
        for field in ("category", "category_source", "category_reason"):
            lib.db.execute(
                f"UPDATE speaker_profiles SET [{field}] = ? WHERE id = ?", [new[field], speaker_id]
            )
            tx.record("speaker_profiles", speaker_id, field, old[field], new[field])


def set_speaker_gender(lib: Any, speaker: str | int, gender: str | None) -> None:
    """Set a speaker's referred gender by hand (undoable); None lets the evidence decide again."""
    try:
        key = check_gender(gender) if gender else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    with lib.transaction(f"set gender of speaker {speaker}") as tx:
        speaker_id = int(lib._speaker_row(speaker)["id"])
        old = _ensure_profile(lib, tx, speaker_id)
        lib.db.execute(
            "UPDATE speaker_profiles SET gender_user = ? WHERE id = ?", [key, speaker_id]
        )
        tx.record("speaker_profiles", speaker_id, "gender_user", old["gender_user"], key)


def speaker_profile(lib: Any, speaker: str | int) -> dict[str, Any]:
    """A speaker's category (with how it was derived) and referred gender (with its evidence)."""
    with lib._lock:
        lib._check_open()
        row = lib._speaker_row(speaker)
        profile = lib.db.execute(
            "SELECT category, category_source, category_reason, gender_user "
            "FROM speaker_profiles WHERE id = ?",
            [row["id"]],
        ).fetchone()
        evidence = speaker_evidence(lib.db, int(row["id"]))
    category, source, reason, gender_user = profile or ("unknown", "rule", None, None)
    derived = gender_of(e["gender"] for e in evidence)
    genders = {e["gender"] for e in evidence}
    return {
        "id": row["id"],
        "name": row["name"],
        "type": row["type"],
        "category": category,
        "category_label": CATEGORIES.get(category, category),
        "category_source": source,
        "category_reason": reason,
        "gender": gender_user or derived,
        "gender_label": GENDERS.get(gender_user or derived, gender_user or derived),
        "gender_source": "user" if gender_user else ("evidence" if evidence else "none"),
        "gender_conflicting": {"female", "male"} <= genders,
        "evidence": evidence,
    }
