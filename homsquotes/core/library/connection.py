"""Opening a library file safely, and turning SQLite failures into one-line LibraryErrors.

Every check that can refuse a file (not SQLite, corrupt, too new, read-only,
locked) runs before anything is written, so a refused file is left exactly as
it was. Migrations copy the file first and then run in one transaction.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import sqlite_utils

from homsquotes.core.errors import InputError, LibraryDamagedError, LibraryError
from homsquotes.core.library.schema import (
    READABLE_WITHOUT_MIGRATION,
    SCHEMA_VERSION,
    ensure_schema,
    upgrade_data,
)

BUSY_TIMEOUT_MS = 10_000
QUICK_CHECK_ON_OPEN_BYTES = 256 * 1024 * 1024


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str:
    """A one-line, user-facing explanation of an SQLite failure."""
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return f"{path}: the library is locked by another program; close it and try again"
    if "readonly" in msg or "read-only" in msg:
        return f"{path}: the library is read-only; check the file's permissions"
    if any(m in msg for m in ("not a database", "malformed", "corrupt", "vtable constructor")):
        return f"{path}: the library file is corrupt or not an SQLite database"
    if "disk" in msg and "full" in msg:
        return f"{path}: the disk is full"
    if "unable to open" in msg:
        return f"{path}: the library cannot be opened (check the folder exists and is writable)"
    return f"{path}: library error: {exc}"


@contextlib.contextmanager
def library_errors(path: Path) -> Iterator[None]:
    """Re-raise SQLite errors as LibraryError with a one-line message."""
    try:
        yield
    except sqlite3.Error as exc:
        raise LibraryError(describe_sqlite_error(path, exc)) from None
    except OverflowError:  # an id or limit typed beyond SQLite's 64-bit integers
        raise InputError("a number is too large (library ids and limits are 64-bit)") from None


def insert_rows(db: Any, table: str, rows: list[dict[str, Any]]) -> int | None:
    """INSERT rows that share their keys; the new row's id when there is one row. Plain SQL
    on the import path: sqlite-utils' insert() asks for the table list on every call (a
    quarter of the time of writing an article)."""
    columns = list(rows[0])
    names = ", ".join(f'"{column}"' for column in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    if len(rows) == 1:
        return int(db.conn.execute(sql, [rows[0][c] for c in columns]).lastrowid)
    db.conn.executemany(sql, [[r[c] for c in columns] for r in rows])
    return None


def load_sqlite_utils() -> Any:
    """Import sqlite-utils without numpy and pandas when they are not loaded already.

    sqlite-utils imports both only to map their number types to column types, which the
    library never stores; they would cost a command that only reads ~150 ms of start-up.
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]  # a later `import numpy` (spaCy) works as usual
    return sqlite_utils


class LibraryDatabase:
    """The library's SQLite connection with sqlite-utils' ``execute`` and ``query`` done here.

    Reading needs nothing more, so commands that only read never import sqlite-utils; the
    rest of ``sqlite_utils.Database`` (``table()``, ``enable_fts()`` ...) is made on first use.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run one statement; like sqlite-utils, a write outside a transaction commits at once."""
        was_in_transaction = self.conn.in_transaction
        cursor = (
            self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        )
        if not was_in_transaction and self.conn.in_transaction and cursor.description is None:
            self.conn.execute("COMMIT")
        return cursor

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts, fetched as they are iterated."""
        cursor = self.conn.execute(sql, params if params is not None else ())
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @property
    def full(self) -> sqlite_utils.Database:
        if self._full is None:
            self._full = load_sqlite_utils().Database(self.conn, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full, name)  # table(), table_names(), enable_fts() ...


F = TypeVar("F", bound=Callable[..., Any])


def locked(method: F) -> F:
    """Run a Library method under its lock, with SQLite errors turned into LibraryError."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        with self._lock, library_errors(self.path):
            self._check_open()
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _check_file(path: Path) -> bool:
    """Refuse files that are not writable SQLite databases; True if the file has content."""
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file")
    # The header is read through SQLite, never with open(): closing any other
    # descriptor of the file drops every POSIX lock this process holds on it,
    # which would let another process delete the WAL under an open window.
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not os.access(path, os.R_OK):
        raise LibraryError(f"{path}: cannot be read; check the file's permissions")
    return size > 0


def writable(path: Path) -> bool:
    """Whether SQLite could write here: the file and its folder (for -wal and -shm)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """mode=ro; with immutable=1 too when nothing beside the file can change it (a read-only
    folder or mount, and no WAL whose committed pages immutable mode would ignore)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not os.access(path.parent, os.W_OK) and not has_wal:
        uri += "&immutable=1"
    return uri


