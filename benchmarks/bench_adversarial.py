"""Extraction on hostile text: one paragraph of unclosed quotation marks and no sentence ends.

    .venv/bin/python benchmarks/bench_adversarial.py [--megabytes 10] [--kind KIND]

Builds the text in memory (nothing is read or downloaded), runs `homsquotes extract --format
jsonl` on it as a user would, in a child process so that its peak memory is measured alone,
and prints one JSON line per kind: characters, quotations, seconds, peak RSS in MB and JSON
output size.  Target (issue 11): 10 MB of any kind in under 60 s and under 1 GB, with an
output that grows linearly with the input.

Kinds:
  unclosed  -- `"word word, "word word ...`: every mark opens and none closes
  mixed     -- double, single, guillemet and low marks opening in turn, none closing
  nested    -- `"a 'b «c „d` runs: marks of every family opening inside each other
  apostrophes -- single marks at word edges ('tis, rock 'n' roll, the players') in one run
  runon     -- one opening mark, then words to the end
  nicknames -- names with quoted nicknames and quotations in one run (Mikkel “frostbyte”
               Sørensen said “we won”), as a pasted sports book may be one paragraph
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PIECES = {
    "unclosed": ['"we will ', "not go ", "back, ", '"never ', "again ", "and ", "then "],
    "mixed": ['"we will ', "‘not go ", "«back ", "„never ", "'again ", "“and ", "then "],
    "nested": ['"a ', "'b ", "«c ", "„d ", "‘e ", "“f ", "said the man ", "told AFP "],
    "apostrophes": ["'tis ", "rock 'n' roll ", "the players' ", "'em ", "o’clock ", "'I "],
    "runon": ['"one ', "mark ", "opens ", "and ", "the ", "words ", "run ", "on "],
    "nicknames": ["Mikkel “frostbyte” Sørensen ", "said “we won” ", "and frostbyte ", "said it. ",
                  "Ann 'ab' Bob 'bc' Cid ", "“Yes,” she said. "],
}


def build(kind: str, size: int) -> str:
    """One paragraph of about ``size`` characters: pieces of ``kind`` in turn, no full stop."""
    pieces = _PIECES[kind]
    if kind == "runon":  # the one opening mark, then words to the end
        words = "".join(pieces[1:])
        return (pieces[0] + words * (size // len(words) + 1))[:size]
    block = "".join(pieces) * 64
    return (block * (size // len(block) + 1))[:size]


def _count_quotes(path: Path) -> int:
    """Quotes in an `extract --format jsonl` output, read in pieces: loading hundreds of MB of
    JSON here would raise this process's peak memory, which the next child inherits."""
    key = b'"parts": ['
    count, carry = 0, b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            data = carry + chunk
            count += data.count(key)
            carry = data[-(len(key) - 1) :]
    return count


def run(kind: str, size: int) -> dict[str, object]:
    text = build(kind, size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.txt"
        path.write_text(text, encoding="utf-8")
        out_path = Path(tmp) / "out.jsonl"
        cli = Path(sys.executable).with_name("homsquotes")
        start = time.perf_counter()
        with out_path.open("wb") as out, tempfile.TemporaryFile() as err:
            child = subprocess.Popen(
                [str(cli), "extract", "--format", "jsonl", str(path)], stdout=out, stderr=err
            )
            # wait4 gives this child's own peak RSS (RUSAGE_CHILDREN would be the max so far)
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            err.seek(0)
            stderr = err.read().decode(errors="replace").strip()
        output_size = out_path.stat().st_size
        quotes = _count_quotes(out_path) if child.returncode == 0 else None
    exit_code = child.returncode
    return {
        "kind": kind,
        "chars": len(text),
        "exit": exit_code,
        "error": stderr.splitlines()[-1] if exit_code and stderr else None,
        "quotes": quotes,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "output_mb": round(output_size / 1_048_576, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--kind", choices=sorted(_PIECES), action="append")
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    failed = False
    for kind in args.kind or sorted(_PIECES):
        result = run(kind, size)
        print(json.dumps(result), flush=True)
        failed = failed or result["exit"] != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
