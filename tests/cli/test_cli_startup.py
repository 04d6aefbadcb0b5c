"""Lazy start-up: a command imports only its own module, and reading never loads numpy.

What is checked is which modules get imported (in a fresh interpreter), never a time;
the times are measured by benchmarks/bench_startup.py.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from homsquotes.cli import COMMAND_MODULES, COMMANDS, build_parser, chosen_command, main

HEAVY = ("numpy", "sqlite_utils", "spacy", "PySide6", "citeproc", "trafilatura")


def modules_loaded_by(argv: list[str], env_db: Path | None = None) -> set[str]:
    """Top-level packages imported by `homsquotes ARGV` in a fresh interpreter."""
    script = (
        "import sys, json, contextlib, io\n"
        "from homsquotes.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(env_db.parent if env_db else Path.cwd())}
    if env_db is not None:
        env["HOMSQUOTES_DB"] = str(env_db)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def registered_commands(module_name: str) -> dict[str, str]:
    """Command name -> help of every sub-command the module registers."""
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    importlib.import_module(f"homsquotes.commands.{module_name}").register(subparsers)
    return {action.dest: action.help for action in subparsers._choices_actions}


def test_the_command_table_matches_what_each_module_registers():
    for module_name in COMMAND_MODULES:
        for name, help_text in registered_commands(module_name).items():
            assert name in COMMANDS, f"{name} (from commands/{module_name}.py) is not in COMMANDS"
            assert COMMANDS[name] == (module_name, help_text)
    listed = {name for name, (module_name, _) in COMMANDS.items()}
    registered = {n for m in COMMAND_MODULES for n in registered_commands(m)}
    assert listed == registered


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["list", "--search", "x"], "list"),
        (["--db", "list", "show", "1"], "show"),  # the library file is called "list"
        (["--db=x.sqlite", "export", "--format", "csv"], "export"),
        (["--version"], None),
        ([], None),
    ],
)
def test_the_command_is_found_before_parsing(argv, command):
    assert chosen_command(argv) == command


def test_a_lazily_built_parser_parses_like_the_full_one():
    argv = ["--db", "lib.sqlite", "list", "--speaker", "Brahimi", "--limit", "5"]
    lazy = build_parser(argv).parse_args(argv)
    full = build_parser().parse_args(argv)
    assert vars(lazy) == vars(full)
    assert lazy.handler.__name__ == "run_list"


def test_help_lists_every_command_without_importing_them(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name, (_module, help_text) in COMMANDS.items():
        assert name in out
        assert help_text.split()[0] in out


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module(argv):
    loaded = modules_loaded_by(argv)
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_listing_a_library_loads_neither_numpy_nor_sqlite_utils(seeded_db):
    loaded = modules_loaded_by(["list", "--limit", "3"], env_db=seeded_db)
    assert "numpy" not in loaded
    assert "sqlite_utils" not in loaded
    assert "spacy" not in loaded
    assert "citeproc" not in loaded  # an article's author names are parsed only when written


def test_an_edit_writes_through_sqlite_utils_without_numpy(tmp_path, seeded_db, capsys):
    db = tmp_path / "copy.sqlite"
    db.write_bytes(seeded_db.read_bytes())
    loaded = modules_loaded_by(["edit", "1", "--note", "checked"], env_db=db)
    assert "sqlite_utils" in loaded
    assert "numpy" not in loaded
    assert main(["--db", str(db), "show", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["note"] == "checked"
