"""`homsquotes backups` lists the rolling backups; `homsquotes restore BACKUP` brings one back
(the current library is kept aside first). Thin: the work is in core/library/backups.py."""

from __future__ import annotations

import argparse
import sys

from homsquotes.commands._common import library_path
from homsquotes.core.errors import LibraryDamagedError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("backups", help="list the library's automatic daily backups")
    p.add_argument("--keep", type=int, metavar="N",
                   help="from now on keep the newest N daily backups (default 7; 0 = none)")
    p.set_defaults(handler=run_backups)
    p = subparsers.add_parser(
        "restore", help="bring a backup back (the current library is kept aside first)"
    )
    p.add_argument("backup", metavar="BACKUP", help="a backup's file name (see `backups`) or path")
    p.set_defaults(handler=run_restore)


def run_backups(args: argparse.Namespace) -> int:
    from homsquotes.core.library.backups import backups_folder, list_backups, set_backups_to_keep

    path = library_path(args)
    if args.keep is not None:
        set_backups_to_keep(args.keep)
        print(f"keeping the newest {args.keep} daily backups", file=sys.stderr)
    found = list_backups(path)
    if not found:
        print(f"no backups yet in {backups_folder(path)} (one is made at the first change "
              "of each day)", file=sys.stderr)
        return 0
    for backup in found:
        size = f"{backup.size / 1_048_576:.1f} MB"
        print(f"{backup.path.name}\t{backup.taken_at:%Y-%m-%d %H:%M}\t{size}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from homsquotes.core.library import Library
    from homsquotes.core.library.backups import resolve_backup, restore

    path = library_path(args)
    source = resolve_backup(path, args.backup)
    try:
        with Library.open(path, create=False) as lib:
            aside = lib.restore_backup(source)
    except LibraryDamagedError:
        aside = restore(path, source)
    print(f"restored {source.name}; the library as it was is kept in {aside}")
    return 0
