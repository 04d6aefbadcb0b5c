"""Rolling backups beside the library, and restoring one.

At the first write of a day (local date) the library is copied, as it was before that
write, to ``backups/<stem>-<YYYY-MM-DD>T<HHMMSS>.sqlite`` beside it with SQLite's backup
API (never open(): see connection.py), and only the newest N are kept (preference
``backups_to_keep``, default 7; 0 turns them off). A backup is written under a
temporary name and renamed, so a half-written one is never listed.

Restoring copies the current library aside first (``<name>.before-restore-<time>``),
then writes the backup into the library through the backup API, so a window that has
the library open sees the restored contents as one more change.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from homsquotes.core.errors import LibraryError

DEFAULT_BACKUPS_TO_KEEP = 7
FOLDER_NAME = "backups"
_STAMP = "%Y-%m-%dT%H%M%S"


@dataclass(slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def backups_folder(library_path: Path) -> Path:
    return Path(library_path).absolute().parent / FOLDER_NAME


def backups_to_keep() -> int:
    from homsquotes.core.preferences import load_preferences

    value = load_preferences().get("backups_to_keep", DEFAULT_BACKUPS_TO_KEEP)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_BACKUPS_TO_KEEP


def set_backups_to_keep(count: int) -> int:
    """Save how many daily backups to keep (0 turns them off)."""
    from homsquotes.core.errors import InputError
    from homsquotes.core.preferences import load_preferences, save_preferences

    if count < 0:
        raise InputError("the number of backups to keep must be 0 or more")
    prefs = load_preferences()
    prefs["backups_to_keep"] = count
    save_preferences(prefs)
    return count


def _pattern(library_path: Path) -> re.Pattern[str]:
    stem = re.escape(Path(library_path).stem)
    return re.compile(rf"{stem}-(\d{{4}}-\d{{2}}-\d{{2}}T\d{{6}})\.sqlite")


def list_backups(library_path: Path) -> list[BackupInfo]:
    """The library's rolling backups, newest first."""
    folder, pattern = backups_folder(library_path), _pattern(library_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match[1], _STAMP)
            found.append(BackupInfo(entry, taken, entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok', or SQLite's first complaint about the file's structure."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:  # too broken to check: the check's error says where
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        hurt = _unreadable_tables(conn)
        return f"{exc}; unreadable: {', '.join(hurt)}" if hurt else str(exc)
    problems = [str(r[0]).replace("*** in database main ***", "").strip() for r in rows]
    problems = [p for p in problems if p and p != "ok"]
    return "; ".join(_name_tables(conn, problems)) if problems else "ok"


def _unreadable_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables that cannot be read to the end (only asked once the file is known bad)."""
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0")]
    except sqlite3.Error:
        return ["the table list itself"]
    hurt = []
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            for _row in conn.execute(f"SELECT * FROM {quoted} NOT INDEXED"):
                pass
        except sqlite3.Error:
            hurt.append(name)
    return hurt


def _name_tables(conn: sqlite3.Connection, problems: list[str]) -> list[str]:
    """'Tree 7 page 7: …' says which table or index is hurt: 'Tree 7 (quotes) page 7: …'."""
    try:
        roots = dict(conn.execute("SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0"))
    except sqlite3.Error:
        return problems

    def name(match: re.Match[str]) -> str:
        root = int(match[1])
        return f"{match[0]} ({roots[root]})" if root in roots else match[0]

    return [re.sub(r"Tree (\d+)", name, p) for p in problems]


def is_good_backup(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return {"articles", "quotes"} <= tables and quick_check(conn) == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def newest_good_backup(library_path: Path) -> Path | None:
    return next((b.path for b in list_backups(library_path) if is_good_backup(b.path)), None)


def daily_backup(
    conn: sqlite3.Connection, library_path: Path, keep: int | None = None
) -> Path | None:
    """Back up the library if none was taken today; prune to the newest ``keep``.

    Returns the new backup's path, or None when today's exists or backups are off.
    """
    keep = backups_to_keep() if keep is None else keep
    if keep <= 0:
        return None
    today = datetime.now().date()
    existing = list_backups(library_path)
    if existing and existing[0].taken_at.date() == today:
        return None
    if quick_check(conn) != "ok":  # a damaged copy must never push a good one out
        return None
    folder = backups_folder(library_path)
    folder.mkdir(exist_ok=True)
    dest = folder / f"{Path(library_path).stem}-{datetime.now().strftime(_STAMP)}.sqlite"
    _copy(conn, dest)
    for old in list_backups(library_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return dest


def _copy(conn: sqlite3.Connection, dest: Path) -> None:
    """SQLite online backup into a temporary name, then renamed onto ``dest``."""
    tmp = dest.with_name(f".{dest.name}.partial")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)
        raise
    target.close()
    tmp.replace(dest)


def resolve_backup(library_path: Path, name: str) -> Path:
    """A backup given as a path, or as a file name in the library's backups folder."""
    given = Path(name).expanduser()
    for candidate in (given, backups_folder(library_path) / name):
        if candidate.is_file():
            return candidate
    raise LibraryError(f"{name}: no such backup (see `homsquotes backups`)")


def restore(library_path: Path, backup: Path, conn: Any = None) -> Path:
    """Bring a backup back into the library; returns where the current file was kept.

    ``conn`` is the library's open connection when the caller has one (the window);
    otherwise the library is opened here only for the copy. A damaged library is kept
    aside by renaming it (with its -wal) and the backup takes its place.
    """
    library_path = Path(library_path).absolute()
    if not is_good_backup(backup):
        raise LibraryError(f"{backup}: not a readable homsquotes library; nothing was restored")
    upgraded = _at_current_schema(backup, library_path.parent)
    try:
        return _restore(library_path, upgraded or backup, conn)
    finally:
        if upgraded is not None:
            for leftover in (upgraded, *(upgraded.with_name(upgraded.name + s)
                                         for s in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)


def _at_current_schema(backup: Path, folder: Path) -> Path | None:
    """A backup from an older homsquotes, migrated in a temporary copy (None if already
    current); one from a newer homsquotes is refused."""
    from homsquotes.core.library.schema import SCHEMA_VERSION

    source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(f"{backup}: made by a newer homsquotes (schema version "
                               f"{version}); nothing was restored")
        if version == SCHEMA_VERSION:
            return None
        copy = folder / f".{backup.stem}.upgrading.sqlite"
        _copy(source, copy)
    finally:
        source.close()
    from homsquotes.core.library.store import Library

    Library.open(copy, create=False).close()  # migrates, after copying itself aside
    for aside in folder.glob(f"{copy.name}.v*.bak"):
        aside.unlink(missing_ok=True)
    return copy


def _restore(library_path: Path, backup: Path, conn: Any) -> Path:
    stamp = datetime.now().strftime(_STAMP)
    aside = library_path.with_name(f"{library_path.name}.before-restore-{stamp}")
    source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
    try:
        if conn is not None:
            _copy(conn, aside)
            source.backup(conn)
            return aside
        if library_path.exists() and is_good_backup(library_path):
            own = sqlite3.connect(library_path, timeout=3)
            try:
                _copy(own, aside)
                source.backup(own)
            finally:
                own.close()
            return aside
        # Damaged (or missing): move it and its WAL aside untouched, then copy the backup in.
        if library_path.exists():
            library_path.rename(aside)
        for suffix in ("-wal", "-shm"):
            companion = library_path.with_name(library_path.name + suffix)
            if companion.exists():
                companion.rename(aside.with_name(aside.name + suffix))
        _copy(source, library_path)
        return aside
    except sqlite3.Error as exc:
        raise LibraryError(f"{library_path}: the backup could not be restored ({exc})") from None
    finally:
        source.close()
