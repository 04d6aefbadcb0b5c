"""What the safety checks cost on a large synthetic library (default 200,000 quotes).

    .venv/bin/python benchmarks/bench_library_safety.py [--quotes N]

Prints the time of Library.open (which runs PRAGMA quick_check), of quick_check alone,
of the daily backup (SQLite backup API into backups/) and of a restore.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchlib import timed
from synthetic_library import build

from homsquotes.core.library import Library
from homsquotes.core.library import backups as rolling


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite"
        build(path, args.quotes)
        print(f"library: {args.quotes} quotes, {path.stat().st_size / 1e6:.0f} MB")
        lib = timed("Library.open (with quick_check)", lambda: Library.open(path))
        timed("quick_check alone", lambda: rolling.quick_check(lib.db.conn))
        backup = timed("daily backup", lambda: rolling.daily_backup(lib.db.conn, path, keep=7))
        timed("restore (current kept aside first)", lambda: lib.restore_backup(backup))
        lib.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
