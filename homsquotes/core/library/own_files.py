"""The library's own files, which nothing in this process may open() while it is open.

SQLite's locks on Linux and macOS are POSIX record locks: they belong to the process, and
closing *any* descriptor of the file in it drops all of them. Another process (the CLI,
sqlite3, Datasette) then thinks it is alone, checkpoints and deletes the WAL the window is
still writing into, and edits are lost. So the store reads headers through SQLite, the
dialogs never read content (ui/dialogs/file_dialogs.py), imports refuse these files unread, and an
audit hook refuses any Python open() of them while a Library has them open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The files SQLite keeps beside a database while it is in use.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def library_files(path: Path) -> list[Path]:
    """The library file and its WAL, shared-memory and rollback-journal companions."""
    path = Path(path).absolute()
    return [path] + [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def is_library_file(candidate: str | Path, library_path: Path) -> bool:
    """True if ``candidate`` is the library or one of its companions (by name or by inode,
    never by opening it)."""
    candidate = Path(candidate).absolute()
    files = library_files(library_path)
    if candidate in files:
        return True
    try:
        seen = candidate.stat()
    except OSError:
        return False
    for path in files:
        try:
            st = path.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (seen.st_dev, seen.st_ino):
            return True
    return False


# No other Python code in the process may open them either (a plug-in, an importer sniffing
# file types): an audit hook refuses such an open() with PermissionError, so a mistake is
# one clear error instead of silently dropped locks and lost edits later.

_GUARDED: dict[str, int] = {}
_GUARD_LOCK = threading.Lock()
_ALLOWED = threading.local()
_hook_installed = False


def guard_library_files(path: Path) -> None:
    """Refuse Python open() of this library's files until release_library_files(path)."""
    global _hook_installed
    with _GUARD_LOCK:
        if not _hook_installed:
            sys.addaudithook(_refuse_own_file_open)
            _hook_installed = True
        for name in _guarded_names(path):
            _GUARDED[name] = _GUARDED.get(name, 0) + 1


def release_library_files(path: Path) -> None:
    with _GUARD_LOCK:
        for name in _guarded_names(path):
            left = _GUARDED.get(name, 0) - 1
            if left > 0:
                _GUARDED[name] = left
            else:
                _GUARDED.pop(name, None)


@contextlib.contextmanager
def own_file_reads_allowed() -> Iterator[None]:
    """For tests that compare a library's bytes while it is open (file_digest)."""
    _ALLOWED.yes = True
    try:
        yield
    finally:
        _ALLOWED.yes = False


def _guarded_names(path: Path) -> set[str]:
    names = {str(p) for p in library_files(path)}
    with contextlib.suppress(OSError):
        names |= {str(p) for p in library_files(Path(path).resolve())}
    return names


def _refuse_own_file_open(event: str, args: tuple[Any, ...]) -> None:
    if event != "open" or not _GUARDED or getattr(_ALLOWED, "yes", False):
        return
    target = args[0] if args else None
    if target is None or isinstance(target, int):
        return
    try:
        name = os.path.abspath(os.fsdecode(target))
    except (TypeError, ValueError):
        return
    if name in _GUARDED:
        raise PermissionError(
            errno.EACCES,
            "this is the open library's own file; opening it here would drop the library's "
            "SQLite locks",
            name,
        )
