"""Shared by the benchmark scripts: repeated timings, min/median/max, and one RESULT line.

Every script prints what it measures for people, then one machine-readable line

    RESULT {"benchmark": "startup", "metrics": {"--version": {"min": .., "median": .., ...}}}

which benchmarks/run_all.py gathers into one table (``make bench``).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _find_corpus() -> Path:
    """$HOMSQUOTES_CORPUS, else shared/corpora/polnear-train/text beside the project (or
    beside a folder above it, for a git worktree)."""
    if os.environ.get("HOMSQUOTES_CORPUS"):
        return Path(os.environ["HOMSQUOTES_CORPUS"])
    tail = Path("shared") / "corpora" / "polnear-train" / "text"
    for folder in ROOT.parents:
        if (folder / tail).is_dir():
            return folder / tail
    return ROOT.parent / tail


DEFAULT_CORPUS = _find_corpus()
# The synthetic million-quote library, built once (synthetic_library.py) and reused.
BIG_LIBRARY = Path(os.environ.get("HOMSQUOTES_BENCH_LIBRARY", "/tmp/homsquotes-bench-1m.sqlite"))


def timed_runs(fn: Callable[[], Any], runs: int) -> list[float]:
    """Seconds of each of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def summary(values: Sequence[float], unit: str, target: str = "", met: bool | None = None) -> dict:
    """min / median / max (and p95 with 20+ values) of ``values`` in ``unit``."""
    ordered = sorted(values)
    out: dict[str, Any] = {
        "min": ordered[0],
        "median": statistics.median(ordered),
        "max": ordered[-1],
        "runs": len(ordered),
        "unit": unit,
    }
    if len(ordered) >= 20:
        out["p95"] = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    if target:
        out["target"] = target
    if met is not None:
        out["met"] = met
    return out


def ms(values: Sequence[float]) -> list[float]:
    return [v * 1000 for v in values]


def homsquotes_command(*args: str) -> list[str]:
    """The installed console script next to this interpreter (as a user runs it)."""
    script = Path(sys.executable).with_name("homsquotes")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "homsquotes.cli"]


def run_quietly(argv: Sequence[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)


def machine() -> dict[str, Any]:
    """What ran the benchmark, and how busy it was."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_1min": round(load[0], 2),
        "python": platform.python_version(),
        "system": platform.platform(),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. VmHWM where Linux has it: ru_maxrss of a
    process started from a big one (fork + exec) starts at the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(benchmark: str, metrics: dict[str, dict], **extra: Any) -> None:
    """Print the RESULT line run_all.py reads."""
    record = {"benchmark": benchmark, "metrics": metrics, "machine": machine(), **extra}
    print("RESULT " + json.dumps(record), flush=True)


def show(label: str, stats: dict) -> None:
    """One human-readable line: label, min / median / max unit."""
    p95 = f"  p95 {stats['p95']:.1f}" if "p95" in stats else ""
    print(
        f"{label:<44} {stats['min']:9.1f} / {stats['median']:9.1f} / {stats['max']:9.1f} "
        f"{stats['unit']}{p95}",
        flush=True,
    )


def timed(label: str, fn: Callable[[], Any]) -> Any:
    """Run fn once, print how long it took (and how many results, for a list), return it."""
    start = time.perf_counter()
    result = fn()
    elapsed = (time.perf_counter() - start) * 1000
    size = f"   ({len(result)})" if isinstance(result, list) else ""
    print(f"{label:<48} {elapsed:10.1f} ms{size}")
    return result


def wall_and_cpu(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU (user + system) seconds of one run, output thrown away. CPU time
    is what the command itself costs, however many other processes share the cores."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime
