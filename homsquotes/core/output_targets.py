"""Files an export or a backup must not replace: SQLite databases and their companions.

Writing over ``library.sqlite-wal`` (or ``-shm``, ``-journal``) of a database in use
throws away its committed but not yet checkpointed changes at the next crash, and
writing over a database replaces it. Both are refused unless the caller forces it.
Nothing here opens the files with open(): closing another descriptor of a library
this process has open would drop its locks (see core/library/connection.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from homsquotes.core.errors import InputError

COMPANIONS = {"-wal": "write-ahead log", "-shm": "shared-memory index",
              "-journal": "rollback journal"}


def is_sqlite_file(path: Path) -> bool:
    """True if ``path`` is a readable SQLite database (asked through SQLite, read-only)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def companion_of(path: Path) -> tuple[Path, str] | None:
    """(database, what the file is to it) when ``path`` is named like a companion of an
    existing SQLite database, else None."""
    for suffix, kind in COMPANIONS.items():
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if is_sqlite_file(base):
                return base, kind
    return None


def refuse_database_target(path: Path, force: bool = False) -> None:
    """InputError unless ``path`` may be written: not a database, nor a companion of one."""
    if force:
        return
    companion = companion_of(path)
    if companion is not None:
        base, kind = companion
        raise InputError(
            f"{path}: is the {kind} of the SQLite database {base.name}; writing it could lose "
            "that database's recent changes (choose another file, or --force)"
        )
    if is_sqlite_file(path):
        raise InputError(
            f"{path}: is an SQLite database (a library?); choose another file, or --force "
            "to replace it"
        )
