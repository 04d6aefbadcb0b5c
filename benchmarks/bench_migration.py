"""Time the schema-3 migration (interrupted quotations split into parts) on a large library.

    .venv/bin/python benchmarks/bench_migration.py [--quotes N]

Builds a version-2 library the way homsquotes 2 left it (default 1,000,000 quotes, 20 per
article; one in three an interrupted quotation stored as one span over the reporter's words,
one in twenty edited by the user), then times Library.open, which backs the file up and
migrates it, and prints how many quotes were split and flagged.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from homsquotes.core.library import Library

WORDS = ("regret", "talks", "siege", "city", "army", "envoy", "peace", "truce", "deal", "market",
         "council", "minister", "budget", "police", "school", "hospital", "water", "energy")
QUOTES_PER_ARTICLE = 20


def _article(rng: random.Random) -> tuple[str, list[tuple[int, int]], list[bool]]:
    """An article's text and its v2 quote spans (interrupted ones merged)."""
    paragraphs, spans, interrupted, at = [], [], [], 0
    for _ in range(QUOTES_PER_ARTICLE):
        first = '"' + " ".join(rng.choice(WORDS) for _ in range(9)) + ',"'
        if rng.random() < 1 / 3:
            second = '"' + " ".join(rng.choice(WORDS) for _ in range(8)) + '."'
            para = f"{first} Speaker Name said, {second}"
            spans.append((at, at + len(para)))
            interrupted.append(True)
        else:
            para = f"{first} Speaker Name said."
            spans.append((at, at + len(first)))
            interrupted.append(False)
        paragraphs.append(para)
        at += len(para) + 2
    return "\n\n".join(paragraphs) + "\n", spans, interrupted


def build_v2(path: Path, quotes: int, seed: int = 1) -> int:
    """A library in the version-2 shape; returns the number of merged interrupted quotes."""
    rng = random.Random(seed)
    merged = 0
    with Library.open(path) as lib:
        db = lib.db.conn
        with lib.transaction():
            db.execute("ALTER TABLE quotes DROP COLUMN parts")
            db.execute("ALTER TABLE quotes DROP COLUMN review")
            db.execute("INSERT INTO speakers(id, name, normalized, type) "
                       "VALUES (1, 'Speaker Name', 'speaker name', 'person')")
        quote_id = 0
        articles, rows = [], []
        for article_id in range(1, quotes // QUOTES_PER_ARTICLE + 1):
            text, spans, interrupted = _article(rng)
            articles.append([article_id, f"Article {article_id}", text, f"sha{article_id}"])
            for (start, end), split in zip(spans, interrupted, strict=True):
                quote_id += 1
                merged += split
                status = "edited" if rng.random() < 0.05 else "auto"
                rows.append((quote_id, article_id, text[start:end], start, end,
                             text[max(0, start - 32) : start], text[end : end + 32], status))
            if len(articles) < 1000 and quote_id < quotes:
                continue
            with lib.transaction():
                db.executemany("INSERT INTO articles(id, title, text, sha256, version, "
                               "imported_at) VALUES (?, ?, ?, ?, 1, '2025-01-01')", articles)
                db.executemany(
                    'INSERT INTO quotes(id, article_id, speaker_id, text, start, "end", prefix, '
                    "suffix, kind, context, confidence, status, note) "
                    "VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'direct', '', 0.9, ?, '')",
                    rows,
                )
            articles, rows = [], []
            print(f"\rbuilding: {quote_id}/{quotes} quotes", end="", file=sys.stderr)
        with lib.transaction():
            db.execute("PRAGMA user_version = 2")
    print(file=sys.stderr)
    return merged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v2.sqlite"
        start = time.perf_counter()
        merged = build_v2(path, args.quotes)
        print(f"build: {time.perf_counter() - start:.0f} s, {path.stat().st_size / 1e6:.0f} MB, "
              f"{merged} merged interrupted quotes")
        start = time.perf_counter()
        with Library.open(path) as lib:
            seconds = time.perf_counter() - start
            split = lib.db.execute("SELECT count(*) FROM quotes WHERE parts IS NOT NULL").fetchone()
            flagged = lib.db.execute(
                "SELECT count(*) FROM quotes WHERE review IS NOT NULL").fetchone()
        print(f"open + backup + migrate: {seconds:.1f} s for {args.quotes} quotes "
              f"({args.quotes / seconds:,.0f} quotes/s); split {split[0]}, flagged {flagged[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
