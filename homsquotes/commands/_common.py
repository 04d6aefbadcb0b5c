"""Shared helpers for sub-commands that use the library."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from homsquotes.core.errors import InputError
from homsquotes.core.library import Library, default_library_path


def count_option(zero_means: str):
    """An argparse type for a count of 0 or more; `zero_means` says what 0 asks for."""

    def parse(value: str) -> int:
        try:
            count = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if count < 0:
            raise argparse.ArgumentTypeError(f"{value} is negative; give 0 ({zero_means}) or more")
        return count

    return parse


def library_path(args: argparse.Namespace) -> Path:
    """--db, else $HOMSQUOTES_DB, else library.sqlite in the user data folder."""
    chosen = getattr(args, "db", None) or os.environ.get("HOMSQUOTES_DB")
    return Path(chosen).expanduser() if chosen else default_library_path()


def open_library(args: argparse.Namespace) -> Library:
    """Open (creating if needed) the library the command line names; a new one gets the seed."""
    lib = Library.open(library_path(args), create=True)
    lib.on_backup_problem = lambda problem: print(f"homsquotes: warning: {problem}",
                                                  file=sys.stderr)
    try:
        lib.ensure_seeded()
    except InputError as exc:
        # A missing or broken seed file must not lock the user out of their library.
        print(f"homsquotes: warning: the seed article was not imported ({exc})", file=sys.stderr)
    except BaseException:
        lib.close()
        raise
    return lib


def add_raw_csv_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--raw-csv", action="store_true",
        help="CSV cells exactly as stored (by default a cell starting with = + - @ gets a "
        "leading ' so spreadsheets do not run it as a formula)",
    )
