"""Import the PolNeAR training texts into a fresh temporary library and print the speed.

    .venv/bin/python benchmarks/bench_import.py [--limit N] [--corpus DIR]

Extraction runs in two worker processes (both cores) while the main process
writes; progress goes to stderr. Prints seconds, articles/s and quotes stored.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from homsquotes.core.library import Library

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train" / "text"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))[: args.limit]
    if not paths:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1

    def progress(done: int, total: int) -> None:
        print(
            f"\rimporting: {done}/{total}",
            end="" if done < total else "\n",
            file=sys.stderr,
            flush=True,
        )

    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "bench.sqlite") as lib:
        start = time.perf_counter()
        results = lib.import_files(paths, progress=progress)
        seconds = time.perf_counter() - start
        created = sum(r.created for r in results)
        errors = [r for r in results if r.error]
        quotes = lib.count_quotes()
        t = time.perf_counter()
        again = lib.import_files(paths)
        reimport = time.perf_counter() - t
        assert not any(r.created for r in again)
        integrity = lib.integrity_check()
        size = (Path(tmp) / "bench.sqlite").stat().st_size
    print(f"articles: {created} imported, {len(errors)} errors (of {len(paths)} files)")
    print(f"seconds: {seconds:.1f}")
    print(f"articles/s: {created / seconds:.2f}")
    print(f"quotes: {quotes}")
    print(f"re-import (nothing new): {reimport:.2f} s")
    print(f"library size: {size / 1e6:.1f} MB, integrity: {integrity}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
