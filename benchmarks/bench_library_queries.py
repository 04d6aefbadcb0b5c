"""The library's queries on the synthetic million-quote library (default 1,000,000 quotes).

    .venv/bin/python benchmarks/bench_library_queries.py [--quotes N] [--db PATH] [--runs 3]

Builds the library once (benchmarks/synthetic_library.py; reused from --db or
$HOMSQUOTES_BENCH_LIBRARY), then prints in milliseconds, min / median / max: opening
it; the first page of quotes; full-text search over the 50 varied queries of
synthetic_library.QUERIES (common, rare, phrase, prefix) as the window runs it (every
matching id, best first) and as `list --limit 50` runs it (p50 / p95); a speaker
filter; every sort; the last page (scrolling to the end); an edit and its undo; and
this process's peak memory.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_library  # noqa: E402
from benchlib import BIG_LIBRARY, emit, ms, peak_rss_mb, show, summary, timed_runs  # noqa: E402

from homsquotes.core.library import Library, QuoteFilter  # noqa: E402
from homsquotes.core.library.queries import SORT_NAMES  # noqa: E402

PAGE = 200  # the window's page of rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = args.db or BIG_LIBRARY
    built = synthetic_library.ensure(path, args.quotes)
    metrics: dict[str, dict] = {}
    if built is not None:
        metrics["build the synthetic library"] = summary([built], "s")

    def record(label: str, values: list[float], unit: str = "ms", **kw) -> None:
        metrics[label] = summary(values, unit, **kw)
        show(label, metrics[label])

    opened: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        Library.open(path).close()
        opened.append(time.perf_counter() - start)
    record("open the library", ms(opened))
    with Library.open(path) as lib:
        quotes = lib.count_quotes()
        print(f"library: {path} ({quotes:,} quotes)")
        record(
            "first page (200 quotes, article order)",
            ms(timed_runs(lambda: list(lib.iter_quotes(limit=PAGE)), args.runs)),
        )
        window, cli = [], []
        for _ in range(args.runs):
            for query in synthetic_library.QUERIES:
                flt = QuoteFilter(search=query)
                window += timed_runs(lambda f=flt: lib.quote_ids(f, sort="relevance"), 1)
                cli += timed_runs(
                    lambda f=flt: list(lib.iter_quotes(f, sort="relevance", limit=50)), 1
                )
        record("search, all ids best first (window)", ms(window))
        record("search, first 50 quotes best first (list)", ms(cli))
        speaker = QuoteFilter(speaker="Speaker 000042")
        record("speaker filter, all ids", ms(timed_runs(lambda: lib.quote_ids(speaker), 3)))
        for sort in SORT_NAMES:
            record(
                f"all ids sorted by {sort}",
                ms(timed_runs(lambda s=sort: lib.quote_ids(sort=s), args.runs)),
            )
        ids = lib.quote_ids()
        record(
            "last page (scroll to the end)",
            ms(timed_runs(lambda: lib.quotes_by_ids(ids[-PAGE:]), args.runs)),
        )
        middle = ids[len(ids) // 2]
        record(
            "edit_quote + undo",
            ms(timed_runs(lambda: (lib.edit_quote(middle, note="n"), lib.undo()), args.runs)),
        )
    rss_mb = peak_rss_mb()
    record("peak RSS of this process", [rss_mb], "MB", target="<= 400 MB", met=rss_mb <= 400)
    emit("library_queries", metrics, quotes=quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
