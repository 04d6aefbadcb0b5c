"""Command-line interface: a thin layer over homsquotes.core.

Each sub-command lives in homsquotes/commands/<name>.py and exposes
``register(subparsers)``; the handler it sets returns an exit status.
Expected errors (HomsquotesError) become one line on stderr and exit 1;
with no sub-command the desktop window opens.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from homsquotes.appinfo import __version__
from homsquotes.core.errors import HomsquotesError

# Modules in homsquotes.commands that register sub-commands, in help order.
COMMAND_MODULES = ("extract", "library", "cite", "export", "sources", "provenance", "gui")


class OneLineErrorParser(argparse.ArgumentParser):
    """Command-line mistakes get one line on stderr (and exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="homsquotes",
        description="Find, keep and cite the direct quotations in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"homsquotes {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=os.environ.get("HOMSQUOTES_DB"),
        help="library file (default: $HOMSQUOTES_DB, else library.sqlite in the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"homsquotes.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"homsquotes.commands.{name}":
                raise
            continue  # that feature is not built yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
