"""Run every benchmark and print one table of its numbers (``make bench``).

    .venv/bin/python benchmarks/run_all.py [--only NAME ...] [--markdown]

Each script prints its own lines as it goes, then a RESULT line (see benchlib.py);
this gathers them into one table: benchmark, measure, min / median / max, target and
whether it is met. The million-quote library is built once into
$HOMSQUOTES_BENCH_LIBRARY (default /tmp/homsquotes-bench-1m.sqlite) and reused.
BENCHMARKS also names the tiny input each script is tested with (tests/test_benchmarks.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (script, arguments for the real run, arguments for a tiny run). In the tiny
# arguments {corpus} is a folder of a few .txt articles and {tmp} an empty folder.
BENCHMARKS: dict[str, tuple[str, list[str], list[str]]] = {
    "startup": ("bench_startup.py", [], ["--runs", "1"]),
    "extract": ("bench_extract.py", [], ["--corpus", "{corpus}", "--runs", "1", "--no-textacy"]),
    "import": ("bench_import.py", [], ["--corpus", "{corpus}"]),
    "library_queries": (
        "bench_library_queries.py",
        [],
        ["--quotes", "2000", "--db", "{tmp}/tiny.sqlite", "--runs", "1"],
    ),
    "cli_search": (
        "bench_cli_search.py",
        [],
        ["--quotes", "2000", "--db", "{tmp}/tiny.sqlite", "--runs", "1"],
    ),
    "window": (
        "bench_table_model.py",
        [],
        ["--quotes", "2000", "--db", "{tmp}/tiny.sqlite", "--runs", "1"],
    ),
}
# Scripts that print their own numbers rather than a RESULT record (each issue's benchmark:
# adversarial input, migrations, safety, citations, review queue, file formats). `make bench`
# runs them after the table, with these arguments; the tests check that each one starts.
STANDALONE: dict[str, tuple[str, list[str]]] = {
    "adversarial": ("bench_adversarial.py", []),
    "migration": ("bench_migration.py", ["--quotes", "100000"]),
    "prefix_index": ("bench_prefix_index.py", ["--quotes", "100000"]),
    "library_safety": ("bench_library_safety.py", []),
    "citations": ("bench_citations.py", []),
    "review": ("bench_review.py", ["--quotes", "100000"]),
    "formats_import": ("bench_formats_import.py", []),
    "analysis": ("bench_analysis.py", ["--quotes", "100000"]),
    "styles": ("bench_styles.py", []),
}


def run(name: str, extra: list[str]) -> dict | None:
    """Run one benchmark, echoing its output; its RESULT record, or None if it failed."""
    script, args, _tiny = BENCHMARKS[name]
    print(f"\n== {name}: {script} {' '.join(args + extra)}", flush=True)
    proc = subprocess.Popen(
        [sys.executable, str(HERE / script), *args, *extra],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    result = None
    for line in proc.stdout:
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
        else:
            print(line, end="", flush=True)
    if proc.wait() != 0:
        print(f"{name}: failed (exit {proc.returncode})", file=sys.stderr)
        return None
    return result


def fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}".rstrip("0").rstrip(".")


def table(results: list[dict], markdown: bool) -> str:
    rows = [("benchmark", "measure", "min / median / max", "unit", "target", "met")]
    for record in results:
        for measure, s in record["metrics"].items():
            spread = f"{fmt(s['min'])} / {fmt(s['median'])} / {fmt(s['max'])}"
            if "p95" in s:
                spread += f" (p95 {fmt(s['p95'])})"
            met = {True: "yes", False: "NO", None: ""}[s.get("met")]
            rows.append((record["benchmark"], measure, spread, s["unit"], s.get("target", ""), met))
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(BENCHMARKS), default=list(BENCHMARKS))
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument(
        "--table-only", action="store_true", help="skip the scripts that print their own numbers"
    )
    args = parser.parse_args()
    results, failed = [], []
    for name in args.only:
        record = run(name, [])
        if record is None:
            failed.append(name)
        else:
            results.append(record)
    print()
    if results:
        machine = results[-1]["machine"]
        print(
            f"machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
            f"load {machine['load_1min']} at the end"
        )
        print(table(results, args.markdown))
    if not args.table_only:
        for name, (script, script_args) in STANDALONE.items():
            print(f"\n== {name}: {script} {' '.join(script_args)}", flush=True)
            if subprocess.run([sys.executable, str(HERE / script), *script_args]).returncode:
                failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
