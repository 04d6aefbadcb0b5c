"""Speaker accuracy on the house-styles set: 24 made-up articles from 12 desks, 163 quotations.

    .venv/bin/python benchmarks/bench_styles.py [--show-errors]

benchmarks/styles_set/ holds the articles and gold.jsonl (one line per quotation: its file,
the first 30 characters of its words, the speaker and affiliation). The set was written by
someone who had not read the extractor; it was first measured untuned (0.816) and has since
been tuned on, so it is a development set now: judge a change on fresh articles too.
A speaker counts as right when the names share a word other than titles ("lenient") or are
the same ("strict").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "styles_set"
_TITLES = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "prof", "professor", "dame"}
_TITLES |= {"sir", "alhaji", "cllr", "supt", "det"}


def _words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", (name or "").lower()) if w not in _TITLES]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    from homsquotes.core.extraction import extract

    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    articles: dict[str, tuple[str, list]] = {}
    found = strict = lenient = 0
    bands: dict[str, list[int]] = {}
    for g in gold:
        if g["file"] not in articles:
            text = (HERE / g["file"]).read_text(encoding="utf-8")
            articles[g["file"]] = (text, extract(text).quotes)
        text, quotes = articles[g["file"]]
        pos = text.find(g["quote_start"])
        hits = [q for q in quotes if any(p.start <= pos < p.end for p in q.parts)]
        if not hits:
            continue
        q = hits[0]
        found += 1
        ours, theirs = _words(q.speaker), _words(g["speaker"])
        strict += ours == theirs
        right = bool(ours and theirs and (ours[-1] == theirs[-1] or set(ours) & set(theirs)))
        lenient += right
        band = ">=0.9" if q.confidence >= 0.9 else "0.5-0.9" if q.confidence >= 0.5 else "<0.5"
        bands.setdefault(band, [0, 0])
        bands[band][0] += right
        bands[band][1] += 1
        if args.show_errors and not right:
            print(f"WRONG {g['file']}: {g['quote_start']!r}", f"gold={g['speaker']!r}", end=" ")
            print(f"got={q.speaker!r}")
    print(f"quotations {len(gold)}, found {found}")
    print(f"speaker right: lenient {lenient / found:.3f}, strict {strict / found:.3f}")
    for band, (right, n) in sorted(bands.items()):
        print(f"confidence {band}: {n} quotes, {right / n:.3f} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
