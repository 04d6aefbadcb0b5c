"""Speaker accuracy on the house-styles sets: made-up articles from many desks, with gold speakers.

    .venv/bin/python benchmarks/bench_styles.py [--set DIR] [--show-errors]

benchmarks/styles_set/ holds the articles and gold.jsonl (one line per quotation: its file,
the first 30 characters of its words, the speaker and affiliation). The set was written by
someone who had not read the extractor; it was first measured untuned (0.816) and has since
been tuned on, so it is a development set now: judge a change on fresh articles too.
A speaker counts as right when the names share a word other than titles ("lenient") or are
the same ("strict").  benchmarks/styles_set2/ (20 articles, 217 quotations, written later by
another writer who had not read the extractor either) gives each quotation's opening words,
its speaker and the other acceptable speakers ("alternatives"); it also reports how many
quotations were found and how many direct quotations found are in no gold entry.
Sets 3 to 13, 16, 17, 22, 23, 25, 27, 28, 30, 31, 33, 35 and 37 (10 to 20 articles each,
by more writers) have the same form; each set's first measurement, before any tuning on it,
is in benchmarks/RESULTS.md (sets 14, 15, 18 to 21, 24, 26, 29, 32, 34, 36 and 38 were kept
out of the project as held-out checks). `--show-errors` lists the
wrong speakers (WRONG), the right person under another spelling (NAME) and the misses.
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
    parser.add_argument("--set", type=Path, default=HERE, help="folder with gold.jsonl")
    args = parser.parse_args()
    folder = args.set
    from homsquotes.core.extraction import extract

    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line]
    articles: dict[str, tuple[str, list]] = {}
    found = strict = lenient = 0
    missed: list[tuple[str, str, str | None]] = []
    bands: dict[str, list[int]] = {}
    for g in gold:
        if g["file"] not in articles:
            text = (folder / g["file"]).read_text(encoding="utf-8")
            articles[g["file"]] = (text, extract(text).quotes)
        text, quotes = articles[g["file"]]
        opening = g.get("quote_start") or g["opening"]
        pos = text.find(opening)
        hits = [q for q in quotes if any(p.start <= pos < p.end for p in q.parts)]
        direct = [q for q in hits if q.kind == "direct"]
        if not direct:
            missed.append((g["file"], opening, hits[0].kind if hits else None))
            continue
        q = direct[0]
        found += 1
        ours = _words(q.speaker)
        names = [_words(g["speaker"])] + [_words(a) for a in g.get("alternatives") or []]
        strict += any(ours == theirs for theirs in names)
        right = any(
            ours and theirs and (ours[-1] == theirs[-1] or set(ours) & set(theirs))
            for theirs in names
        )
        lenient += right
        band = ">=0.9" if q.confidence >= 0.9 else "0.5-0.9" if q.confidence >= 0.5 else "<0.5"
        bands.setdefault(band, [0, 0])
        bands[band][0] += right
        bands[band][1] += 1
        if args.show_errors and right and not any(ours == theirs for theirs in names):
            print(f"NAME  {g['file']}: {opening!r}", f"gold={g['speaker']!r} got={q.speaker!r}")
        if args.show_errors and not right:
            print(f"WRONG {g['file']}: {opening!r}", f"gold={g['speaker']!r}", end=" ")
            print(f"got={q.speaker!r} confidence={q.confidence:.2f}")
    extra = 0
    for name, (text, quotes) in articles.items():
        openings = [
            text.find(g.get("quote_start") or g["opening"]) for g in gold if g["file"] == name
        ]
        for q in quotes:
            inside = any(p.start <= pos < p.end for p in q.parts for pos in openings)
            if q.kind == "direct" and not inside:
                extra += 1
                if args.show_errors:
                    print(f"EXTRA {name}: {q.text[:60]!r}")
    if args.show_errors:
        for name, opening, kind in missed:
            print(f"MISS  {name}: {opening!r} ({kind or 'not found'})")
    print(f"quotations {len(gold)}, found {found}, direct quotations in no gold entry {extra}")
    print(f"speaker right: lenient {lenient / found:.3f}, strict {strict / found:.3f}")
    for band, (right, n) in sorted(bands.items()):
        print(f"confidence {band}: {n} quotes, {right / n:.3f} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
