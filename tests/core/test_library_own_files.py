"""The library never reads its own files as articles (issue 11, item 1): an open()/close() of
library.sqlite, -wal or -shm in this process would drop its SQLite locks."""

from __future__ import annotations

from homsquotes.core.library import importing
from homsquotes.core.library.connection import is_library_file, library_files


def test_importing_the_library_or_its_companions_is_refused_unread(lib, tmp_path, monkeypatch):
    lib.set_info("touched", "yes")  # the WAL and -shm exist now
    link = tmp_path / "alias.txt"
    link.symlink_to(lib.path.name + "-wal")
    read: list[str] = []
    real_read = importing.read_source
    monkeypatch.setattr(importing, "read_source", lambda p: read.append(str(p)) or real_read(p))
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
