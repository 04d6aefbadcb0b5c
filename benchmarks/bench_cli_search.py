"""`homsquotes list` over the synthetic million-quote library: searches, pipes and memory.

    .venv/bin/python benchmarks/bench_cli_search.py [--quotes 1000000] [--db PATH] [--runs 3]

Builds the library once (benchmarks/synthetic_library.py; reused from --db or
$HOMSQUOTES_BENCH_LIBRARY). Prints, as milliseconds beyond interpreter start-up (the
median of `python -c pass` in the same run): `list --search Q --limit 50` over the 50
varied queries of synthetic_library.QUERIES (common, rare, phrase, prefix); the first
line of `list --search Q | head` and `list --speaker Speaker | head` (matches by the
hundred thousand); and the peak memory of a complete streamed listing. Targets (issue
15): 150 ms beyond start-up for --limit 50 and for the first line; memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_library  # noqa: E402
from benchlib import (  # noqa: E402
    BIG_LIBRARY,
    emit,
    homsquotes_command,
    ms,
    run_quietly,
    show,
    summary,
    wall_and_cpu,
)

TARGET_MS = 150
TARGET_RSS_MB = 400


def first_line(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the first output line, and peak RSS (MB) of the process, like `| head -1`."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    proc.stdout.readline()
    seconds = time.perf_counter() - start
    proc.stdout.close()  # what head does: the command then stops on its broken pipe
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return seconds, usage.ru_maxrss / 1024


def full_run_rss(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a complete run with its output thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3, help="runs of each query")
    parser.add_argument("--full-query", default="peace", help="query listed to the end for RSS")
    args = parser.parse_args()
    path = args.db or BIG_LIBRARY
    built = synthetic_library.ensure(path, args.quotes)
    env = {**os.environ, "HOMSQUOTES_DB": str(path)}
    quotes = int(
        subprocess.run(
            [sys.executable, "-c", f"import sqlite3; print(sqlite3.connect('{path}')"
             ".execute('SELECT count(*) FROM quotes').fetchone()[0])"],
            capture_output=True, text=True, check=True,
        ).stdout
    )
    print(f"library: {path} ({quotes:,} quotes{f', built in {built:.0f} s' if built else ''})")
    run_quietly(homsquotes_command("list", "--limit", "1"), env)  # warm the page cache

    bare = [sys.executable, "-c", "pass"]
    base_runs: list[tuple[float, float]] = []
    per_query: list[tuple[float, float]] = []
    for _ in range(args.runs):
        for query in synthetic_library.QUERIES:
            base_runs.append(wall_and_cpu(bare, env))
            per_query.append(
                wall_and_cpu(homsquotes_command("list", "--search", query, "--limit", "50"), env)
            )
    base = statistics.median(t for t, _ in base_runs)
    base_cpu = statistics.median(c for _, c in base_runs)
    metrics = {
        "python -c pass": summary(ms([t for t, _ in base_runs]), "ms"),
        "python -c pass, CPU": summary(ms([c for _, c in base_runs]), "ms"),
    }
    for label, values in [
        ("list --search Q --limit 50 (50 queries)", [t - base for t, _ in per_query]),
        ("list --search Q --limit 50 (50 queries), CPU", [c - base_cpu for _, c in per_query]),
    ]:
        stats = summary(ms(values), "ms beyond start-up", f"<= {TARGET_MS} ms (p95)")
        stats["met"] = stats.get("p95", stats["max"]) <= TARGET_MS
        metrics[label] = stats
    for label, stats in metrics.items():
        show(label, stats)

    for label, extra in [
        ("list --search the | head (first line)", ["--search", "the"]),
        ("list --search gov | head (first line)", ["--search", "gov"]),
        ("list --speaker Speaker | head (first line)", ["--speaker", "Speaker"]),
    ]:
        argv = homsquotes_command("list", "--format", "jsonl", *extra)
        runs = [first_line(argv, env) for _ in range(args.runs)]
        stats = summary([1000 * (t - base) for t, _ in runs], "ms beyond start-up")
        stats.update(target=f"<= {TARGET_MS} ms", met=stats["median"] <= TARGET_MS)
        metrics[label] = stats
        show(label, stats)
        rss = summary([r for _, r in runs], "MB")
        metrics[label.replace("(first line)", "(peak RSS)")] = rss

    argv = homsquotes_command("list", "--format", "jsonl", "--search", args.full_query)
    seconds, rss_mb = full_run_rss(argv, env)
    stats = summary([rss_mb], "MB", f"<= {TARGET_RSS_MB} MB", rss_mb <= TARGET_RSS_MB)
    metrics[f"list --search {args.full_query} to the end (peak RSS)"] = stats
    show(f"list --search {args.full_query} to the end, RSS", stats)
    print(f"{'':<44} ({seconds:.1f} s for the whole listing)")
    emit("cli_search", metrics, quotes=quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
