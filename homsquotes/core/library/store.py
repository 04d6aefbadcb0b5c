"""The Library: one SQLite file of articles, quotes and speakers, with a Transaction helper.

All writes go through ``Transaction`` (one BEGIN IMMEDIATE ... COMMIT, and one
logged operation when it has a description). A re-entrant lock makes one
Library usable from the GUI thread and an import worker thread; extraction runs
outside the lock, so readers only wait for the short write of each article.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsquotes.appinfo import APP_NAME, ORGANISATION
from homsquotes.core.errors import LibraryDamagedError, LibraryError, NotFoundError
from homsquotes.core.library import backups, changelog
from homsquotes.core.library.authors import decode_author_names
from homsquotes.core.library.connection import (
    LibraryDatabase,
    checked_on_open,
    connect,
    damage_message,
    library_errors,
    locked,
    now,
    refuse_damage,
)
from homsquotes.core.library.editing import EditingMixin
from homsquotes.core.library.importing import ImportingMixin
from homsquotes.core.library.own_files import guard_library_files, release_library_files
from homsquotes.core.library.queries import QueryMixin
from homsquotes.core.model import ArticleMeta
from homsquotes.core.output_targets import refuse_database_target


def default_library_path() -> Path:
    """library.sqlite in the platform's user data folder."""
    from platformdirs import user_data_dir  # only when no --db or $HOMSQUOTES_DB names one

    return Path(user_data_dir(APP_NAME, ORGANISATION)) / "library.sqlite"


class Transaction:
    """One write transaction; with a description it is also one undoable operation."""

    def __init__(self, lib: Library, description: str | None = None):
        self._lib = lib
        self._description = description
        self.op_id: int | None = None

    def __enter__(self) -> Transaction:
        self._lib._lock.acquire()
        self._nested = self._lib._tx_depth > 0
        self._lib._tx_depth += 1
        if self._nested:  # joins the open transaction; the outermost one commits
            if self._description:
                with library_errors(self._lib.path):
                    self.op_id = changelog.start_operation(self._lib.db, self._description)
            return self
        try:
            self._lib._check_open()
            self._lib._check_writable()
            self._lib._backup_if_due()
            self._lib._tx_changes = 0
            with library_errors(self._lib.path):
                self._lib.db.conn.execute("BEGIN IMMEDIATE")
                self._lib._forget_stale_caches()
                if self._description:
                    self.op_id = changelog.start_operation(self._lib.db, self._description)
        except BaseException:
            self._rollback()
            self._lib._tx_depth -= 1
            self._lib._lock.release()
            raise
        return self

    def record(self, table: str, row_id: int, field: str, old: Any, new: Any) -> None:
        """Log one field change of this operation (no-op when old == new)."""
        if self.op_id is not None and old != new:
            changelog.record(self._lib.db, self.op_id, table, row_id, field, old, new)
            self._lib._tx_changes += 1  # counted for the outermost transaction

    def _rollback(self) -> None:
        conn = self._lib.db.conn
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        self._lib._speaker_index = None  # it may hold speakers the rollback removed

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._lib._tx_depth -= 1
        if self._nested:
            self._lib._lock.release()
            return
        try:
            if exc_type is None and self.op_id is not None and not self._lib._tx_changes:
                # An edit to the values already there: no undo step, and the redo stack stays.
                with library_errors(self._lib.path):
                    self._rollback()
            elif exc_type is None:
                try:
                    with library_errors(self._lib.path):
                        self._lib.db.conn.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
                self._lib._writes += 1
            else:
                with library_errors(self._lib.path):
                    self._rollback()
                if isinstance(exc, sqlite3.Error | OverflowError):
                    # Damage SQLite only meets mid-write (a broken index) or an id beyond
                    # 64 bits is an expected error: one line, not a traceback.
                    with library_errors(self._lib.path):
                        raise exc
        finally:
            self._lib._lock.release()


