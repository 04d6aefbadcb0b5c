"""What reaches a terminal (issue 11, items 12 and 13): no raw control sequences from article
text, and a terminal that cannot show a character gets a replacement, not a traceback."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from homsquotes.cli import main

ESCAPES = "\x1b]8;;http://evil.example\x07link\x1b]8;;\x07 \x1b[2J\x9b31m\rover"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def planted(seeded_db, tmp_path):
    db = tmp_path / "library.sqlite"
    shutil.copyfile(seeded_db, db)
    assert main(["--db", str(db), "edit", "1", "--note", ESCAPES + "\tΩ→中"]) == 0
    return db


@pytest.mark.parametrize("command", [["show", "1"], ["list", "--search", "regret"],
                                     ["list", "--format", "jsonl"]])
def test_control_characters_never_reach_a_terminal(planted, monkeypatch, command) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--db", str(planted), *command]) == 0
    written = terminal.getvalue()
    assert written and not any(c in written for c in "\x1b\x07\x9b\r")
    if command[0] == "show":
        assert "\ufffd]8;;http://evil.example\ufffdlink" in written and "\tΩ→中" in written


def test_a_file_or_pipe_gets_the_exact_text(planted, capsys) -> None:
    assert main(["--db", str(planted), "show", "1", "--format", "json"]) == 0
    assert "\\u001b]8;;" in capsys.readouterr().out  # JSON escapes it; the data is intact


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_terminal_that_cannot_show_a_character_gets_a_replacement(planted, encoding) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run([sys.executable, "-m", "homsquotes", "--db", str(planted), "show", "1"],
                          capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr and b"?" in done.stdout


@pytest.mark.parametrize("command", [["cite", "1"], ["articles"]])
def test_a_hostile_title_reaches_a_terminal_defused(planted, monkeypatch, command) -> None:
    assert main(["--db", str(planted), "edit-article", "1", "--title",
                 "Homs \x1b[31mred\x1b[0m"]) == 0
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["--db", str(planted), *command]) == 0
    assert "\x1b" not in terminal.getvalue() and "\ufffd[31mred" in terminal.getvalue()
