"""Command-line interface: a thin layer over homsquotes.core.

Each sub-command lives in a module of homsquotes/commands that exposes
``register(subparsers)``; the handler it sets returns an exit status.
Expected errors (HomsquotesError) become one line on stderr and exit 1;
with no sub-command the desktop window opens.

Start-up is lazy: only the module of the command being run is imported (the
others appear in ``--help`` from the COMMANDS table), so ``--version``,
``--help`` and ``list`` never pay for spaCy, Qt, citeproc or numpy.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.formatting import TerminalWriter

# Sub-command -> (module in homsquotes.commands that registers it, its one-line help), in help
# order. A new command is one line here plus its module's register(); tests/cli/test_cli_lazy.py
# checks that this table and the modules agree.
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("extract", "list the quotations in article files"),
    "import": ("library", "import articles into the library"),
    "list": ("library", "list quotes in the library"),
    "show": ("library", "show one quote in full"),
    "edit": ("library", "edit a quote (undoable)"),
    "articles": ("library", "list articles with their quote counts"),
    "edit-article": ("library", "correct an article's metadata (undoable)"),
    "speakers": ("library", "list speakers with quote counts and aliases"),
    "merge-speakers": ("library", "merge speaker B into speaker A"),
    "rename-speaker": ("library", "rename a speaker (the old name stays an alias)"),
    "undo": ("library", "undo the last edit"),
    "redo": ("library", "redo the last undone edit"),
    "history": ("library", "recent edits, newest first"),
    "backup": ("library", "copy the library to a new file"),
    "backups": ("backups", "list the library's automatic daily backups"),
    "restore": ("backups", "bring a backup back (the current library is kept aside first)"),
    "cite": ("cite", "format quotes as citations (APA, MLA, Chicago, Harvard, any CSL style)"),
    "export": ("export", "export quotes (CSV, JSON, Markdown, CSL-JSON, BibTeX, RIS)"),
    "sources": ("sources", "who gets a voice: quotes and quoted words per speaker, category, …"),
    "source": (
        "sources",
        "a speaker's category and referred gender, with evidence (or set them)",
    ),
    "provenance": (
        "provenance",
        "a quote's first appearance, outlets, speakers and changed wording",
    ),
    "gui": ("gui", "open the desktop window (the default with no command)"),
}
# Modules in homsquotes.commands that register sub-commands, in help order.
COMMAND_MODULES = tuple(dict.fromkeys(module for module, _help in COMMANDS.values()))


class OneLineErrorParser(argparse.ArgumentParser):
    """Command-line mistakes get one line on stderr (and exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class VersionAction(argparse.Action):
    """--version: print it and exit (argparse's own action formats help text at start-up)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show the version and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from homsquotes.appinfo import __version__

        print(f"homsquotes {__version__}")
        parser.exit(0)


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (the first word that is not a global option), or None."""
    takes_value = False
    for word in argv:
        if takes_value:
            takes_value = False
        elif word == "--":
            continue
        elif word.startswith("-"):
            # --db PATH (argparse also accepts an abbreviation such as --d PATH)
            takes_value = "=" not in word and len(word) > 2 and "--db".startswith(word)
        else:
            return word
    return None


class _Ignored:
    """Stands in for the parser of a command not being run: every call does nothing."""

    def __getattr__(self, name: str) -> Callable[..., _Ignored]:
        return lambda *args, **kwargs: self


class _OneCommand:
    """The subparsers as a module's register() sees them when only `wanted` will run: that
    command's parser is built, the others are skipped (argparse spends ~0.5 ms on each
    argument, and a module may register a dozen commands)."""

    def __init__(self, subparsers: argparse._SubParsersAction, wanted: str):
        self._subparsers = subparsers
        self._wanted = wanted

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._wanted:
            return self._subparsers.add_parser(name, **kwargs)
        return _Ignored()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._subparsers, name)


def _load_commands(
    subparsers: argparse._SubParsersAction, module_name: str, only: str | None = None
) -> None:
    try:
        module = importlib.import_module(f"homsquotes.commands.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"homsquotes.commands.{module_name}":
            raise
        return  # that feature is not built yet
    module.register(_OneCommand(subparsers, only) if only else subparsers)


def _not_available(args: argparse.Namespace) -> int:
    raise HomsquotesError(f"the {args.command!r} command is not available in this installation")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser. Given ``argv``, only the module of the command it names is
    imported and only its parser built (with no command, placeholders list every command
    for --help); without ``argv``, every command is built."""
    parser = OneLineErrorParser(
        prog="homsquotes",
        description="Find, keep and cite the direct quotations in news articles.",
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=os.environ.get("HOMSQUOTES_DB"),
        help="library file (default: $HOMSQUOTES_DB, else library.sqlite in the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted, only = set(COMMAND_MODULES), None
    if argv is not None:
        chosen = chosen_command(argv)
        # A command missing from the table (or a typo) loads everything: slower, never wrong.
        wanted = {COMMANDS[chosen][0]} if chosen in COMMANDS else wanted if chosen else set()
        only = chosen if chosen in COMMANDS else None
    loaded: set[str] = set()
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name in wanted and module_name not in loaded:
            loaded.add(module_name)
            _load_commands(subparsers, module_name, only)
        if name not in subparsers.choices and only is None:  # for --help and typos only
            placeholder = subparsers.add_parser(name, help=help_text, add_help=False)
            placeholder.set_defaults(handler=_not_available)
    for module_name in wanted - loaded:
        _load_commands(subparsers, module_name)
    return parser


def _safe_output() -> None:
    """A terminal that cannot show a character gets '?' instead of a UnicodeEncodeError
    traceback (PYTHONIOENCODING=cp1252, LC_ALL=C), and never gets raw control characters."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        isatty = getattr(stream, "isatty", None)
        if isatty is not None and isatty() and not isinstance(stream, TerminalWriter):
            setattr(sys, name, TerminalWriter(stream))


def _terminate_as_interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # `kill` ends a command as cleanly as Ctrl-C does


def main(argv: Sequence[str] | None = None) -> int:
    _safe_output()
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    previous = None
    # Not for the window: Qt's event loop would meet the KeyboardInterrupt in a random slot.
    if args.command not in (None, "gui") and threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate_as_interrupt)
    try:
        return _run(parser, args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if handler is None:
        # No sub-command: open the desktop window, like `homsquotes gui`.
        gui = getattr(args, "gui_handler", None)
        if gui is None:
            try:
                from homsquotes.commands.gui import run_gui as gui
            except ModuleNotFoundError:
                parser.print_help()
                return 0
        handler = gui
    try:
        status = int(handler(args) or 0)
        sys.stdout.flush()  # here, so a full disk is reported below and not at exit
        return status
    except HomsquotesError as exc:
        print(f"homsquotes: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("homsquotes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `homsquotes list | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except OSError as exc:
        # The system refused a read or write (`list > /dev/full`, a vanished network drive).
        where = f"{exc.filename}: " if exc.filename else "output: "
        print(f"homsquotes: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