class Library(QueryMixin, EditingMixin, ImportingMixin):
    """A homsquotes library file: ``Library.open(path)``, then close() or use it in a with block."""

    def __init__(self, path: Path, db: LibraryDatabase, created: bool):
        self.path = path
        self.db = db
        self.created = created
        self._lock = threading.RLock()
        self._writes = 0
        self._tx_depth = 0
        self._tx_changes = 0
        self._closed = False
        self._speaker_index = None
        self._backup_checked = False
        self._seen_data_version: int | None = None
        self.backup_problem: str | None = None  # why today's rolling backup failed, if it did
        self.on_backup_problem: Callable[[str], None] | None = None  # told at once, if set

    @classmethod
    def open(cls, path: str | Path, create: bool = True) -> Library:
        """Open a library (creating an empty one if allowed); LibraryError if it cannot be used."""
        path = Path(path).expanduser()
        db, created = connect(path, create)
        guard_library_files(path)
        return cls(path, db, created)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self.db.conn.close()
                release_library_files(self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"

    def _check_open(self) -> None:
        if self._closed:
            raise LibraryError(f"{self.path}: the library is closed")

    def transaction(self, description: str | None = None) -> Transaction:
        return Transaction(self, description)

    @property
    def read_only(self) -> bool:
        """Opened from read-only media or a file without write permission: reads only."""
        return bool(self.db.execute("PRAGMA query_only").fetchone()[0])

    def _check_writable(self) -> None:
        if self.read_only:
            raise LibraryError(
                f"{self.path}: the library is read-only (read-only media or permissions); it "
                "can be read, cited and exported but not changed"
            )

    def _forget_stale_caches(self) -> None:
        """Inside the write lock: drop the speaker index if another connection has written
        since, so two imports at once match each other's speakers instead of duplicating."""
        version = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._seen_data_version:
            self._speaker_index = None
            self._seen_data_version = version

    def _backup_if_due(self) -> None:
        """Before this session's first write: today's rolling backup (backups.py), if due.

        A backup that cannot be written (full disk, read-only folder) never blocks the
        write; the reason is kept in ``backup_problem`` for the caller to show."""
        if self._backup_checked:
            return
        if not checked_on_open(self.path):  # too big to check on open: check before writing
            with library_errors(self.path):
                refuse_damage(self.db.conn, self.path)
        self._backup_checked = True
        try:
            if self.db.execute("SELECT count(*) FROM articles").fetchone()[0]:
                backups.daily_backup(self.db.conn, self.path)
        except (OSError, sqlite3.Error) as exc:
            self.backup_problem = f"today's backup of {self.path} failed ({exc})"
            if self.on_backup_problem is not None:
                self.on_backup_problem(self.backup_problem)

    def back_up_if_due(self) -> None:
        """Take today's backup now rather than at the first write (the window does this on a
        background thread at start, so the first edit never waits for the copy)."""
        with self._lock:
            self._check_open()
            if not self.read_only:
                with library_errors(self.path):
                    self._backup_if_due()

    def backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.path)

    def restore_backup(self, backup: str | Path) -> Path:
        """Bring a backup back (the current contents are kept aside first); returns that copy."""
        source = backups.resolve_backup(self.path, str(backup))
        with self._lock:
            self._check_open()
            aside = backups.restore(self.path, source, conn=self.db.conn)
            self._speaker_index = None
            self._writes += 1
        return aside

    @locked
    def data_version(self) -> int:
        """A number that changes on every write, by this or any other connection."""
        other = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        return (int(other) << 32) + self._writes

    @locked
    def integrity_check(self) -> str:
        return str(self.db.conn.execute("PRAGMA integrity_check").fetchone()[0])

    # --- articles ------------------------------------------------------------------------------

    @locked
    def articles(self) -> list[dict[str, Any]]:
        """Every article (without its text), with its quote count, oldest import first."""
        rows = self.db.query(
            "SELECT a.id, a.title, a.publisher, a.authors, a.published, a.url, a.version, "
            "a.source_file, a.imported_at, a.database_id, a.import_note, "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quote_count, "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind = 'direct') "
            "AS direct_count FROM articles a ORDER BY a.id"
        )
        return [_decode_authors(dict(r)) for r in rows]

    @locked
    def article(self, article_id: int) -> dict[str, Any]:
        """All columns of one article, including its full text; NotFoundError if missing."""
        rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
        if not rows:
            raise NotFoundError(f"no article with id {article_id}")
        return _decode_authors(dict(rows[0]))

    def article_meta(self, article_id: int) -> ArticleMeta:
        a = self.article(article_id)
        return ArticleMeta(
            title=a["title"],
            standfirst=a["standfirst"],
            publisher=a["publisher"],
            authors=a["authors"],
            published=a["published"],
            published_note=a["published_note"],
            url=a["url"],
            accessed=a["accessed"],
            language=a["language"],
            short_title=a.get("short_title"),
            author_names=a["author_names"],
        )

    # --- whole-file operations -----------------------------------------------------------------

    @locked
    def backup(self, dest_path: str | Path) -> Path:
        """A consistent copy of the library (SQLite online backup); refuses to overwrite a file."""
        dest = Path(dest_path).expanduser()
        problem = backups.quick_check(self.db.conn)
        if problem != "ok":
            raise LibraryDamagedError(damage_message(self.path, problem))
        if dest.exists():
            raise LibraryError(f"{dest}: already exists; choose a new file name for the backup")
        if not dest.parent.is_dir():
            raise LibraryError(f"{dest.parent}: no such folder")
        refuse_database_target(dest)  # a new file named like another database's -wal
        try:
            target = sqlite3.connect(dest)
        except sqlite3.Error as exc:
            raise LibraryError(f"{dest}: cannot write the backup ({exc})") from None
        try:
            self.db.conn.backup(target)
        except sqlite3.Error as exc:
            target.close()
            dest.unlink(missing_ok=True)
            raise LibraryError(f"{dest}: cannot write the backup ({exc})") from None
        target.close()
        return dest

    def info(self, key: str) -> str | None:
        with self._lock, library_errors(self.path):
            row = self.db.execute("SELECT value FROM library_info WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_info(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO library_info(key, value) VALUES (?, ?)", [key, value]
            )

    def ensure_seeded(self) -> int | None:
        """On a library that has never been seeded and holds no articles, import the bundled seed.

        Returns the seed's article id when it was imported now, else None. A user
        who later deletes the seed does not get it back. Extraction runs before
        the write lock is taken, so other readers are not held up.
        """
        if self.info("seeded_at") is not None or self.read_only:
            return None
        seed = None
        if self.count_articles() == 0:
            from homsquotes.core.extraction import extract
            from homsquotes.core.library.importing import prepare_article, sha256_text
            from homsquotes.core.library.sources import seed_article

            text, meta, source = seed_article()
            seed = (text, sha256_text(text), meta, source, prepare_article(text, extract(text)))
        article_id = None
        with self.transaction():
            if self.info("seeded_at") is not None:
                return None
            if seed is not None and self.count_articles() == 0:
                article_id = self._write_article(*seed).article_id
            self.db.execute(
                "INSERT OR REPLACE INTO library_info(key, value) VALUES ('seeded_at', ?)", [now()]
            )
        return article_id

    @locked
    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])


def _decode_authors(row: dict[str, Any]) -> dict[str, Any]:
    if "authors" in row:
        row["authors"] = json.loads(row["authors"]) if row["authors"] else []
    if "author_names" in row:
        row["author_names"] = decode_author_names(row["author_names"], row.get("authors") or [])
    return row
