"""Reading quotes: filters, sorted id lists for the GUI's table model, and quote dicts.

The GUI keeps only ids (``quote_ids``) and fetches a page at a time
(``quotes_by_ids``), so a million quotes stay cheap; each sort has an index.
The CLI streams (``iter_quotes``): rows come from a cursor a page at a time, so
the first line prints at once and memory stays flat however many quotes match.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from homsquotes.core.errors import NotFoundError
from homsquotes.core.library.connection import library_errors, locked
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
# Best match first for a search (see QueryMixin._relevance_queries); without one it is "position".
RELEVANCE = "relevance"
SORT_NAMES = (RELEVANCE, *SORTS)
# bm25 weights of the quotes_fts columns (text, context, note, affiliation): a word in the
# quotation itself counts for more than one in the sentence around it or in a note.
BM25_WEIGHTS = (4.0, 1.0, 1.0, 2.0)
# Ranking scores every match before the first can be shown (2-5 µs each here), so a search
# matching more quotes than this lists them in the order they were added, streamed from the
# index: a word in that many quotes says little about any of them (bm25's idf of a word in
# half the quotes is zero), and the result stays instant at a million quotes. Narrowing the
# search brings the ranking back.
RANK_LIMIT = 20_000
# A streamed speaker filter matching more quotes than this walks the sort's index (its
# first rows come at once: 1M quotes, 857k by speakers called "Speaker*": 90 ms to the first
# 50 instead of 1.2 s); a narrower one gathers its few matches by speaker and sorts them.
BROAD_MATCHES = 20_000
# Ids read from a cursor per page when streaming, and quote dicts fetched per query.
STREAM_PAGE = 500

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
    # The last word of `search` matches only as a whole word unless typed with a trailing
    # * (the CLI); the window matches it as a prefix while the user types.
    whole_words: bool = False

    def match(self) -> str | None:
        """The FTS5 query for `search`, or None if it holds no searchable word."""
        return fts_query(self.search or "", prefix_last=not self.whole_words)

    def where(self, search: bool = True, walk_sort_index: bool = False) -> tuple[str, list[Any]]:
        """SQL conditions on alias ``q`` and their parameters (without `search`: all but it).

        With `walk_sort_index` the speaker condition is only checked row by row, so SQLite
        walks the sort's index and stops at a LIMIT instead of gathering every match of a
        broad speaker filter and sorting them first."""
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
            clause = self._speaker_clause(params)
            if walk_sort_index:  # a unary + keeps SQLite from using an index for the term
                clause = clause.replace("q.speaker_id IN", "+q.speaker_id IN")
            clauses.append(clause)
        if self.tag:
            # Like the speaker filter, a tag filter matches part of a tag ("sie" finds "siege").
            clauses.append(
                "q.id IN (SELECT qt.quote_id FROM quote_tags qt JOIN tags t "
                "ON t.id = qt.tag_id WHERE t.name LIKE ? ESCAPE '\\')"
            )
            params.append("%" + _like_escape(self.tag.strip()) + "%")
        if search and self.search and self.search.strip():
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
        match = self.match()
        if match is None:  # nothing word-like (e.g. "…" or "!!"): plain substring search
            # % and _ typed by the user are the characters themselves, not wildcards.
            typed = re.sub(r"([\\%_])", r"\\\1", self.search.strip())
            params.append(f"%{typed}%")
            return "q.text LIKE ? ESCAPE '\\'"
        params.append(match)
        text = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
        return f"({text} OR {name_match_clause(match, params)})"


def name_match_clause(match: str, params: list[Any]) -> str:
    """Quotes whose speaker's name or an alias matches the FTS query ``match``."""
    params.extend([match, match])
    return (
        "(q.speaker_id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?) "
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
    def _id_queries(
        self, filter: QuoteFilter | None, sort: str, descending: bool, streamed: bool = False
    ) -> list[tuple[str, list[Any]]]:
        """The SELECTs whose ids, one query after the other, are the matches in sort order.

        `streamed`: the rows are read a page at a time and the reader may stop early; a
        broad speaker filter then walks the sort index (see QuoteFilter.where)."""
        filter = filter or QuoteFilter()
        if sort == RELEVANCE:
            ranked = self._relevance_queries(filter, descending)
            if ranked:
                return ranked
            sort = "position"
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORT_NAMES)}")
        walk = streamed and bool(filter.speaker) and not filter.search and self._broad(filter)
        where, params = filter.where(walk_sort_index=walk)
        joins, order = SORTS[sort]
        direction = " DESC" if descending else ""
        order_by = ", ".join(term + direction for term in order)
        queries = [(f"SELECT q.id FROM quotes q {joins} WHERE {where} ORDER BY {order_by}", params)]
        if sort == "speaker":
            # Two index-ordered queries beat one LEFT JOIN that SQLite would have to sort:
            # quotes without a speaker come first.
            position = ", ".join(t + direction for t in SORTS["position"][1])
            unattributed = (
                f"SELECT q.id FROM quotes q WHERE q.speaker_id IS NULL AND {where} "
                f"ORDER BY {position}",
                params,
            )
            queries = queries + [unattributed] if descending else [unattributed, *queries]
        return queries

    def _relevance_queries(
        self, filter: QuoteFilter, descending: bool
    ) -> list[tuple[str, list[Any]]] | None:
        """Search matches best first: quotes whose own words match, by FTS5's bm25 rank (or,
        past RANK_LIMIT matches, in the order they were added, streamed straight from the
        index), then those found only by their speaker's name, in article order. None if
        there is no full-text search to rank by."""
        match = filter.match()
        if match is None:
            return None
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        direction = " DESC" if descending else ""
        if self._rankable(match):
            score, order = f"bm25(quotes_fts, {weights})", f"m.score{direction}, m.id{direction}"
        else:
            score, order = "rowid", f"m.id{direction}"  # the index's own order: no sort step
        others, params = filter.where(search=False)
        # CROSS JOIN keeps the full-text index the outer loop, so only matches are visited.
        by_text = (
            f"SELECT q.id FROM (SELECT rowid AS id, {score} AS score FROM quotes_fts "
            f"WHERE quotes_fts MATCH ?) m CROSS JOIN quotes q ON q.id = m.id WHERE {others} "
            f"ORDER BY {order}",
            [match, *params],
        )
        names = name_match_clause(match, params := list(params))
        position = ", ".join(t + direction for t in SORTS["position"][1])
        # The NOT IN list is built only if some speaker's name matches.
        by_speaker = (
            f"SELECT q.id FROM quotes q WHERE {others} AND {names} AND q.id NOT IN "
            f"(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) ORDER BY {position}",
            [*params, match],
        )
        return [by_speaker, by_text] if descending else [by_text, by_speaker]

    def _broad(self, filter: QuoteFilter) -> bool:
        """Whether more than BROAD_MATCHES quotes match (counting stops there)."""
        where, params = filter.where()
        found = self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM quotes q WHERE {where} LIMIT ?)",
            [*params, BROAD_MATCHES + 1],
        ).fetchone()[0]
        return int(found) > BROAD_MATCHES

    def _rankable(self, match: str) -> bool:
        """Whether at most RANK_LIMIT quotes match the FTS query (counting stops there)."""
        found = self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
            [match, RANK_LIMIT + 1],
        ).fetchone()[0]
        return int(found) <= RANK_LIMIT

    @locked
    def search_is_ranked(self, filter: QuoteFilter | None) -> bool:
        """Whether sort="relevance" ranks this filter's matches (else they are in article order)."""
        match = (filter or QuoteFilter()).match()
        return match is not None and self._rankable(match)

    @locked
    def quote_ids(
        self, filter: QuoteFilter | None = None, sort: str = "position", descending: bool = False
    ) -> list[int]:
        """Ids of the matching quotes in sort order (cheap enough for a million quotes).

        ``sort`` is one of SORT_NAMES; "relevance" puts the best search matches first."""
        ids: list[int] = []
        for sql, params in self._id_queries(filter, sort, descending):
            ids.extend(r[0] for r in self.db.execute(sql, params))
        return ids

    def iter_quote_ids(
        self,
        filter: QuoteFilter | None = None,
        sort: str = "position",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[list[int]]:
        """The ids of ``quote_ids`` read lazily, a page (a list) at a time, at most ``limit``.

        Each query runs as its first page is asked for and stops when the caller does, so a
        ``LIMIT`` or an early ``break`` never pays for the matches beyond it."""
        left = limit
        with self._lock, library_errors(self.path):
            self._check_open()
            queries = self._id_queries(filter, sort, descending, streamed=True)
        for sql, params in queries:
            if left is not None:
                if left <= 0:
                    return
                sql, params = f"{sql} LIMIT ?", [*params, left]
            with self._lock, library_errors(self.path):
                self._check_open()
                cursor = self.db.execute(sql, params)
            try:
                while True:
                    with self._lock, library_errors(self.path):
                        page = [r[0] for r in cursor.fetchmany(STREAM_PAGE)]
                    if not page:
                        break
                    if left is not None:
                        left -= len(page)
                    yield page
            finally:
                with contextlib.suppress(sqlite3.ProgrammingError):  # the library was closed
                    cursor.close()

    def iter_quotes(
        self,
        filter: QuoteFilter | None = None,
        sort: str = "position",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Matching quote dicts in sort order, streamed (see iter_quote_ids)."""
        for page in self.iter_quote_ids(filter, sort, descending, limit):
            yield from self.quotes_by_ids(page)

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
        """Every matching quote as a dict, in a list (exports; the CLI streams iter_quotes)."""
        return list(self.iter_quotes(filter, sort, descending))

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
