"""Import 200 articles from 4 multi-article exports (Nexis DOCX, Nexis RTF, Factiva TXT,
ProQuest TXT; 50 made-up articles each) plus 50 two-page PDFs into a fresh library.

    .venv/bin/python benchmarks/bench_formats_import.py [--per-export N] [--pdfs N]

Prints the time spent reading the files, the whole import's articles/s, and the CPU time of
this process and of the extraction workers, as cores busy on average (2.0 = both cores).
Needs the dev dependencies (reportlab, python-docx) to write the fixtures.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from format_fixtures import (  # noqa: E402
    STORIES,
    STORY_PARAGRAPHS,
    factiva_paragraphs,
    nexis_paragraphs,
    proquest_paragraphs,
    write_docx,
    write_pdf,
    write_rtf,
    write_text,
)

from homsquotes.core.library import Library  # noqa: E402
from homsquotes.core.library.sources import read_source_articles  # noqa: E402


def stories(count: int, tag: str) -> list[dict]:
    """`count` distinct made-up stories (numbered, so no two texts are the same)."""
    out = []
    for i in range(count):
        base = STORIES[i % len(STORIES)]
        body = [f"{p} (Report {tag}-{i}.)" for p in base["body"]]
        out.append({**base, "headline": f"{base['headline']} ({tag} {i})", "body": body})
    return out


def cpu_seconds() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def worker_cpu_seconds(seen: dict[int, float]) -> None:
    """Record each live worker process's CPU time (Linux /proc), keyed by pid."""
    import multiprocessing
    import os

    ticks = os.sysconf("SC_CLK_TCK")
    for child in multiprocessing.active_children():
        try:
            with open(f"/proc/{child.pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seen[child.pid] = max(seen.get(child.pid, 0.0), (int(fields[11]) + int(fields[12])) / ticks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-export", type=int, default=50)
    parser.add_argument("--pdfs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "downloads"
        folder.mkdir()
        n = args.per_export
        write_docx(folder / "nexis.docx", nexis_paragraphs(stories(n, "nd")))
        write_rtf(folder / "nexis.rtf", nexis_paragraphs(stories(n, "nr")))
        write_text(folder / "factiva.txt", factiva_paragraphs(stories(n, "fa")))
        write_text(folder / "proquest.txt", proquest_paragraphs(stories(n, "pq")))
        for i in range(args.pdfs):
            paragraphs = [f"{p} (Copy {i}.)" for p in STORY_PARAGRAPHS * 3]
            write_pdf(folder / f"story-{i:03d}.pdf", paragraphs, title=f"Story {i}")
        files = sorted(folder.iterdir())
        start = time.perf_counter()
        read = sum(len(read_source_articles(f)) for f in files)
        read_seconds = time.perf_counter() - start
        print(f"read {len(files)} files into {read} articles in {read_seconds:.2f} s "
              f"({read / read_seconds:.0f} articles/s, reading only)")
        own_before, children_before = cpu_seconds()
        start = time.perf_counter()
        with Library.open(Path(tmp) / "library.sqlite") as lib:
            per_worker: dict[int, float] = {}
            results = lib.import_files(
                [folder], progress=lambda done, total: worker_cpu_seconds(per_worker)
            )
        wall = time.perf_counter() - start
        import multiprocessing

        for worker in multiprocessing.active_children():  # reaped, so their CPU time counts
            worker.join()
        own_after, children_after = cpu_seconds()
        created = sum(r.created for r in results)
        failed = [r.error for r in results if r.error]
        quotes = sum(r.quotes_added for r in results)
        own, workers = own_after - own_before, children_after - children_before
        print(f"imported {created} articles ({quotes} quotes, {len(failed)} failed) "
              f"in {wall:.1f} s: {created / wall:.1f} articles/s")
        print(f"CPU: main process {own:.1f} s, extraction workers {workers:.1f} s; "
              f"{(own + workers) / wall:.2f} cores busy on average")
        print("per worker (CPU s, last seen): "
              + ", ".join(f"{seconds:.1f}" for seconds in per_worker.values()))
        return 1 if failed or created != read else 0


if __name__ == "__main__":
    sys.exit(main())
