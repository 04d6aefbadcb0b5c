"""The library's tables, indexes, full-text index and migrations.

The schema version lives in ``PRAGMA user_version``. ``ensure_schema`` is
idempotent: it creates whatever tables, columns, indexes and FTS tables are
missing, so a migration is "bring the file up to the current shape, then fix
the data the new columns need". It always runs inside the caller's transaction.

Version history:
  1. articles, speakers, quotes (no anchors, setting or span offsets); no
     aliases, tags, change log or full-text index.
  2. anchors (prefix/suffix), setting, cue/mention offsets, speaker aliases and
     normalised names, tags, operations + changes (undo/redo), FTS5.
  3. quotes.parts (an interrupted quotation's parts as JSON offset pairs; NULL for one piece)
     and quotes.review (why a quote needs the user's eye); merged spans are split into parts.
  4. articles.author_names (each author's CSL name parts, JSON) and short_title;
     author_names is parsed once from the authors already stored, and an article read
     online (a URL, or an HTML file) with no access date gets its import date.
  5. source analysis and provenance (homsquotes.core.analysis.tables): speaker_profiles
     (category and referred gender, with how each was set), gender_evidence,
     quote_provenance + quote_fingerprints (one quotation across articles).
  6. articles.database_id (a news database's id for the article, e.g. "factiva:..."; a
     re-import of an export finds it) and articles.import_note (what the import had to say:
     not English, an export layout not recognised).
  7. quotes_fts gets a prefix index (FTS5 ``prefix='2 3 4'``): a search for ``mi*``, and the
     window's search-as-you-type (the last word matches as a prefix), reads one doclist
     instead of merging every word that starts with the prefix. The migration rebuilds the
     full-text index from the quotes table, and the FTS update triggers fire only when an
     indexed column changes; no data changes.
  8. fts_deferred: while one of its rows says so, inside a single write transaction, the FTS
     triggers leave the rows from an id on to the writer, which indexes them with one
     statement before it commits (an import's batch: FTS5 writes a new index segment at
     every statement, so a trigger per quote made a segment per quote). The table is empty
     outside that transaction, so every other writer (an edit, the sqlite3 shell, Datasette)
     keeps the triggers' behaviour. The migration recreates the triggers; no data changes.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

SCHEMA_VERSION = 8
# The oldest schema this code reads as it is: a read-only library (which cannot be
# migrated) from version 6 still opens for reading; only its prefix searches are slower.
READABLE_WITHOUT_MIGRATION = 6

# Column order is the order Datasette users see.
TABLES: dict[str, dict] = {
    "library_info": {
        "columns": {"key": str, "value": str},
        "pk": "key",
    },
    "articles": {
        "columns": {
            "id": int,
            "title": str,
            "standfirst": str,
            "publisher": str,
            "authors": str,  # JSON list of names
            "author_names": str,  # JSON list of CSL name parts, parallel to authors
            "short_title": str,
            "published": str,
            "published_note": str,
            "url": str,
            "accessed": str,
            "language": str,
            "text": str,
            "sha256": str,
            "source_file": str,
            "version": int,
            "previous_id": int,
            "imported_at": str,
            "database_id": str,
            "import_note": str,
        },
        "pk": "id",
        "not_null": {"text", "sha256"},
    },
    "speakers": {
        "columns": {
            "id": int,
            "name": str,
            "normalized": str,
            "type": str,
            "description": str,
            "created_at": str,
        },
        "pk": "id",
        "not_null": {"name"},
    },
    "speaker_aliases": {
        "columns": {"id": int, "speaker_id": int, "alias": str, "normalized": str},
        "pk": "id",
        "not_null": {"speaker_id", "alias"},
        "foreign_keys": [("speaker_id", "speakers", "id")],
    },
    "quotes": {
        "columns": {
            "id": int,
            "article_id": int,
            "speaker_id": int,
            "text": str,
            "start": int,
            "end": int,
            "parts": str,  # JSON [[start, end], ...] of an interrupted quotation; NULL: one piece
            "prefix": str,
            "suffix": str,
            "kind": str,
            "cue": str,
            "cue_start": int,
            "cue_end": int,
            "mention": str,
            "mention_start": int,
            "mention_end": int,
            "affiliation": str,
            "context": str,
            "setting": str,
            "confidence": float,
            "status": str,
            "review": str,  # why the user should look at this quote again; NULL: nothing to check
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        "pk": "id",
        "not_null": {"article_id", "text", "start", "end", "kind", "status"},
        "defaults": {"kind": "direct", "status": "auto", "note": ""},
        "foreign_keys": [("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
    },
    "tags": {
        "columns": {"id": int, "name": str},
        "pk": "id",
        "not_null": {"name"},
    },
    "quote_tags": {
        "columns": {"quote_id": int, "tag_id": int},
        "pk": ("quote_id", "tag_id"),
        "foreign_keys": [("quote_id", "quotes", "id"), ("tag_id", "tags", "id")],
    },
    "operations": {
        "columns": {"id": int, "description": str, "state": str, "created_at": str},
        "pk": "id",
        "defaults": {"state": "done"},
    },
    # Empty except inside the write transaction of an import's batch (see deferred_fts).
    "fts_deferred": {
        "columns": {"table_name": str, "from_id": int},
        "pk": "table_name",
        "not_null": {"from_id"},
    },
    "changes": {
        "columns": {
            "id": int,
            "op_id": int,
            "table_name": str,
            "row_id": int,
            "field": str,
            "old_value": str,
            "new_value": str,
            "changed_at": str,
        },
        "pk": "id",
        "foreign_keys": [("op_id", "operations", "id")],
    },
}

# Indexes chosen for the GUI: every sortable column has one, so ordering a
# million quotes walks an index instead of sorting.
INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS idx_articles_sha256 ON articles(sha256)",
    "CREATE INDEX IF NOT EXISTS idx_articles_url ON articles(url)",
    "CREATE INDEX IF NOT EXISTS idx_articles_database_id ON articles(database_id)",
    "CREATE INDEX IF NOT EXISTS idx_articles_title ON articles(title COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS idx_speakers_name ON speakers(name COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS idx_speakers_normalized ON speakers(normalized)",
    "CREATE INDEX IF NOT EXISTS idx_aliases_normalized ON speaker_aliases(normalized)",
    "CREATE INDEX IF NOT EXISTS idx_aliases_speaker ON speaker_aliases(speaker_id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS idx_tags_name ON tags(name COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS idx_quote_tags_tag ON quote_tags(tag_id)",
    # Sort indexes end with kind (the GUI's usual filter), so a kind-filtered sort
    # never visits the table; the sorts in queries.SORTS follow these column orders.
    "CREATE INDEX IF NOT EXISTS idx_quotes_position ON quotes(article_id, start, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_speaker ON quotes(speaker_id, article_id, start, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_affiliation ON quotes(affiliation COLLATE NOCASE, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_text ON quotes(text COLLATE NOCASE, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_kind ON quotes(kind, article_id, start)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_status ON quotes(status, article_id, start, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_confidence ON quotes(confidence, kind)",
    "CREATE INDEX IF NOT EXISTS idx_quotes_updated ON quotes(updated_at, kind)",
    "CREATE INDEX IF NOT EXISTS idx_changes_op ON changes(op_id)",
)

# Full-text search: quotes over their own text fields; speakers and aliases so a
# name search finds that speaker's quotes. Triggers keep them in step.
FTS = {
    "quotes": ["text", "context", "note", "affiliation"],
    "speakers": ["name"],
    "speaker_aliases": ["alias"],
}
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# FTS5 prefix indexes (prefix lengths in characters). Without one, a prefix query merges
# the doclists of every word starting with it before its first row: at 1M quotes `mi*`
# took 107 ms and `kalo*` 118 ms on a quiet machine, 0.1 ms each with '2 3 4' ('2 3' left
# `kalo*` at 161 ms). Each length adds half to two thirds of the main index again (1M
# quotes: 70 MB of index, 164 MB with '2 3', 207 MB with '2 3 4'; the file 746 -> 888 MB).
# Longer prefixes match few words, so merging them stays cheap.
# Speaker names are few (a speaker table is tiny next to the quotes), so they have none.
FTS_PREFIXES = {"quotes": "2 3 4"}
_PREFIX_OPTION = re.compile(r"prefix\s*=\s*'([^']*)'", re.IGNORECASE)


def fts_table_sql(table: str) -> str:
    """The CREATE VIRTUAL TABLE statement of `table`'s external-content FTS5 index."""
    columns = ", ".join(f'"{c}"' for c in FTS[table])
    prefix = f", prefix='{FTS_PREFIXES[table]}'" if table in FTS_PREFIXES else ""
    return (
        f'CREATE VIRTUAL TABLE "{table}_fts" USING FTS5 ({columns}, '
        f"tokenize='{FTS_TOKENIZER}'{prefix}, content=\"{table}\")"
    )


def fts_prefix_option(create_sql: str) -> str | None:
    """The prefix option of an FTS5 CREATE statement ('2 3 4'), or None if it has none."""
    found = _PREFIX_OPTION.search(create_sql)
    return found.group(1) if found else None


def ensure_fts(db: sqlite_utils.Database, table: str) -> None:
    """Create `table`'s FTS index and triggers, or rebuild the index if its prefix option
    is not the current one, inside the caller's transaction. (sqlite-utils' enable_fts
    has no prefix option; the SQL here is its SQL with one.)"""
    fts = f"{table}_fts"
    found = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [fts]
    ).fetchone()
    if found is None or fts_prefix_option(found[0]) != FTS_PREFIXES.get(table):
        if found is not None:
            db.execute(f'DROP TABLE "{fts}"')  # its shadow tables go with it
        db.execute(fts_table_sql(table))
        # Reads every row of the content table: what the user wrote is the index's source.
        db.execute(f"INSERT INTO \"{fts}\"(\"{fts}\") VALUES ('rebuild')")
        if found is not None:  # one segment, as a freshly built big index should be
            db.execute(f"INSERT INTO \"{fts}\"(\"{fts}\") VALUES ('optimize')")
    columns = ", ".join(f'"{c}"' for c in FTS[table])
    new = ", ".join(f'new."{c}"' for c in FTS[table])
    old = ", ".join(f'old."{c}"' for c in FTS[table])
    insert = f'INSERT INTO "{fts}" (rowid, {columns}) VALUES (new.rowid, {new});'
    delete = (
        f'INSERT INTO "{fts}" ("{fts}", rowid, {columns}) VALUES (\'delete\', old.rowid, {old});'
    )
    # sqlite-utils' names and bodies, made again each time the schema changes, each with a
    # WHEN that leaves a deferred row to deferred_fts (no row of fts_deferred: always true).
    # The update trigger fires only when an indexed column is set: a status, speaker or
    # timestamp change (review, merges, undo) leaves the index alone instead of deleting and
    # re-adding every word of the row, prefixes included (1M quotes: ~60 µs a row).
    for suffix, event, body, row in (
        ("ai", "INSERT", insert, "new"),
        ("ad", "DELETE", delete, "old"),
        ("au", f"UPDATE OF {columns}", delete + insert, "old"),
    ):
        when = (
            "NOT EXISTS (SELECT 1 FROM fts_deferred WHERE table_name = "
            f"'{table}' AND {row}.rowid >= from_id)"
        )
        db.execute(f'DROP TRIGGER IF EXISTS "{table}_{suffix}"')
        db.execute(
            f'CREATE TRIGGER "{table}_{suffix}" AFTER {event} ON "{table}" WHEN {when} '
            f"BEGIN {body} END"
        )


