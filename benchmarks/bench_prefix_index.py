"""The schema-7 FTS5 prefix index: its size, the migration from schema 6, prefix searches.

    .venv/bin/python benchmarks/bench_prefix_index.py [--quotes 1000000] [--runs 3]
        [--compare '2 3' ...]

Builds a synthetic library (benchmarks/synthetic_library.py, in a temporary folder) and a
copy of it in the schema-6 shape (quotes_fts without a prefix index), then prints: the
full-text index's size and the file's in both; the first 50 rowids of each prefix search
on the schema-6 copy (min / median / max over the runs); opening that copy with Library.open,
which backs it up and migrates it (wall and CPU seconds, bytes written, sizes after); the
same searches after the migration; and whether every search of synthetic_library.QUERIES,
and the prefixes, returns the same rowids in the same bm25 order as before. Each --compare
option is tried on one more copy (the index rebuilt with that prefix option): its size,
rebuild time and prefix searches.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_library  # noqa: E402
from bench_import import disk_written  # noqa: E402

from homsquotes.core.library import Library  # noqa: E402
from homsquotes.core.library.queries import BM25_WEIGHTS  # noqa: E402
from homsquotes.core.library.schema import FTS_PREFIXES, fts_table_sql  # noqa: E402
from homsquotes.core.library.search import fts_query  # noqa: E402
from homsquotes.core.library.testing import as_schema_6  # noqa: E402

# The benchmark's own prefixes plus the one- and two-letter ones a user types first.
PREFIXES = [q for q in synthetic_library.QUERIES if q.endswith("*")] + ["m*", "ka*", "go*"]
FIRST_50 = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 50"


def reader(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def sizes(path: Path) -> str:
    """MB of the full-text index's data, of the whole file and of its free pages."""
    conn = reader(path)
    try:
        index = conn.execute("SELECT sum(length(block)) FROM quotes_fts_data").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        free *= conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (f"full-text index {index / 1e6:.1f} MB, file {path.stat().st_size / 1e6:.1f} MB "
            f"({free / 1e6:.1f} MB of it free pages)")


def prefix_times(path: Path, runs: int) -> dict[str, list[float]]:
    """Milliseconds to the first 50 rowids of each prefix search, `runs` times each."""
    conn = reader(path)
    try:
        times: dict[str, list[float]] = {}
        for query in PREFIXES:
            match = fts_query(query, prefix_last=False)
            for _ in range(runs):
                start = time.perf_counter()
                conn.execute(FIRST_50, [match]).fetchall()
                times.setdefault(query, []).append((time.perf_counter() - start) * 1000)
        return times
    finally:
        conn.close()


def answers(path: Path) -> dict[str, str]:
    """A digest of each search's rowids in rowid order and in bm25 order."""
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    conn = reader(path)
    try:
        digests = {}
        for query in dict.fromkeys([*synthetic_library.QUERIES, *PREFIXES]):
            match = fts_query(query, prefix_last=False)
            digest = hashlib.sha256()
            for order in ("rowid", f"bm25(quotes_fts, {weights}), rowid"):
                rows = conn.execute(
                    f"SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY {order}",
                    [match],
                )
                digest.update(array("q", (r[0] for r in rows)).tobytes())
            digests[query] = digest.hexdigest()
        return digests
    finally:
        conn.close()


def with_prefix_option(path: Path, option: str) -> float:
    """Rebuild the copy's quotes_fts with another prefix option; the seconds it took."""
    current = f"prefix='{FTS_PREFIXES['quotes']}'"
    sql = fts_table_sql("quotes").replace(current, f"prefix='{option}'")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE quotes_fts")
        conn.execute(sql)
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def show_prefix_times(label: str, times: dict[str, list[float]]) -> None:
    print(f"{label}: first 50 rowids, ms (min / median / max)")
    for query, values in times.items():
        print(f"  {query:10} {min(values):8.2f} / {statistics.median(values):8.2f} / "
              f"{max(values):8.2f}")
    medians = sorted(statistics.median(v) for v in times.values())
    print(f"  all {len(medians)} prefixes: median of medians {statistics.median(medians):.2f} ms, "
          f"slowest {medians[-1]:.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", nargs="*", default=[], help="other prefix options to try")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        current, old = Path(tmp) / "v7.sqlite", Path(tmp) / "v6.sqlite"
        start = time.perf_counter()
        synthetic_library.build(current, args.quotes)
        print(f"built {args.quotes:,} quotes (schema 7) in {time.perf_counter() - start:.0f} s")
        shutil.copy(current, old)
        as_schema_6(old)
        print(f"schema 7, built: {sizes(current)}")
        print(f"schema 6 (the copy, index rebuilt without prefixes): {sizes(old)}")
        before_times, before = prefix_times(old, args.runs), answers(old)
        show_prefix_times("schema 6", before_times)
        written, cpu, start = disk_written(), time.process_time(), time.perf_counter()
        Library.open(old).close()  # backs the file up, then migrates it
        wall, cpu, written = (
            time.perf_counter() - start, time.process_time() - cpu, disk_written() - written
        )
        print(f"migration 6 -> 7 (backup included): {wall:.1f} s wall, {cpu:.1f} s CPU, "
              f"{written / 1e6:.0f} MB written; after it: {sizes(old)}")
        show_prefix_times("schema 7, migrated", prefix_times(old, args.runs))
        after = answers(old)
        for option in args.compare:
            other = Path(tmp) / "other.sqlite"
            shutil.copy(current, other)
            seconds = with_prefix_option(other, option)
            print(f"prefix='{option}': index rebuilt in {seconds:.1f} s; {sizes(other)}")
            show_prefix_times(f"prefix='{option}'", prefix_times(other, args.runs))
            other.unlink()
        same = sum(before[q] == after[q] for q in before)
        print(f"searches with the same rowids and bm25 order after the migration: "
              f"{same} of {len(before)}")
        return 0 if same == len(before) else 1


if __name__ == "__main__":
    sys.exit(main())
