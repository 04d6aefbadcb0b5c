"""Every benchmark script runs to the end on a tiny input and reports its numbers.

Nothing here is timed: the numbers are only checked to be there (benchmarks/run_all.py
lists each script with the tiny arguments used here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import run_all  # noqa: E402

SEED = (ROOT / "resources" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four short articles (enough for an import to use its two worker processes)."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = [p for p in SEED.split("\n\n") if p.strip()]
    for n in range(4):
        text = "\n\n".join(paragraphs[n:] + paragraphs[:n])  # four different texts
        (folder / f"article-{n}.txt").write_text(text, encoding="utf-8")
    return folder


def test_every_benchmark_script_is_listed():
    scripts = {p.name for p in (ROOT / "benchmarks").glob("bench_*.py")}
    tabled = {script for script, _args, _tiny in run_all.BENCHMARKS.values()}
    standalone = {script for script, _args in run_all.STANDALONE.values()}
    assert scripts == tabled | standalone
    assert not tabled & standalone


@pytest.mark.parametrize("name", list(run_all.STANDALONE))
def test_standalone_benchmark_starts(name):
    """Their real runs are big (millions of quotes, 10 MB of hostile text): here each one's
    command line is read, which imports the script and everything it needs."""
    script, _args = run_all.STANDALONE[name]
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--help"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "usage" in proc.stdout.lower()


@pytest.mark.parametrize("name", list(run_all.BENCHMARKS))
def test_benchmark_runs_on_a_tiny_input(name, tiny_corpus, tmp_path):
    script, _args, tiny = run_all.BENCHMARKS[name]
    argv = [a.format(corpus=tiny_corpus, tmp=tmp_path) for a in tiny]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOMSQUOTES_BENCH_LIBRARY": str(tmp_path / "tiny.sqlite"),
    }
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert len(results) == 1
    record = json.loads(results[0][len("RESULT ") :])
    assert record["benchmark"] == name
    assert record["machine"]["cores"] >= 1
    assert record["metrics"]
    for measure, stats in record["metrics"].items():
        assert stats["min"] <= stats["median"] <= stats["max"], measure
    assert run_all.table([record], markdown=True).count("\n") == len(record["metrics"]) + 1
