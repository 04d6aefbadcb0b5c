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
from collections.abc import Iterable, Mapping
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
# Up to two given names may stand between the honorific and the surname ("Sir Keir Starmer").
_BETWEEN = r"(?:[A-Z][\w'’-]*\.?\s+){0,2}?"

# The gender of each speaker from its evidence, as SQL (a CTE named speaker_gender). Pronoun
# evidence follows its quote to that quote's speaker now, so fixing a speaker moves it too.
SPEAKER_GENDER_CTE = """
speaker_gender AS (
  SELECT sid AS speaker_id,
    CASE WHEN sum(g = 'female') > 0 AND sum(g = 'male') > 0 THEN 'unknown'
         WHEN sum(g = 'female') > 0 THEN 'female'
         WHEN sum(g = 'male') > 0 THEN 'male'
         WHEN sum(g = 'they') > 0 THEN 'they' ELSE 'unknown' END AS gender
  FROM (SELECT CASE WHEN e.quote_id IS NULL THEN e.speaker_id ELSE eq.speaker_id END AS sid,
               e.gender AS g
        FROM gender_evidence e LEFT JOIN quotes eq ON eq.id = e.quote_id
        WHERE e.quote_id IS NULL OR eq.id IS NOT NULL)
  WHERE sid IS NOT NULL GROUP BY sid
)"""


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


def article_evidence(
    text: str, quotes: Iterable[Mapping[str, Any]], speakers: Mapping[int, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Gender evidence in one article.

    quotes: rows with id, speaker_id, mention, mention_start, mention_end.
    speakers: speaker id -> {"name", "type"} for the speakers quoted in the article.
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
    for surname, holders in by_surname.items():
        for speaker_id, name in holders:
            # Two speakers with one surname: only the full name after the honorific says who.
            target = re.escape(surname) if len(holders) == 1 else re.escape(name)
            between = _BETWEEN if len(holders) == 1 else ""
            pattern = re.compile(rf"\b({_HONORIFIC})\.?\s+{between}{target}\b")
            for match in pattern.finditer(text):
                found.append(
                    {
                        "quote_id": None,
                        "speaker_id": speaker_id,
                        "kind": "honorific",
                        "gender": HONORIFIC_GENDER[match.group(1).casefold()],
                        "word": match.group(0),
                        "start": match.start(),
                        "end": match.end(),
                        "snippet": _snippet(text, match.start(), match.end()),
                    }
                )
    return found


def store_article_evidence(db: Any, article_id: int) -> int:
    """Recompute one article's gender evidence (inside the caller's transaction)."""
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    db.execute("DELETE FROM gender_evidence WHERE article_id = ?", [article_id])
    if row is None:
        return 0
    quotes = [
        dict(r)
        for r in db.query(
            "SELECT id, speaker_id, mention, mention_start, mention_end FROM quotes "
            "WHERE article_id = ?",
            [article_id],
        )
    ]
    speakers = {
        r["id"]: dict(r)
        for r in db.query(
            "SELECT id, name, type FROM speakers WHERE id IN "
            "(SELECT speaker_id FROM quotes WHERE article_id = ?)",
            [article_id],
        )
    }
    evidence = article_evidence(row[0], quotes, speakers)
    db.conn.executemany(
        "INSERT INTO gender_evidence(article_id, quote_id, speaker_id, kind, gender, word, start, "
        '"end", snippet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
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
    return len(evidence)


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