def connect(path: Path, create: bool) -> tuple[LibraryDatabase, bool]:
    """Open (and if needed create or migrate) the library; returns (db, created_now)."""
    exists = path.exists()
    if not exists and not create:
        raise LibraryError(f"{path}: no such library file")
    has_content = _check_file(path) if exists else False
    if exists and has_content and not writable(path):
        return connect_read_only(path), False
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                f"{path.parent}: cannot create the library folder ({exc.strerror})"
            ) from None
    uri = f"{path.resolve().as_uri()}?mode={'rw' if exists else 'rwc'}"
    with library_errors(path):
        conn = sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    try:
        with library_errors(path):
            version, table_count = _inspect(conn, path, has_content)
            if table_count and checked_on_open(path):
                refuse_damage(conn, path)
            db = LibraryDatabase(conn)
            # As sqlite-utils sets it: a REPLACE fires the delete triggers that keep FTS in step.
            conn.execute("PRAGMA recursive_triggers = ON")
            created = False
            if version < SCHEMA_VERSION:
                if table_count:
                    _backup_before_migration(conn, path, version)
                created = _upgrade(conn, db, path, has_content)
            _use_wal(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            # Safe with WAL: a crash never corrupts; a power cut may lose only the last commit.
            conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        conn.close()
        raise
    return db, created


def checked_on_open(path: Path) -> bool:
    """quick_check reads the whole file (0.6 s for 116 MB): libraries up to
    QUICK_CHECK_ON_OPEN_BYTES are checked on every open; bigger ones before the session's
    first write instead (Library._backup_if_due), so `list` on a huge library stays quick."""
    try:
        return path.stat().st_size <= QUICK_CHECK_ON_OPEN_BYTES
    except OSError:
        return True


def refuse_damage(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check (structure only, linear in the file's size) before any write:
    a damaged page must stop edits going into it, not be found later by a backup."""
    from homsquotes.core.library.backups import quick_check

    problem = quick_check(conn)
    if problem != "ok":
        raise LibraryDamagedError(damage_message(path, problem))


def damage_message(path: Path, problem: str) -> str:
    """What is damaged, and the newest backup that is not."""
    from homsquotes.core.library.backups import newest_good_backup

    good = newest_good_backup(path)
    offer = (
        f"the newest good backup is {good.name} (restore it with `homsquotes restore "
        f"{good.name}`, or File › Restore from backup…)"
        if good
        else "no good backup was found in the backups folder"
    )
    return f"{path}: the library file is damaged ({problem[:200]}); nothing was written; {offer}"


def connect_read_only(path: Path) -> LibraryDatabase:
    """A library on read-only media or without write permission: for reading and exporting.

    Nothing is ever written (no journal-mode change, no migration, no seed, no backup)."""
    with library_errors(path):
        conn = sqlite3.connect(
            read_only_uri(path), uri=True, check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    try:
        with library_errors(path):
            version, table_count = _inspect(conn, path, True)
            if version < READABLE_WITHOUT_MIGRATION:
                raise LibraryError(
                    f"{path}: this library needs upgrading (schema version {version}) but is "
                    "read-only; copy it to a writable folder and open the copy"
                )
            if checked_on_open(path):
                refuse_damage(conn, path)
            conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return LibraryDatabase(conn)


def _upgrade(conn: sqlite3.Connection, db: LibraryDatabase, path: Path, has_content: bool) -> bool:
    """Create or migrate the schema in one transaction; True if the library was created now.

    The version is read again under the write lock: another window or process
    may have created or migrated the file in the meantime.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version, table_count = _inspect(conn, path, has_content)
        if version < SCHEMA_VERSION:
            ensure_schema(db)
            if table_count:
                upgrade_data(db, version)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute(
                "INSERT OR IGNORE INTO library_info(key, value) VALUES ('created_at', ?)", [now()]
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return table_count == 0


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, unless another connection has done it meanwhile.  The switch
    needs the file to itself, and SQLite answers "database is locked" at once, without its
    busy handler, while another connection holds even a read lock (four threads opening a new
    library at once failed 8 times in 150 on a loaded machine), so it is retried here for as
    long as the busy timeout would have waited."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while _journal_mode(conn) != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc).lower() or "busy" in str(exc).lower()
            if not busy or time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _inspect(conn: sqlite3.Connection, path: Path, has_content: bool) -> tuple[int, int]:
    """Read the schema version and table count; refuse newer or foreign databases."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: this library was written by a newer homsquotes (schema version {version}; "
            f"this version reads up to {SCHEMA_VERSION}); please upgrade homsquotes"
        )
    if has_content and tables and ("quotes" not in tables or "articles" not in tables):
        raise LibraryError(f"{path}: not a homsquotes library (an SQLite file with other tables)")
    if version == 0 and tables and not {"quotes", "articles"} <= tables:
        # (a file with the library's own tables and no version yet is one that another
        # connection is creating this moment: _upgrade finishes it under the write lock)
        raise LibraryError(f"{path}: not a homsquotes library (no schema version)")
    return version, len(tables)


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the file aside (library.sqlite.v1-<time>.bak) before changing its schema."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    dest = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    # SQLite's online backup rather than a file copy, for the same reason as _check_file:
    # a plain open()/close() of the file would drop this process's locks on it.
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest
