"""Helpers for tests of code that uses the library (here so every test file can import them)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def file_digest(path: str | Path) -> str:
    """sha256 of a file's bytes, to prove a refused operation left it untouched.

    Reading a library this process has open drops its locks; tests accept that here."""
    from homsquotes.core.library.own_files import own_file_reads_allowed

    with own_file_reads_allowed():
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: str | Path) -> str:
    """PRAGMA integrity_check of the file, through a fresh connection."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# quotes_fts as homsquotes 6 created it (sqlite-utils' enable_fts), byte for byte.
V6_QUOTES_FTS = (
    'CREATE VIRTUAL TABLE "quotes_fts" USING FTS5 (\n'
    '    "text", "context", "note", "affiliation",\n'
    "    tokenize='unicode61 remove_diacritics 2',\n"
    '    content="quotes"\n'
    ")"
)


def as_schema_6(path: str | Path) -> None:
    """Turn a closed current library into the version-6 shape, whose only difference is a
    full-text index without the prefix index (for the schema-7 migration's test and benchmark)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE quotes_fts")
        conn.execute(V6_QUOTES_FTS)
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
        conn.execute("PRAGMA user_version = 6")
        conn.execute("COMMIT")
    finally:
        conn.close()
