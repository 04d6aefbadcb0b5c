"""Time review mode's library work on a large synthetic library (default 1,000,000 quotes).

    .venv/bin/python benchmarks/bench_review.py [--quotes N] [--keep PATH]

Prints the time to build the review queue (every unverified quote, by confidence), to count
progress, to take one decision with its undo, to count the "Needs review" quotes, and to list
speaker candidates for a long article.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchlib import timed
from synthetic_library import build

from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.library.review import ReviewSession, needs_review_filter
from homsquotes.core.library.sources import seed_article
from homsquotes.core.speaker_candidates import speaker_candidates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="reuse (or build and keep) this library file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "big.sqlite"
        if not path.exists():
            build(path, args.quotes)
        with Library.open(path) as lib:
            session = ReviewSession.start(lib)
            timed("review queue (ReviewSession.start)", lambda: ReviewSession.start(lib).ids)
            print(f"{'':<42} {session.total:,} quotes to review")
            timed("progress (reviewed count)", session.reviewed)
            timed("accept + undo", lambda: (session.accept(), lib.undo())[1])
            timed(
                "count_quotes(needs review < 0.9)",
                lambda: lib.count_quotes(needs_review_filter(QuoteFilter(), 0.9)),
            )
            timed(
                "quote_ids(needs review < 0.9, article 500)",
                lambda: lib.quote_ids(needs_review_filter(QuoteFilter(article_id=500), 0.9)),
            )
    text, _meta, _source = seed_article()
    long_text = "\n\n".join([text] * 40)  # a book-length article, 40 times the seed
    middle = len(long_text) // 2
    timed(
        f"speaker_candidates ({len(long_text):,} chars)",
        lambda: len(speaker_candidates(long_text, [(middle, middle + 40)])),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
