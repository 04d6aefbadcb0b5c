"""Import throughput: the PolNeAR training texts into a fresh library, against one `extract`.

    .venv/bin/python benchmarks/bench_import.py [--limit N] [--corpus DIR] [--runs 1]
    .venv/bin/python benchmarks/bench_import.py --writer-only [--runs 3]

Per run, interleaved: one `homsquotes extract FILES` process (a single core's worth of
extraction, output thrown away), then `Library.import_files(FILES)` into a new library
(two worker processes extract while this process writes). Prints wall seconds of each,
the speed-up (target, issue 15: import >= 1.5x faster than the one extract process),
the CPU seconds the import used per wall second (2.0 = both cores busy), and disk written
per article against the library's growth. The corpus is read from ../shared (never
copied into the project).

--writer-only times the writing process alone: every article is extracted and prepared
first, in this process and untimed, then each run imports them with no worker running
(reading the files, resolving speakers, the INSERTs, the analysis hook, the commits), so
the number does not move with how busy the workers keep the other core.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import DEFAULT_CORPUS, emit, homsquotes_command, show, summary  # noqa: E402

TARGET_SPEEDUP = 1.5


def disk_written() -> int:
    """Bytes this process has caused to be written to storage so far (Linux)."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("write_bytes:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_extract_process(paths: list[Path], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of `homsquotes extract` over the files, in one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        homsquotes_command("extract", "--format", "jsonl", *map(str, paths)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def stop_fork_server() -> None:
    """End the import's fork server (the workers' parent, where there is one) and reap it, so
    the CPU of the workers it forked is counted, and the next run starts cold like the first
    import of a session. (A private call of multiprocessing: benchmark use only.)"""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()


def one_import(paths: list[Path], folder: Path) -> dict[str, float]:
    from homsquotes.core.library import Library

    path = folder / "bench.sqlite"
    for old in folder.glob("bench.sqlite*"):
        old.unlink()
    with Library.open(path) as lib:
        size_before = sum(p.stat().st_size for p in folder.glob("bench.sqlite*"))
        written, cpu, child_cpu = disk_written(), self_cpu(), children_cpu()
        start = time.perf_counter()
        results = lib.import_files(paths)
        seconds = time.perf_counter() - start
        while multiprocessing.active_children():  # reap the workers so their CPU is counted
            time.sleep(0.05)
        stop_fork_server()
        created = sum(r.created for r in results)
        quotes = lib.count_quotes()
        assert lib.integrity_check() == "ok"
        writer_cpu = self_cpu() - cpu
        cpu_used = writer_cpu + children_cpu() - child_cpu
        writes = disk_written() - written
    size = sum(p.stat().st_size for p in folder.glob("bench.sqlite*"))
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_used,
        "writer_cpu_seconds": writer_cpu,
        "articles": created,
        "quotes": quotes,
        "written_kb_per_article": writes / 1024 / max(created, 1),
        "growth_kb_per_article": (size - size_before) / 1024 / max(created, 1),
    }


def writer_only(paths: list[Path], runs: int) -> int:
    from homsquotes.core.extraction import extract_many
    from homsquotes.core.library import Library, importing
    from homsquotes.core.library.sources import read_source_articles

    texts = [a.text for p in paths for a in read_source_articles(p)]
    prepared = {
        t: importing.prepare_article(t, e)
        for t, e in zip(texts, extract_many(texts), strict=True)
    }
    importing._extract_all = lambda pending, _parallel: (prepared[t] for t in pending)
    cpu_s, wall_s = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs):
            with Library.open(Path(tmp) / f"writer{run}.sqlite") as lib:
                cpu, start = self_cpu(), time.perf_counter()
                lib.import_files(paths)
                wall_s.append(time.perf_counter() - start)
                cpu_s.append(self_cpu() - cpu)
    metrics = {
        "writer alone (no workers), CPU": summary(cpu_s, "s"),
        "writer alone (no workers), wall": summary(wall_s, "s"),
    }
    for label, stats in metrics.items():
        show(label, stats)
    emit("import-writer", metrics, articles=len(paths))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--writer-only", action="store_true", help="time the writing process alone"
    )
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        paths = paths[:: max(1, len(paths) // args.limit)][: args.limit]
    if not paths:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 1
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} articles, {chars:,} characters")
    if args.writer_only:
        return writer_only(paths, args.runs)
    extract_s, extract_cpu, imports = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        for _ in range(args.runs):
            wall, cpu = one_extract_process(paths, env)
            extract_s.append(wall)
            extract_cpu.append(cpu)
            imports.append(one_import(paths, Path(tmp)))
    import_s = [r["seconds"] for r in imports]
    speedups = [e / i for e, i in zip(extract_s, import_s, strict=True)]
    metrics = {
        "one extract process": summary(extract_s, "s"),
        "one extract process, CPU": summary(extract_cpu, "s"),
        "import": summary(import_s, "s"),
        "import, CPU (all processes)": summary([r["cpu_seconds"] for r in imports], "s"),
        "import, CPU of the writing process": summary(
            [r["writer_cpu_seconds"] for r in imports], "s"
        ),
        # What the wall-clock speed-up would be with both cores free for this import alone.
        "speed-up by CPU (extract CPU / half the import's)": summary(
            [e / (r["cpu_seconds"] / 2) for e, r in zip(extract_cpu, imports, strict=True)], "x"
        ),
        "import speed-up over one extract": summary(
            speedups, "x", f">= {TARGET_SPEEDUP}x", min(speedups) >= TARGET_SPEEDUP
        ),
        "import cores busy (CPU s per wall s)": summary(
            [r["cpu_seconds"] / r["seconds"] for r in imports], "cores"
        ),
        "import articles/s": summary([r["articles"] / r["seconds"] for r in imports], "/s"),
        "disk written per article": summary(
            [r["written_kb_per_article"] for r in imports], "KB"
        ),
        "library growth per article": summary(
            [r["growth_kb_per_article"] for r in imports], "KB"
        ),
    }
    for label, stats in metrics.items():
        show(label, stats)
    print(f"quotes stored: {imports[-1]['quotes']:,}")
    emit("import", metrics, articles=len(paths), chars=chars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
