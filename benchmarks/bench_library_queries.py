"""Time the GUI's library queries on a large synthetic library (default 1,000,000 quotes).

    .venv/bin/python benchmarks/bench_library_queries.py [--quotes N] [--keep PATH]

Builds the library with plain INSERTs (no extraction; FTS triggers and indexes
active), then prints the time of quote_ids for every sort, filtered and
searched id lists, a page of quotes_by_ids and count_quotes.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.queries import SORTS
from homsquotes.core.library.schema import ensure_schema

WORDS = [
    "regret",
    "negotiations",
    "siege",
    "city",
    "talks",
    "army",
    "rebels",
    "government",
    "envoy",
    "peace",
    "truce",
    "deal",
    "fighters",
    "civilians",
    "bombing",
    "offensive",
    "statement",
    "council",
    "election",
    "market",
    "reform",
    "budget",
    "minister",
    "president",
    "police",
    "court",
    "vote",
    "protest",
    "school",
    "hospital",
    "bridge",
    "water",
    "energy",
]
QUOTES_PER_ARTICLE = 100


def build(lib: Library, quotes: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    db = lib.db.conn
    articles = max(1, quotes // QUOTES_PER_ARTICLE)
    speakers = max(1, quotes // 20)
    with lib.transaction():
        db.executemany(
            "INSERT INTO speakers(id, name, normalized, type) VALUES (?, ?, ?, 'person')",
            [(i, f"Speaker {i:07d}", f"speaker {i:07d}") for i in range(1, speakers + 1)],
        )
        db.executemany(
            "INSERT INTO articles(id, title, text, sha256, version, imported_at) "
            "VALUES (?, ?, 'text', ?, 1, '2026-01-01')",
            [(i, f"Article {rng.randrange(10**6):06d}", f"sha{i}") for i in range(1, articles + 1)],
        )
    # Bulk load the way a big import would: indexes and the FTS table are rebuilt at the end.
    with lib.transaction():
        lib.db.table("quotes").disable_fts()
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_quotes_%'"
        ).fetchall():
            db.execute(f"DROP INDEX {name}")
    batch = []
    for i in range(1, quotes + 1):
        text = '"' + " ".join(rng.choice(WORDS) for _ in range(14)) + '"'
        batch.append(
            (
                i,
                1 + (i - 1) // QUOTES_PER_ARTICLE,
                rng.randrange(1, speakers + 1),
                text,
                (i % QUOTES_PER_ARTICLE) * 200,
                (i % QUOTES_PER_ARTICLE) * 200 + len(text),
                "term" if i % 10 == 0 else "direct",
                rng.choice(("mayor", "envoy", None)),
                "context words",
                rng.random(),
                "auto",
                "",
                f"2026-01-01T{i:09d}",
            )
        )
        if len(batch) == 50_000 or i == quotes:
            with lib.transaction():
                db.executemany(
                    'INSERT INTO quotes(id, article_id, speaker_id, text, start, "end", kind, '
                    "affiliation, context, confidence, status, note, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch,
                )
            batch = []
            print(f"\rbuilding: {i}/{quotes} quotes", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    with lib.transaction():
        ensure_schema(lib.db)


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    ms = (time.perf_counter() - start) * 1000
    size = len(result) if isinstance(result, list) else result
    print(f"{label:<42} {ms:9.1f} ms   ({size})")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="reuse (or build and keep) this library file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.sqlite"
        fresh = not path.exists()
        with Library.open(path) as lib:
            if fresh:
                start = time.perf_counter()
                build(lib, args.quotes)
                print(
                    f"build: {time.perf_counter() - start:.0f} s, "
                    f"{path.stat().st_size / 1e6:.0f} MB"
                )
            ids = timed("quote_ids(all, position)", lambda: lib.quote_ids())
            for sort in SORTS:
                timed(
                    f"quote_ids(direct, {sort})",
                    lambda s=sort: lib.quote_ids(QuoteFilter(kind="direct"), sort=s),
                )
            timed(
                "quote_ids(all, speaker, desc)",
                lambda: lib.quote_ids(sort="speaker", descending=True),
            )
            timed(
                "quote_ids(search 'regret siege')",
                lambda: lib.quote_ids(QuoteFilter(search="regret siege")),
            )
            timed(
                "quote_ids(search 'Speaker 0000042')",
                lambda: lib.quote_ids(QuoteFilter(search="Speaker 0000042")),
            )
            timed("quote_ids(article 500)", lambda: lib.quote_ids(QuoteFilter(article_id=500)))
            timed(
                "quote_ids(speaker 'Speaker 0000042')",
                lambda: lib.quote_ids(QuoteFilter(speaker="Speaker 0000042")),
            )
            timed("count_quotes(direct)", lambda: lib.count_quotes(QuoteFilter(kind="direct")))
            middle = ids[len(ids) // 2 : len(ids) // 2 + 100]
            timed("quotes_by_ids(100 ids)", lambda: lib.quotes_by_ids(middle))
            timed("edit_quote + undo", lambda: (lib.edit_quote(middle[0], note="n"), lib.undo())[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
