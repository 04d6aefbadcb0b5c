"""Reading quotes: filters, sorted id lists for the GUI's table model, and quote dicts.

The GUI keeps only ids (``quote_ids``) and fetches a page at a time
(``quotes_by_ids``), so a million quotes stay cheap; each sort has an index.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from homsquotes.core.errors import NotFoundError
from homsquotes.core.library.connection import locked
from homsquotes.core.library.parts import decode_parts
from homsquotes.core.library.search import fts_query
from homsquotes.core.library.speakers import normalize_name

KINDS = ("direct", "term")
STATUSES = ("auto", "edited", "verified")

# sort name -> (joins, ORDER BY terms). Each order is total (ends in the id) and
# follows one index's column order, so SQLite walks the index instead of sorting.
SORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "position": ("", ("q.article_id", "q.start", "q.kind", "q.id")),
    # Quotes without a speaker come first; see QueryMixin.quote_ids.
    "speaker": (
        "JOIN speakers s ON s.id = q.speaker_id",
        ("s.name COLLATE NOCASE", "s.id", "q.article_id", "q.start", "q.kind", "q.id"),
    ),
    "affiliation": ("", ("q.affiliation COLLATE NOCASE", "q.kind", "q.id")),
    "text": ("", ("q.text COLLATE NOCASE", "q.kind", "q.id")),
    "kind": ("", ("q.kind", "q.article_id", "q.start", "q.id")),
    "status": ("", ("q.status", "q.article_id", "q.start", "q.kind", "q.id")),
    "article": (
        "JOIN articles a ON a.id = q.article_id",
        ("a.title COLLATE NOCASE", "a.id", "q.start", "q.kind", "q.id"),
    ),
    "confidence": ("", ("q.confidence", "q.kind", "q.id")),
    # Article columns of the table's optional Date and Publisher columns, and its Tags column:
    # no index can hold these orders, so SQLite sorts (they are chosen, not shown, by default).
    "published": (
        "JOIN articles a ON a.id = q.article_id",
        ("a.published", "a.id", "q.start", "q.kind", "q.id"),
    ),
    "publisher": (
        "JOIN articles a ON a.id = q.article_id",
        ("a.publisher COLLATE NOCASE", "a.id", "q.start", "q.kind", "q.id"),
    ),
    "tags": (
        "",
        (
            "(SELECT min(t.name COLLATE NOCASE) FROM quote_tags qt JOIN tags t "
            "ON t.id = qt.tag_id WHERE qt.quote_id = q.id)",
            "q.article_id",
            "q.start",
            "q.id",
        ),
    ),
    "updated": ("", ("q.updated_at", "q.kind", "q.id")),
}

QUOTE_SELECT = """
SELECT q.id, q.article_id, a.title AS article_title, a.publisher AS article_publisher,
       a.published AS article_published, q.text, q.kind,
       s.name AS speaker, q.speaker_id, s.type AS speaker_type,
       q.affiliation, q.context, q.cue, q.cue_start, q.cue_end,
       q.mention, q.mention_start, q.mention_end, q.setting,
       q.start, q."end", q.parts, q.prefix, q.suffix, q.status, q.review, q.note,
       (SELECT json_group_array(name) FROM
          (SELECT t.name FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id
           WHERE qt.quote_id = q.id ORDER BY t.name COLLATE NOCASE)) AS tags,
       q.confidence, q.created_at, q.updated_at
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
"""


@dataclass(slots=True)
class QuoteFilter:
    """Which quotes to show. ``speaker`` is a name (matched with its aliases) or an id."""

    article_id: int | None = None
    speaker: str | int | None = None
    search: str | None = None
    kind: str = "all"
    status: str | None = None
    tag: str | None = None
    needs_review: bool = False  # only quotes flagged for the user's review
    # Review mode: quotes nobody has verified yet, and "Needs review" (unverified and less sure
    # than the threshold in Preferences, or flagged by an upgrade).
    unverified: bool = False
    below_confidence: float | None = None

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on alias ``q`` and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.article_id is not None:
            clauses.append("q.article_id = ?")
            params.append(int(self.article_id))
        if self.kind and self.kind != "all":
            # The unary + keeps SQLite from using kind (too common to narrow much) as the
            # index: it then walks the sort index instead, reading kind from the index.
            clauses.append("+q.kind = ?")
            params.append(self.kind)
        if self.status:
            clauses.append("q.status = ?")
            params.append(self.status)
        if self.needs_review:
            clauses.append("q.review IS NOT NULL")
        if self.unverified:
            # IN, not !=: SQLite then reads the status index, and sorts the few it finds by
            # confidence (1.5 s for a million unverified quotes) instead of looking up the
            # status of every row in confidence order (6.5 s).
            clauses.append("q.status IN ('auto', 'edited')")
        if self.below_confidence is not None:
            # Unknown confidence counts as unsure; an upgrade's flag always asks for a look.
            clauses.append(
                "((q.status != 'verified' AND (q.confidence IS NULL OR q.confidence < ?)) "
                "OR q.review IS NOT NULL)"
            )
            params.append(float(self.below_confidence))
        if self.speaker is not None and self.speaker != "":
            clauses.append(self._speaker_clause(params))
        if self.tag:
            # Like the speaker filter, a tag filter matches part of a tag ("sie" finds "siege").
            clauses.append(
                "q.id IN (SELECT qt.quote_id FROM quote_tags qt JOIN tags t "
                "ON t.id = qt.tag_id WHERE t.name LIKE ? ESCAPE '\\')"
            )
            params.append("%" + _like_escape(self.tag.strip()) + "%")
        if self.search and self.search.strip():
            clauses.append(self._search_clause(params))
        return (" AND ".join(clauses) or "1"), params

    def _speaker_clause(self, params: list[Any]) -> str:
        if isinstance(self.speaker, int) or str(self.speaker).isdigit():
            params.append(int(self.speaker))
            return "q.speaker_id = ?"
        key = normalize_name(str(self.speaker))
        params.extend([key, key])
        exact = (
            "q.speaker_id IN (SELECT id FROM speakers WHERE normalized = ? "
            "UNION SELECT speaker_id FROM speaker_aliases WHERE normalized = ?)"
        )
        # Researchers type a surname ("Brahimi"): every word typed must be in the name or an alias.
        words = fts_query(str(self.speaker))
        if words is None:
            return exact
        params.extend([words, words])
        return (
            f"({exact} OR q.speaker_id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts "
            "MATCH ? UNION SELECT speaker_id FROM speaker_aliases WHERE id IN "
            "(SELECT rowid FROM speaker_aliases_fts WHERE speaker_aliases_fts MATCH ?)))"
        )

    def _search_clause(self, params: list[Any]) -> str:
        match = fts_query(self.search or "")
        if match is None:  # nothing word-like (e.g. "…" or "!!"): plain substring search
            # % and _ typed by the user are the characters themselves, not wildcards.
            typed = re.sub(r"([\\%_])", r"\\\1", self.search.strip())
            params.append(f"%{typed}%")
            return "q.text LIKE ? ESCAPE '\\'"
        params.extend([match, match, match])
        return (
            "(q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) "
            "OR q.speaker_id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?) "
            "OR q.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE id IN "
            "(SELECT rowid FROM speaker_aliases_fts WHERE speaker_aliases_fts MATCH ?)))"
        )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def row_to_quote(row: dict[str, Any]) -> dict[str, Any]:
    row["tags"] = json.loads(row["tags"]) if row.get("tags") else []
    if "parts" in row:  # one entry per part, a quote in one piece included
        row["parts"] = decode_parts(row["parts"], row["text"], row["start"], row["end"])
    return row


class QueryMixin:
    @locked
    def quote_ids(
        self, filter: QuoteFilter | None = None, sort: str = "position", descending: bool = False
    ) -> list[int]:
        """Ids of the matching quotes in sort order (cheap enough for a million quotes)."""
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
        where, params = (filter or QuoteFilter()).where()
        joins, order = SORTS[sort]
        direction = " DESC" if descending else ""
        order_by = ", ".join(term + direction for term in order)
        ids = [
            r[0]
            for r in self.db.execute(
                f"SELECT q.id FROM quotes q {joins} WHERE {where} ORDER BY {order_by}", params
            )
        ]
        if sort == "speaker":
            # Two index-ordered queries beat one LEFT JOIN that SQLite would have to sort.
            unattributed = [
                r[0]
                for r in self.db.execute(
                    "SELECT q.id FROM quotes q WHERE q.speaker_id IS NULL AND "
                    f"{where} ORDER BY {', '.join(t + direction for t in SORTS['position'][1])}",
                    params,
                )
            ]
            ids = ids + unattributed if descending else unattributed + ids
        return ids

    @locked
    def count_quotes(self, filter: QuoteFilter | None = None) -> int:
        where, params = (filter or QuoteFilter()).where()
        return int(
            self.db.execute(f"SELECT count(*) FROM quotes q WHERE {where}", params).fetchone()[0]
        )

    @locked
    def status_counts(self, ids: list[int]) -> dict[str, int]:
        """How many of these quotes have each status (ids no longer in the library count
        nowhere)."""
        if not ids:
            return {}
        rows = self.db.execute(
            "SELECT status, count(*) FROM quotes WHERE id IN (SELECT value FROM json_each(?)) "
            "GROUP BY status",
            [json.dumps([int(i) for i in ids])],
        )
        return {str(status): int(n) for status, n in rows}

    @locked
    def quotes_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        """Quote dicts in the order of `ids` (missing ids are skipped)."""
        if not ids:
            return []
        rows = self.db.query(
            QUOTE_SELECT + " WHERE q.id IN (SELECT value FROM json_each(?))",
            [json.dumps([int(i) for i in ids])],
        )
        by_id = {r["id"]: row_to_quote(dict(r)) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def quotes(
        self, filter: QuoteFilter | None = None, sort: str = "position", descending: bool = False
    ) -> list[dict[str, Any]]:
        """Every matching quote as a dict (for the CLI and exports)."""
        ids = self.quote_ids(filter, sort, descending)
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            out.extend(self.quotes_by_ids(ids[i : i + 500]))
        return out

    def quote(self, quote_id: int) -> dict[str, Any]:
        """One quote dict; NotFoundError if there is no such quote."""
        found = self.quotes_by_ids([int(quote_id)])
        if not found:
            raise NotFoundError(f"no quote with id {quote_id}")
        return found[0]

    @locked
    def speakers(self, include_unused: bool = False) -> list[dict[str, Any]]:
        """Speakers with quote and article counts and aliases, by name.

        Speakers left without quotes (after edits moved them away) are hidden
        unless `include_unused`.
        """
        rows = self.db.query(
            "SELECT s.id, s.name, s.type, s.description, "
            "(SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quote_count, "
            "(SELECT count(DISTINCT article_id) FROM quotes q WHERE q.speaker_id = s.id) "
            "AS article_count, "
            "(SELECT json_group_array(alias) FROM speaker_aliases sa WHERE sa.speaker_id = s.id) "
            "AS aliases FROM speakers s ORDER BY s.name COLLATE NOCASE, s.id"
        )
        out = []
        for r in rows:
            d = dict(r)
            if d["quote_count"] == 0 and not include_unused:
                continue
            d["aliases"] = sorted(json.loads(d["aliases"])) if d["aliases"] else []
            out.append(d)
        return out

    @locked
    def tags(self) -> list[dict[str, Any]]:
        """Tags in use, by name: each {"name", "quote_count"} (for filter pickers)."""
        rows = self.db.query(
            "SELECT t.name, count(*) AS quote_count FROM tags t "
            "JOIN quote_tags qt ON qt.tag_id = t.id "
            "GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.id"
        )
        return [dict(r) for r in rows]

    @locked
    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        from homsquotes.core.library import changelog

        return changelog.history(self.db, limit)