@contextlib.contextmanager
def deferred_fts(conn: sqlite3.Connection, *tables: str) -> Iterator[None]:
    """Inside the caller's write transaction: the rows of `tables` written from here on are
    indexed at the end, one statement a table, instead of by the triggers one at a time.

    FTS5 turns what the rows of each statement added into a new index segment (at the next
    statement's savepoint), and keeps merging those segments; with a trigger per quote that
    was a segment per quote (840 PolNeAR articles, the writer alone: 5.4 -> 3.5 s of CPU,
    18.6 -> 14.7 G instructions, of which the quotes' FTS writes 5.8 -> 1.9 G). Rows written
    in the block are indexed with the values they have at its end, so an update or delete of
    one of them in the block leaves the index alone. After an exception too the rows written
    so far are indexed and the deferral ends (Library.transaction rolls all of it back, but
    a caller that caught the error and commits must not leave rows out of the index, or the
    triggers idle)."""
    first = {}
    for table in tables:
        first[table] = int(
            conn.execute(f'SELECT coalesce(max(rowid), 0) + 1 FROM "{table}"').fetchone()[0]
        )
        conn.execute(
            "INSERT INTO fts_deferred (table_name, from_id) VALUES (?, ?)", [table, first[table]]
        )
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # the error that stopped the block is news
            _index_deferred(conn, first)
        raise
    _index_deferred(conn, first)


