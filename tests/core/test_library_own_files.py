"""The library never reads its own files as articles (issue 11, item 1): an open()/close() of
library.sqlite, -wal or -shm in this process would drop its SQLite locks."""

from __future__ import annotations

from homsquotes.core.library import importing
from homsquotes.core.library.own_files import is_library_file, library_files


def test_importing_the_library_or_its_companions_is_refused_unread(lib, tmp_path, monkeypatch):
    lib.set_info("touched", "yes")  # the WAL and -shm exist now
    link = tmp_path / "alias.txt"
    link.symlink_to(lib.path.name + "-wal")
    read: list[str] = []
    real_read = importing.read_source_articles
    monkeypatch.setattr(
        importing, "read_source_articles", lambda p: read.append(str(p)) or real_read(p)
    )
    candidates = [*library_files(lib.path), link]
    results = lib.import_files([str(p) for p in candidates if p.exists()])
    assert len(results) == 4
    assert all("this library's own file" in (r.error or "") for r in results)
    assert read == []


def test_is_library_file_matches_by_name_and_inode_only(lib, tmp_path):
    other = tmp_path / "article.txt"
    other.write_text("text")
    assert is_library_file(lib.path, lib.path)
    assert is_library_file(str(lib.path) + "-journal", lib.path)  # even before it exists
    assert not is_library_file(other, lib.path)


def test_refusing_an_export_onto_the_library_or_a_companion_keeps_the_locks(tmp_path) -> None:
    """The refusal asks SQLite about the library, never open()s its files: another process
    still sees that the library is in use and never deletes the WAL under it."""
    import subprocess
    import sys

    import pytest

    from homsquotes.core.errors import InputError
    from homsquotes.core.exports import export_to_file
    from homsquotes.core.library import Library

    lib = Library.open(tmp_path / "library.sqlite")
    lib.set_info("first", "1")
    for companion in library_files(lib.path):
        with pytest.raises(InputError):
            export_to_file(companion, "csv", [], {})
    other = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             "c.execute('INSERT INTO library_info VALUES (?, ?)', sys.argv[2:]); c.commit(); "
             "print(len(c.execute('SELECT * FROM library_info').fetchall())); c.close()")

    def write_elsewhere(key: str) -> int:
        done = subprocess.run([sys.executable, "-c", other, str(lib.path), key, key],
                              check=True, capture_output=True, text=True)
        return int(done.stdout)

    rows = write_elsewhere("other 1")
    lib.set_info("mine 2", "mine 2")
    assert write_elsewhere("other 3") == rows + 2  # it sees this process's write
    lib.set_info("mine 4", "mine 4")
    lib.close()
    keys = ["first", "other 1", "mine 2", "other 3", "mine 4"]
    with Library.open(lib.path) as again:
        assert all(again.info(k) is not None for k in keys)


def test_no_python_code_in_the_process_may_open_an_open_librarys_files(tmp_path) -> None:
    import os

    import pytest

    from homsquotes.core.errors import InputError
    from homsquotes.core.library import Library
    from homsquotes.core.textio import read_article_text

    path = tmp_path / "library.sqlite"
    lib = Library.open(path)
    lib.set_info("touched", "yes")
    for name in library_files(path)[:3]:
        with pytest.raises(PermissionError, match="drop the library's SQLite locks"):
            name.read_bytes()
        with pytest.raises(PermissionError):
            os.open(name, os.O_RDONLY)
    with pytest.raises(InputError, match="cannot be read"):
        read_article_text(path)
    lib.close()
    with open(path, "rb") as fh:  # closed: the file is anybody's again
        assert fh.read(16) == b"SQLite format 3\x00"
