"""Time source analysis and provenance on a large synthetic library (default 1,000,000 quotes).

    .venv/bin/python benchmarks/bench_analysis.py [--quotes N] [--keep PATH]

The library is built with plain INSERTs (no extraction): Zipf-distributed words from a
20,000-word vocabulary, quotes of 8-40 words, 100 per article, each attributed in the
article text ('…," she said.') so gender evidence has real mentions to check. One quote in
twenty reappears in later articles: copied, with a word changed, as a fragment, or under
another speaker. Prints the full rebuild, reading one quote's group (the target is
<= 100 ms), importing one more article through the import hook, and the share-of-voice
aggregates over the whole library.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from benchlib import timed

from homsquotes.core import analysis
from homsquotes.core.errors import NotFoundError
from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.schema import ensure_schema
from homsquotes.core.model import ArticleMeta, ExtractedArticle, Quote, Span

QUOTES_PER_ARTICLE = 100
VOCABULARY = 20_000
ROLES = (
    "the health minister",
    "a police spokesman",
    "an activist",
    "a resident",
    "professor",
    "chief executive",
    "a lawyer",
    "an MP",
    "a reporter",
    None,
    None,
)
OUTLETS = [f"Outlet {i:02d}" for i in range(40)]


def _words(rng: random.Random, n: int) -> list[str]:
    weights = list(accumulate(1 / (rank + 1) for rank in range(VOCABULARY)))
    return [f"w{i}" for i in rng.choices(range(VOCABULARY), cum_weights=weights, k=n)]


def _reuse(rng: random.Random, words: list[str]) -> list[str]:
    kind = rng.random()
    if kind < 0.4:
        return list(words)
    if kind < 0.7:
        changed = list(words)
        changed[rng.randrange(len(changed))] = "changed"
        return changed
    start = rng.randrange(0, max(1, len(words) - 8))
    return words[start : start + 8]


def build(lib: Library, quotes: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    db = lib.db.conn
    speakers = max(1, quotes // 20)
    pool = iter(_words(rng, quotes * 25))
    with lib.transaction():
        db.executemany(
            "INSERT INTO speakers(id, name, normalized, type) VALUES (?, ?, ?, 'person')",
            [(i, f"Speaker {i:07d}", f"speaker {i:07d}") for i in range(1, speakers + 1)],
        )
        lib.db.table("quotes").disable_fts()
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_quotes_%'"
        ).fetchall():
            db.execute(f"DROP INDEX {name}")
    earlier: list[list[str]] = []
    quote_id = 0
    articles = max(1, quotes // QUOTES_PER_ARTICLE)
    for article_id in range(1, articles + 1):
        text_parts, rows, at = [], [], 0
        for _ in range(QUOTES_PER_ARTICLE):
            quote_id += 1
            if earlier and rng.random() < 0.05:
                words = _reuse(rng, rng.choice(earlier))
            else:
                words = [next(pool) for _ in range(rng.randint(8, 40))]
                if rng.random() < 0.01:
                    earlier.append(words)
            body = " ".join(words)
            pronoun = rng.choice(("she", "he", f"Speaker {rng.randrange(1, speakers):07d}"))
            sentence = f'"{body}," {pronoun} said. '
            start, end = at, at + len(body) + 3
            mention_start = at + len(body) + 4
            rows.append(
                (
                    quote_id,
                    article_id,
                    rng.randrange(1, speakers + 1),
                    f'"{body},"',
                    start,
                    end,
                    "direct",
                    rng.choice(ROLES),
                    pronoun,
                    mention_start,
                    mention_start + len(pronoun),
                    "auto",
                    "",
                    f"2026-01-01T{quote_id:09d}",
                )
            )
            text_parts.append(sentence)
            at += len(sentence)
        month = 1 + article_id % 12
        db.execute(
            "INSERT INTO articles(id, title, publisher, published, text, sha256, version, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, 1, '2026-01-01')",
            [
                article_id,
                f"Article {article_id}",
                rng.choice(OUTLETS),
                f"{2014 + article_id % 10}-{month:02d}-01",
                "".join(text_parts),
                f"sha{article_id}",
            ],
        )
        db.executemany(
            'INSERT INTO quotes(id, article_id, speaker_id, text, start, "end", kind, affiliation, '
            "mention, mention_start, mention_end, status, note, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if article_id % 500 == 0:
            db.commit()
            print(f"\rbuilding: {quote_id}/{quotes} quotes", end="", file=sys.stderr, flush=True)
    db.commit()
    print(file=sys.stderr)
    with lib.transaction():
        ensure_schema(lib.db)


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
                print(f"build: {time.perf_counter() - start:.0f} s")
                stats = timed(
                    "full rebuild (categories, gender, groups)", lambda: analysis.rebuild(lib)
                )
                print(f"  {stats}; file {path.stat().st_size / 1e6:.0f} MB")
            count = lib.count_quotes()
            groups = lib.db.execute(
                "SELECT count(*) FROM (SELECT group_id FROM quote_provenance GROUP BY group_id "
                "HAVING count(*) > 1)"
            ).fetchone()[0]
            print(f"{count:,} quotes; {groups:,} groups of two or more")
            rng = random.Random(7)
            sample = [rng.randrange(1, count + 1) for _ in range(50)]
            multi = [
                r[0]
                for r in lib.db.execute(
                    "SELECT id FROM quote_provenance WHERE group_id IN (SELECT group_id FROM "
                    "quote_provenance GROUP BY group_id HAVING count(*) > 2 LIMIT 50)"
                )
            ][:50]
            for label, ids in (("random quotes", sample), ("quotes in groups of 3+", multi)):
                times = []
                for quote_id in ids:
                    start = time.perf_counter()
                    with contextlib.suppress(NotFoundError):  # too short to trace
                        analysis.quote_provenance(lib, quote_id)
                    analysis.also_in(lib, quote_id)
                    times.append((time.perf_counter() - start) * 1000)
                if times:
                    print(
                        f"group of one quote + also_in, {label:<22} median "
                        f"{statistics.median(times):6.1f} ms, max {max(times):6.1f} ms"
                    )
            reused = lib.quote(multi[0])["text"].strip('",') if multi else "one two three four five"
            text = f'New article\n\n"{reused}," she said.'
            start = text.index(reused)
            quote = Quote(
                text=reused,
                start=start,
                end=start + len(reused),
                speaker="New Person",
                speaker_type="person",
                speaker_mention=Span(text.index("she"), text.index("she") + 3, "she"),
            )
            timed(
                "import one article through the hook",
                lambda: lib.import_text(
                    text,
                    ArticleMeta(title="New", publisher="Outlet 99"),
                    extracted=ExtractedArticle("New", [quote]),
                ),
            )
            timed("ensure_current after that import", lambda: analysis.ensure_current(lib))
            timed("ensure_current, nothing to do", lambda: analysis.ensure_current(lib))
            for by in ("category", "gender", "outlet", "month", "speaker"):
                timed(
                    f"voice by {by} (all direct quotes)",
                    lambda b=by: analysis.voice(lib, b, QuoteFilter(kind="direct")),
                )
            timed(
                "voice by category, one article",
                lambda: analysis.voice(lib, "category", QuoteFilter(article_id=500)),
            )
            timed(
                "crosstab outlet x category", lambda: analysis.crosstab(lib, "outlet", "category")
            )
            timed(
                "provenance --all (groups in 2+ articles)",
                lambda: analysis.provenance_groups(lib, 2),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