def _index_deferred(conn: sqlite3.Connection, first: dict[str, int]) -> None:
    """End deferred_fts: the triggers index every row again, and the rows they left alone
    are indexed now, one INSERT ... SELECT a table."""
    for table, from_id in first.items():
        conn.execute("DELETE FROM fts_deferred WHERE table_name = ?", [table])
        columns = ", ".join(f'"{c}"' for c in FTS[table])
        conn.execute(
            f'INSERT INTO "{table}_fts" (rowid, {columns}) SELECT rowid, {columns} '
            f'FROM "{table}" WHERE rowid >= ?',
            [from_id],
        )


def stored_version(path: str | Path) -> int | None:
    """The schema version of the library file at path, read without opening it for writing
    (None when there is no file, or it is not a SQLite database)."""
    target = Path(path)
    if not target.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def needs_upgrade(path: str | Path) -> bool:
    """Opening the library at path will migrate it to SCHEMA_VERSION first (a one-time step
    that rebuilds indexes: about 30 s at a million quotes)."""
    version = stored_version(path)
    return version is not None and 0 < version < SCHEMA_VERSION


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every missing table, column, index and FTS table (inside the open transaction)."""
    for name, spec in TABLES.items():
        table = db.table(name)
        if not table.exists():
            table.create(
                spec["columns"],
                pk=spec["pk"],
                not_null=spec.get("not_null"),
                defaults=spec.get("defaults"),
                foreign_keys=spec.get("foreign_keys"),
            )
            continue
        have = {c.name for c in table.columns}
        for column, col_type in spec["columns"].items():
            if column not in have:
                table.add_column(
                    column, col_type, not_null_default=spec.get("defaults", {}).get(column)
                )
    for sql in INDEXES:
        db.execute(sql)
    from homsquotes.core.analysis.tables import ensure_analysis_tables

    ensure_analysis_tables(db)
    for name in FTS:
        ensure_fts(db, name)


def upgrade_data(db: sqlite_utils.Database, from_version: int) -> None:
    """Fill the columns a migration added (inside the migration's transaction)."""
    from homsquotes.core.library.anchors import anchor_context
    from homsquotes.core.library.speakers import normalize_name

    if from_version < 2:
        texts: dict[int, str] = {}
        rows = db.execute(
            "SELECT id, article_id, start, end FROM quotes WHERE prefix IS NULL"
        ).fetchall()
        for quote_id, article_id, start, end in rows:
            if article_id not in texts:
                texts[article_id] = db.execute(
                    "SELECT text FROM articles WHERE id = ?", [article_id]
                ).fetchone()[0]
            prefix, suffix = anchor_context(texts[article_id], start, end)
            db.execute(
                "UPDATE quotes SET prefix = ?, suffix = ? WHERE id = ?", [prefix, suffix, quote_id]
            )
        for speaker_id, name in db.execute("SELECT id, name FROM speakers").fetchall():
            db.execute(
                "UPDATE speakers SET normalized = ? WHERE id = ?",
                [normalize_name(name), speaker_id],
            )
        db.execute("UPDATE quotes SET note = '' WHERE note IS NULL")
    if from_version < 3:
        from homsquotes.core.library.parts import upgrade_to_parts

        upgrade_to_parts(db)
    if from_version < 4:
        from homsquotes.core.library.authors import author_names_json

        for article_id, authors in db.execute(
            "SELECT id, authors FROM articles WHERE author_names IS NULL"
        ).fetchall():
            db.execute(
                "UPDATE articles SET author_names = ? WHERE id = ?",
                [author_names_json(json.loads(authors) if authors else []), article_id],
            )
        db.execute(
            "UPDATE articles SET accessed = substr(imported_at, 1, 10) WHERE accessed IS NULL "
            "AND imported_at IS NOT NULL AND (url IS NOT NULL OR lower(source_file) LIKE '%.htm' "
            "OR lower(source_file) LIKE '%.html' OR lower(source_file) LIKE '%.xhtml')"
        )
    if from_version < 5:
        # Categories, gender evidence and provenance groups are derived from the quotes; for a
        # big library that takes minutes, so it runs on first use, not inside the migration.
        from homsquotes.core.analysis.tables import mark_analysis_pending

        mark_analysis_pending(db)
    if from_version < 6:
        # Nothing to fill: articles imported before version 6 came from single files, which
        # carry no database id, and nothing was noted about them.
        pass
    # Version 7 (the prefix index) is ensure_schema's work: ensure_fts rebuilt quotes_fts.
    # So is version 8: the fts_deferred table, and the triggers that consult it.
