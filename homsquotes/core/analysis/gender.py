"""Referred gender: how an article refers to a speaker (he, she, they, or an honorific).

Never guessed from a name. The evidence is what the article says and where: a quote whose
speaker mention is "she" (the extractor resolved that "she" to the speaker), or "Ms
Nyrabia" with the speaker's surname after the honorific. Each piece is kept with its
offsets and a snippet so a researcher can check it. A speaker with both he and she
evidence is 'unknown' (the article, or the speaker matching, contradicts itself); "they"
counts only for a person, since "they said" after an organisation is the plural.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

GENDERS: dict[str, str] = {
    "female": "Female (she, Ms…)",
    "male": "Male (he, Mr…)",
    "they": "They (referred to as they)",
    "unknown": "Unknown",
}
PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
PRONOUN_GENDER |= {"they": "they", "them": "they"}
HONORIFIC_GENDER = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female"}
HONORIFIC_GENDER |= {"ms": "female", "miss": "female", "dame": "female", "lady": "female"}
HONORIFIC_GENDER |= {"madam": "female", "madame": "female", "mme": "female", "monsieur": "male"}
SNIPPET_CHARS = 40

_HONORIFIC = "|".join(sorted((h.capitalize() for h in HONORIFIC_GENDER), key=len, reverse=True))
# An honorific and the capitalised name after it: up to two given names, then the surname
# ("Mr Brahimi", "Sir Keir Starmer"); the last word is matched against the speakers' surnames.
_NAME_WORD = r"[A-Z][\w’'-]*"
_HONORIFIC_NAME = re.compile(
    rf"\b({_HONORIFIC})\.?[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w’'-])"
)


def check_gender(gender: str) -> str:
    wanted = gender.strip().casefold()
    aliases = {"f": "female", "woman": "female", "m": "male", "man": "male", "": "unknown"}
    wanted = aliases.get(wanted, wanted)
    if wanted not in GENDERS:
        raise ValueError(f"unknown gender {gender!r}; use one of {', '.join(GENDERS)}")
    return wanted


def gender_of(evidence: Iterable[str]) -> str:
    """The referred gender a list of evidence genders gives (the Python twin of the SQL)."""
    found = set(evidence)
    if {"female", "male"} <= found:
        return "unknown"
    for gender in ("female", "male", "they"):
        if gender in found:
            return gender
    return "unknown"


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET_CHARS)
    right = min(len(text), end + SNIPPET_CHARS)
    body = " ".join(text[left:right].split())
    return ("…" if left else "") + body + ("…" if right < len(text) else "")


def _surname(name: str) -> str | None:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return None
    last = re.sub(r"(['’]s)$", "", words[-1]).strip(".,;:")
    return last if last[:1].isupper() and len(last) > 1 else None


# An honorific and the name after it, found in an article's text: (where the honorific
# starts, the honorific, where the name starts, each word of the name with where it ends,
# counted from the name's start). They depend on the text alone, so an import finds them
# in its worker processes.
Honorific = tuple[int, str, int, tuple[tuple[str, int], ...]]


def honorifics_in(text: str) -> list[Honorific]:
    """Every honorific followed by a capitalised name in the text (one regex pass)."""
    return [
        (
            match.start(),
            match.group(1),
            match.start(2),
            tuple((w.group(0), w.end()) for w in re.finditer(r"\S+", match.group(2))),
        )
        for match in _HONORIFIC_NAME.finditer(text)
    ]


def article_evidence(
    text: str,
    quotes: Iterable[Mapping[str, Any]],
    speakers: Mapping[int, Mapping[str, Any]],
    honorifics: Iterable[Honorific] | None = None,
) -> list[dict[str, Any]]:
    """Gender evidence in one article.

    quotes: rows with id, speaker_id, mention, mention_start, mention_end.
    speakers: speaker id -> {"name", "type"} for the speakers quoted in the article.
    honorifics: honorifics_in(text), when already known.
    """
    found: list[dict[str, Any]] = []
    for quote in quotes:
        speaker_id, mention = quote.get("speaker_id"), (quote.get("mention") or "").strip()
        start, end = quote.get("mention_start"), quote.get("mention_end")
        gender = PRONOUN_GENDER.get(mention.casefold())
        if speaker_id is None or gender is None or start is None or end is None:
            continue
        if text[start:end].strip().casefold() != mention.casefold():
            continue  # offsets that no longer point at the mention prove nothing
        speaker = speakers.get(speaker_id) or {}
        if gender == "they" and speaker.get("type") != "person":
            continue
        found.append(
            {
                "quote_id": quote["id"],
                "speaker_id": speaker_id,
                "kind": "pronoun",
                "gender": gender,
                "word": text[start:end],
                "start": start,
                "end": end,
                "snippet": _snippet(text, start, end),
            }
        )
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for speaker_id, speaker in speakers.items():
        name = " ".join((speaker.get("name") or "").split())
        if speaker.get("type") not in (None, "person") or " " not in name:
            continue  # "the minister" or one word: no surname to look for
        surname = _surname(name)
        if surname:
            by_surname.setdefault(surname, []).append((speaker_id, name))
    if not by_surname:
        return found
    # One pass over the text for every honorific; the words after it say whose it is.
    for start, honorific, name_start, words in (
        honorifics_in(text) if honorifics is None else honorifics
    ):
        # The longest run of names ending in a known surname ("Mr Brahimi Monday" -> Brahimi).
        for count in range(len(words), 0, -1):
            named = [w for w, _end in words[:count]]
            holders = by_surname.get(named[-1], [])
            if len(holders) > 1:  # a shared surname: only the full name says who
                holders = [
                    (i, n) for i, n in holders if len(named) > 1 and n.endswith(" ".join(named))
                ]
            if len(holders) == 1:
                break
        else:
            continue
        end = name_start + words[count - 1][1]
        found.append(
            {
                "quote_id": None,
                "speaker_id": holders[0][0],
                "kind": "honorific",
                "gender": HONORIFIC_GENDER[honorific.casefold()],
                "word": text[start:end],
                "start": start,
                "end": end,
                "snippet": _snippet(text, start, end),
            }
        )
    return found


def store_article_evidence(db: Any, article_id: int) -> int:
    """Recompute one article's gender evidence and the genders it touches (caller's transaction)."""
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    quotes = [
        dict(r)
        for r in db.query(
            "SELECT id, speaker_id, mention, mention_start, mention_end FROM quotes "
            "WHERE article_id = ?",
            [article_id],
        )
    ]
    return _replace_evidence(db, article_id, row[0] if row else None, quotes, None)


def store_new_article_evidence(
    db: Any,
    article_id: int,
    text: str,
    quotes: Sequence[Mapping[str, Any]],
    honorifics: Sequence[Honorific] | None,
) -> set[int]:
    """store_article_evidence for an article just written, from what the import has in hand:
    its text and its quotes (id, speaker_id, mention, mention_start, mention_end, in the order
    of the quotes' (start, kind, id), the order the position index reads them in). The
    speakers whose gender the evidence touches are returned, not refreshed: the import
    refreshes them once per batch (``refresh_genders``)."""
    affected: set[int] = set()
    _replace_evidence(db, article_id, text, quotes, honorifics, affected)
    return affected


def _replace_evidence(
    db: Any,
    article_id: int,
    text: str | None,
    quotes: Sequence[Mapping[str, Any]],
    honorifics: Sequence[Honorific] | None,
    defer_into: set[int] | None = None,
) -> int:
    # Rows of an article deleted before this id was reused go too, and so does their gender.
    affected = {
        r[0]
        for r in db.execute(
            "SELECT speaker_id FROM gender_evidence "
            "WHERE article_id = ? AND speaker_id IS NOT NULL",
            [article_id],
        )
    }
    affected.update(q["speaker_id"] for q in quotes if q["speaker_id"] is not None)
    db.execute("DELETE FROM gender_evidence WHERE article_id = ?", [article_id])
    evidence: list[dict[str, Any]] = []
    if text is not None:
        quoted = sorted({q["speaker_id"] for q in quotes if q["speaker_id"] is not None})
        speakers: dict[int, dict[str, Any]] = {}
        for i in range(0, len(quoted), 500):
            chunk = quoted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            speakers.update(
                (r["id"], dict(r))
                for r in db.query(
                    f"SELECT id, name, type FROM speakers WHERE id IN ({marks})", chunk
                )
            )
        evidence = article_evidence(text, quotes, speakers, honorifics)
        db.conn.executemany(
            "INSERT INTO gender_evidence(article_id, quote_id, speaker_id, kind, gender, word, "
            'start, "end", snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (
                    article_id,
                    e["quote_id"],
                    e["speaker_id"],
                    e["kind"],
                    e["gender"],
                    e["word"],
                    e["start"],
                    e["end"],
                    e["snippet"],
                )
                for e in evidence
            ],
        )
    if defer_into is None:
        refresh_genders(db, affected)
    else:
        defer_into.update(affected)
    return len(evidence)


def refresh_genders(db: Any, speaker_ids: Iterable[int]) -> None:
    """Write what the evidence says of these speakers into speaker_profiles.gender.

    Pronoun evidence counts for its quote's speaker now, so correcting a quote's speaker
    moves the evidence with it; honorific evidence counts for the speaker it was matched to.
    """
    ids = sorted(set(speaker_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        genders = dict.fromkeys(chunk, "unknown")
        for speaker_id, gender in db.execute(
            "SELECT sid, CASE WHEN sum(g = 'female') > 0 AND sum(g = 'male') > 0 THEN 'unknown' "
            "WHEN sum(g = 'female') > 0 THEN 'female' WHEN sum(g = 'male') > 0 THEN 'male' "
            "WHEN sum(g = 'they') > 0 THEN 'they' ELSE 'unknown' END FROM ("
            "SELECT q.speaker_id AS sid, e.gender AS g FROM quotes q "
            f"JOIN gender_evidence e ON e.quote_id = q.id WHERE q.speaker_id IN ({marks}) "
            "UNION ALL SELECT e.speaker_id, e.gender FROM gender_evidence e "
            f"WHERE e.quote_id IS NULL AND e.speaker_id IN ({marks})) GROUP BY sid",
            [*chunk, *chunk],
        ):
            genders[speaker_id] = gender
        db.conn.executemany(
            "UPDATE speaker_profiles SET gender = ? WHERE id = ?",
            [(g, i) for i, g in genders.items()],
        )


def speaker_evidence(db: Any, speaker_id: int) -> list[dict[str, Any]]:
    """Every piece of gender evidence that refers to a speaker now, oldest article first."""
    rows = db.query(
        "SELECT e.article_id, a.title AS article_title, e.quote_id, e.kind, e.gender, e.word, "
        'e.start, e."end", e.snippet FROM gender_evidence e '
        "JOIN articles a ON a.id = e.article_id LEFT JOIN quotes q ON q.id = e.quote_id "
        "WHERE (e.quote_id IS NOT NULL AND q.speaker_id = :s) "
        "OR (e.quote_id IS NULL AND e.speaker_id = :s) ORDER BY e.article_id, e.start",
        {"s": speaker_id},
    )
    return [dict(r) for r in rows]
