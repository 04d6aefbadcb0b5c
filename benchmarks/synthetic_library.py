"""A synthetic library of N quotes for the benchmarks, built once and reused.

    .venv/bin/python benchmarks/synthetic_library.py --quotes 1000000 --out /tmp/hq-1m.sqlite

Words follow a Zipf law over a 30,000-word vocabulary (as in news text: a few words in
a third of the quotes, most in a handful), so searches can be common, rare, phrases or
prefixes. Rows go straight into the library's tables with indexes and full-text triggers
set aside, then each index and FTS table is rebuilt in one pass (a million separate
trigger updates would take far longer). ``QUERIES`` lists the 50 varied searches.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time
from pathlib import Path

QUOTES_PER_ARTICLE = 100
SPEAKERS_PER_QUOTE = 50  # one speaker for every 50 quotes
VOCABULARY = 30_000
COMMON = (  # noqa: SIM905 - a word list reads better as one string
    "the government said talks would continue despite the siege of the city and "
    "army rebels envoy peace truce deal fighters civilians bombing offensive statement "
    "council election market reform budget minister president police court vote"
).split()
SYLLABLES = "ka lo mi ra su te vin dor pel qua zi no ba fe gu hi ju ko lu ma".split()  # noqa: SIM905


def vocabulary() -> list[str]:
    """Real words first (the most frequent), then made-up ones, in frequency order."""
    words = list(dict.fromkeys(COMMON))
    for parts in itertools.product(SYLLABLES, repeat=4):
        if len(words) >= VOCABULARY:
            break
        words.append("".join(parts))
    return words


WORDS = vocabulary()
# Zipf weights 1/rank, as cumulative weights for random.choices.
CUM_WEIGHTS = list(itertools.accumulate(1 / rank for rank in range(1, len(WORDS) + 1)))

# 50 searches: 15 common words, 15 rare words, 10 phrases, 10 prefixes.
QUERIES: list[str] = (
    COMMON[1:16]
    + [WORDS[i] for i in range(15_000, 30_000, 1_000)]
    + ['"peace talks"', '"the government"', '"army rebels"', '"city council"', '"vote deal"']
    + ["siege city", "minister budget", "police court", "truce envoy", "reform market"]
    + ["gov*", "elec*", "min*", "kalo*", "rasu*", "tevin*", "dorpel*", "quazi*", "bafe*", "mi*"]
)


def quote_text(rng: random.Random, words: int) -> str:
    return "“" + " ".join(rng.choices(WORDS, cum_weights=CUM_WEIGHTS, k=words)) + "”"


def build(path: Path, quotes: int, seed: int = 7) -> None:
    """Create the library at ``path`` (which must not exist) holding ``quotes`` quotes."""
    from homsquotes.core.library import Library

    with Library.open(path, create=True):
        pass  # the schema, indexes, FTS tables and triggers
    rng = random.Random(seed)
    now = "2026-11-25T00:00:00+00:00"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    set_aside = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('quotes', 'speakers') "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in set_aside:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    articles = max(1, quotes // QUOTES_PER_ARTICLE)
    speakers = max(1, quotes // SPEAKERS_PER_QUOTE)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO speakers (id, name, normalized, type, created_at) "
        "VALUES (?, ?, ?, 'person', ?)",
        ((i, f"Speaker {i:06d}", f"speaker {i:06d}", now) for i in range(1, speakers + 1)),
    )
    conn.executemany(
        "INSERT INTO articles (id, title, publisher, published, language, text, sha256, "
        "version, imported_at) VALUES (?, ?, 'Bench Daily', '2020-01-01', 'en', ?, ?, 1, ?)",
        (
            (i, f"Article {i:06d} about {rng.choice(COMMON)}", "x" * 50, f"sha-{i}", now)
            for i in range(1, articles + 1)
        ),
    )

    def rows():
        for n in range(quotes):
            start = (n % QUOTES_PER_ARTICLE) * 200
            text = quote_text(rng, rng.randint(6, 30))
            yield (
                n + 1,
                n // QUOTES_PER_ARTICLE + 1,
                rng.randint(1, speakers) if n % 7 else None,
                text,
                start,
                start + len(text),
                "direct" if n % 10 else "term",
                f"Role {n % 500}",
                "said",
                "auto" if n % 3 else "verified",
                round(rng.random(), 3),
                now,
                now,
            )
            if n % 100_000 == 0:
                print(f"\rbuilding: {n:,}/{quotes:,}", end="", file=sys.stderr, flush=True)

    conn.executemany(
        "INSERT INTO quotes (id, article_id, speaker_id, text, start, end, kind, affiliation, "
        "cue, status, confidence, note, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
        rows(),
    )
    conn.execute("COMMIT")
    print(file=sys.stderr)
    for _kind, _name, sql in set_aside:
        conn.execute(sql)
    for table in ("quotes", "speakers"):
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def ensure(path: Path, quotes: int) -> float | None:
    """Build the library unless ``path`` exists; the seconds the build took, or None."""
    if path.exists():
        return None
    start = time.perf_counter()
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    build(partial, quotes)
    partial.rename(path)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    seconds = ensure(args.out, args.quotes)
    size = args.out.stat().st_size / 1e6
    done = f"built in {seconds:.0f} s" if seconds else "already built"
    print(f"{args.out}: {done}, {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
