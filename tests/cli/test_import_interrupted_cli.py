"""Interrupted imports (issue 11, items 6 and 7): each committed article is reported as it
commits, an interruption says in one line what was and was not imported, SIGTERM ends an
import like Ctrl-C, and extraction workers never outlive their parent."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from homsquotes.cli import main
from homsquotes.core.errors import LibraryError
from homsquotes.core.library import Library


def articles(folder: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = folder / f"article{i}.txt"
        path.write_text(f'"We will rebuild bridge number {i}," the mayor said.\n')
        paths.append(str(path))
    return paths


def test_a_failure_mid_import_reports_what_was_committed(tmp_path, capsys, monkeypatch) -> None:
    db = tmp_path / "library.sqlite"
    paths = articles(tmp_path, 3)
    real_write = Library._write_article
    calls = []

    def write_then_fill_the_disk(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 4:  # the seed, two articles, then the disk fills
            raise LibraryError(f"{db}: the disk is full")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Library, "_write_article", write_then_fill_the_disk)
    assert main(["--db", str(db), "import", *paths]) == 1
    out, err = capsys.readouterr()
    assert out.count("imported as article") == 2  # the two committed, seed aside
    assert paths[0] in out and paths[1] in out and paths[2] not in out
    assert [line.startswith("homsquotes:") for line in err.splitlines()].count(True) == 1
    assert "disk is full" in err and "2 imported" in err and "1 not imported" in err
    assert "again" in err
    monkeypatch.undo()
    assert main(["--db", str(db), "import", *paths]) == 0  # resuming skips what is there
    out = capsys.readouterr().out
    assert out.count("already in the library") == 2 and out.count("imported as article") == 1


BLOCKING_IMPORT = textwrap.dedent("""
    import sys
    from homsquotes.cli import main
    from homsquotes.core.library import importing
    real_read = importing.read_source_articles

    def read(path):
        if str(path).endswith("last.txt"):  # say so, then wait for the test's signal
            print("waiting", flush=True)
            sys.stdin.read()
        return real_read(path)

    importing.read_source_articles = read
    sys.exit(main(sys.argv[1:]))
""")


def test_sigterm_ends_an_import_with_one_line_and_no_traceback(tmp_path) -> None:
    db = tmp_path / "library.sqlite"
    assert main(["--db", str(db), "articles"]) == 0  # seeded before, so the import is quick
    paths = articles(tmp_path, 2)
    (tmp_path / "last.txt").write_text('"Last," she said.\n')
    proc = subprocess.Popen(
        [sys.executable, "-c", BLOCKING_IMPORT, "--db", str(db), "import", *paths,
         str(tmp_path / "last.txt")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "waiting\n"
        proc.send_signal(signal.SIGTERM)
    finally:
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert [line.startswith("homsquotes:") for line in err.splitlines()].count(True) == 1
    assert "3 not imported" in err


WORKER_SCRIPT = textwrap.dedent("""
    import os, sys, threading
    from homsquotes.core.library.importing import worker_pool
    pool = worker_pool(1)
    print(pool.submit(os.getpid).result(), flush=True)
    print(pool.submit(os.getppid).result(), flush=True)  # on Linux, the fork server
    threading.Event().wait()  # until killed
""")


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_their_parent_is_killed(signum) -> None:
    # stderr is dropped: after kill -9 the resource tracker reports the dead parent's
    # semaphores there as it cleans them up.
    parent = subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    worker = int(parent.stdout.readline())
    worker_parent = int(parent.stdout.readline())
    parent.send_signal(signum)
    parent.wait(timeout=120)
    assert gone(worker)
    assert worker_parent == parent.pid or gone(worker_parent)  # no fork server left behind


def gone(pid: int) -> bool:
    """Wait for a process that is not our child: its /proc entry goes (or turns zombie)."""
    import time

    deadline = time.monotonic() + 120  # a bound on a wait for a condition, not a timing test
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False
