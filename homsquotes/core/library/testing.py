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
