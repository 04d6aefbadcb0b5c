"""`homsquotes list`: --limit, best matches first for --search, a page at a time in a terminal."""

from __future__ import annotations

import io
import json

import pytest

from homsquotes.cli import main
from homsquotes.commands import library as library_commands


def listed(db, capsys, *argv: str) -> list[dict]:
    assert main(["--db", str(db), "list", "--format", "jsonl", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_limit_stops_after_n_quotes(seeded_db, capsys):
    every = listed(seeded_db, capsys)
    assert len(every) > 3
    assert listed(seeded_db, capsys, "--limit", "3") == every[:3]
    assert listed(seeded_db, capsys, "--limit", "0") == every


def test_a_negative_limit_is_a_one_line_error(seeded_db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(seeded_db), "list", "--limit", "-1"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_search_lists_by_relevance_unless_a_sort_is_given(seeded_db, capsys):
    ranked = [q["id"] for q in listed(seeded_db, capsys, "--search", "regret negotiations")]
    explicit = [
        q["id"]
        for q in listed(seeded_db, capsys, "--search", "regret negotiations", "--sort", "relevance")
    ]
    by_position = [
        q["id"]
        for q in listed(seeded_db, capsys, "--search", "regret negotiations", "--sort", "position")
    ]
    assert ranked == explicit
    assert sorted(ranked) == sorted(by_position)


def test_json_streams_the_same_document_json_dump_would_write(seeded_db, capsys):
    every = listed(seeded_db, capsys, "--limit", "2")
    assert main(["--db", str(seeded_db), "list", "--format", "json", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out == json.dumps(every, ensure_ascii=False, indent=2) + "\n"
    assert main(["--db", str(seeded_db), "list", "--format", "json", "--search", "zzzqx"]) == 0
    assert json.loads(capsys.readouterr().out) == []


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_table_in_a_terminal_shows_one_page_and_says_how_to_see_more(
    seeded_db, capsys, monkeypatch
):
    monkeypatch.setattr(library_commands, "TERMINAL_PAGE", 2)
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["--db", str(seeded_db), "list"]) == 0
    lines = terminal.getvalue().splitlines()
    assert len(lines) == 1 + 2  # the header and one page
    assert "--limit" in capsys.readouterr().err
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["--db", str(seeded_db), "list", "--limit", "3"]) == 0
    assert len(terminal.getvalue().splitlines()) == 1 + 3
    assert capsys.readouterr().err == ""


def test_search_matches_whole_words_and_a_starred_prefix(seeded_db, capsys):
    whole = listed(seeded_db, capsys, "--search", "negotiations")
    assert whole
    assert listed(seeded_db, capsys, "--search", "negotiat") == []
    assert {q["id"] for q in listed(seeded_db, capsys, "--search", "negotiat*")} >= {
        q["id"] for q in whole
    }
