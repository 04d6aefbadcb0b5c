"""`homsquotes gui [--db PATH] [PATH...]` (and plain `homsquotes`): open the desktop window.

Qt is imported only inside ``run_gui`` so the CLI's other commands never load it.
"""

from __future__ import annotations

import argparse
import os
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="open the desktop window (the default with no command)")
    p.add_argument(
        "--db",
        dest="gui_db",
        metavar="PATH",
        default=None,
        help="library file (same as the global --db)",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="articles to import once the window is open (.txt, .md, .html)",
    )
    p.add_argument(
        "--quit-after-show",
        action="store_true",
        help="close the window as soon as it is shown (checks that an installed app starts)",
    )
    p.set_defaults(handler=run_gui)


def library_path(args: argparse.Namespace) -> str:
    chosen = (
        getattr(args, "gui_db", None)
        or getattr(args, "db", None)
        or os.environ.get("HOMSQUOTES_DB")
    )
    if chosen:
        return chosen
    from homsquotes.core.library import default_library_path

    return str(default_library_path())


def display_problem() -> str | None:
    """Why no window can open here, or None. Without this check Qt aborts with a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
        "the other commands (homsquotes --help) work without one"
    )


def open_or_offer_restore(library_class: type, path: str) -> object:
    """Open the library; a damaged one first gets the offer of its newest good backups."""
    from homsquotes.core.errors import LibraryDamagedError

    try:
        return library_class.open(path, create=True)
    except LibraryDamagedError as exc:
        from pathlib import Path

        from homsquotes.ui.dialogs.restore_dialog import offer_restore_of_damaged

        if not offer_restore_of_damaged(Path(path), str(exc)):
            raise
        return library_class.open(path, create=True)


def run_gui(args: argparse.Namespace) -> int:
    from homsquotes.commands.system_libraries import system_library_problem

    if (problem := display_problem() or system_library_problem()) is not None:
        print(f"homsquotes: {problem}", file=sys.stderr)
        return 1
    from homsquotes.core.errors import HomsquotesError
    from homsquotes.core.library import Library
    from homsquotes.ui.app import create_application

    app = create_application(sys.argv[:1])
    from homsquotes.ui.window.single_instance import hand_over

    paths = [str(p) for p in getattr(args, "paths", None) or []]
    if hand_over(library_path(args), paths):
        print(
            "homsquotes: this library is already open in a window; it was brought to the front",
            file=sys.stderr,
        )
        return 0
    from homsquotes.ui.dialogs.upgrade_progress import upgrade_with_progress

    upgrade_with_progress(Library, library_path(args))
    try:
        lib = open_or_offer_restore(Library, library_path(args))
    except HomsquotesError as exc:
        # The window cannot open without its library: say why in a dialog and on stderr.
        from homsquotes.ui.dialogs.basic import show_error

        print(f"homsquotes: {exc}", file=sys.stderr)
        show_error(None, str(exc), "Cannot open library")
        return 1
    from homsquotes.ui.window.main_window import MainWindow

    # Paths come from e.g. "Open with HomsQuotes" in a file manager.
    window = MainWindow(lib, open_paths=[str(p) for p in getattr(args, "paths", None) or []])
    window.show()
    if getattr(args, "quit_after_show", False):
        from homsquotes.ui.qt import QTimer

        # Runs once the event loop has taken the show and first paint; closing the last
        # window ends app.exec() with status 0, the way a user's close does.
        QTimer.singleShot(0, window.close)
    try:
        return app.exec()
    finally:
        lib.close()
