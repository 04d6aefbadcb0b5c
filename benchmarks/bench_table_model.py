"""How fast the quote table opens, pages and sorts over a library of 1,000,000 quotes.

    .venv/bin/python benchmarks/bench_table_model.py [--quotes 1000000] [--db PATH] [--keep]

Builds the library once with bulk inserts straight into the library's tables (the
extractor is not what is measured here), then prints, in milliseconds: opening the
library, building the model (the id query), fetching pages at random scroll
positions, sorting by each column, filtering by a search, and a view scrolling
from top to bottom. Runs offscreen; no display needed.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUOTES_PER_ARTICLE = 100
SPEAKERS = 20_000
WORDS = (  # noqa: SIM905 - a word list reads better as one string
    "negotiations siege ceasefire regret violence government fighters convoy civilians aid "
    "talks envoy minister statement agreement humanitarian city district rebels army peace"
).split()


def build_library(path: Path, quotes: int) -> None:
    """Bulk-load ``quotes`` rows the fast way: indexes and full-text triggers are set aside
    during the inserts, then rebuilt in one pass each (sorted builds beat a million updates)."""
    from homsquotes.core.library import Library

    with Library.open(path, create=True):
        pass  # creates the schema, indexes, FTS tables and triggers
    rng = random.Random(7)
    now = "2026-11-25T00:00:00+00:00"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    set_aside = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('quotes', 'speakers') "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in set_aside:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    articles = max(1, quotes // QUOTES_PER_ARTICLE)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO speakers (id, name, normalized, type, created_at) "
        "VALUES (?, ?, ?, 'person', ?)",
        ((i, f"Speaker {i:05d}", f"speaker {i:05d}", now) for i in range(1, SPEAKERS + 1)),
    )
    conn.executemany(
        "INSERT INTO articles (id, title, publisher, published, language, text, sha256, "
        "version, imported_at) VALUES (?, ?, 'Bench Daily', '2020-01-01', 'en', ?, ?, 1, ?)",
        (
            (i, f"Article {i:06d} about {rng.choice(WORDS)}", "x" * 50, f"sha-{i}", now)
            for i in range(1, articles + 1)
        ),
    )

    def rows():
        for n in range(quotes):
            article = n // QUOTES_PER_ARTICLE + 1
            start = (n % QUOTES_PER_ARTICLE) * 200
            text = "“" + " ".join(rng.choices(WORDS, k=12)) + f" {n}”"
            yield (
                n + 1,
                article,
                rng.randint(1, SPEAKERS),
                text,
                start,
                start + len(text),
                "direct" if n % 10 else "term",
                f"Role {n % 500}",
                "said",
                "auto" if n % 3 else "verified",
                round(rng.random(), 3),
                now,
                now,
            )

    conn.executemany(
        "INSERT INTO quotes (id, article_id, speaker_id, text, start, end, kind, affiliation, "
        "cue, status, confidence, note, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
        rows(),
    )
    conn.execute("COMMIT")
    for _kind, _name, sql in set_aside:
        conn.execute(sql)
    for table in ("quotes", "speakers"):
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [f"{table}_fts"]).fetchone():
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def window_numbers(app: Any, lib: Any) -> None:
    """The whole main window: time to show it, then until rows and sidebars arrive."""
    from homsquotes.ui.main_window import MainWindow
    from homsquotes.ui.qt import QSettings

    # The window saves its geometry on close: keep that out of the user's settings.
    settings = tempfile.mkdtemp(prefix="bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    t = time.perf_counter()
    window = MainWindow(lib, seed=False)
    window.show()
    app.processEvents()
    print(f"main window shown                    {ms(time.perf_counter() - t)}")
    while window.model.rowCount() == 0 or window.model.loading or window._reads:
        app.processEvents()
        time.sleep(0.002)
    print(f"rows and sidebars arrived            {ms(time.perf_counter() - t)}")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse or create this library file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary library")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="bench-table-")) / "bench.sqlite"

    from homsquotes.core.library import Library, QuoteFilter

    if not path.exists():
        t = time.perf_counter()
        build_library(path, args.quotes)
        print(
            f"built library of {args.quotes:,} quotes      {ms(time.perf_counter() - t)}",
            file=sys.stderr,
        )

    from homsquotes.ui.app import create_application
    from homsquotes.ui.qt import QStringListModel, Qt
    from homsquotes.ui.quote_table_model import COLUMNS, QuoteTableModel
    from homsquotes.ui.quote_table_view import QuoteTableView

    app = create_application()
    t = time.perf_counter()
    lib = Library.open(path)
    open_time = time.perf_counter() - t
    t = time.perf_counter()
    model = QuoteTableModel(lib)
    model_time = time.perf_counter() - t
    rows = model.rowCount()
    t = time.perf_counter()
    model.index(0, 0).data()
    first_page = time.perf_counter() - t

    rng = random.Random(1)
    page_times = []
    for _ in range(50):
        row = rng.randrange(rows)
        t = time.perf_counter()
        for column in range(len(COLUMNS)):
            model.index(row, column).data()
        page_times.append(time.perf_counter() - t)

    view = QuoteTableView(model, QStringListModel())
    view.resize(1200, 700)
    t = time.perf_counter()
    view.show()
    app.processEvents()
    show_time = time.perf_counter() - t
    t = time.perf_counter()
    bar = view.verticalScrollBar()
    steps = 40
    for i in range(steps + 1):
        bar.setValue(bar.maximum() * i // steps)
        view.viewport().repaint()
    scroll_time = (time.perf_counter() - t) / (steps + 1)

    print(f"quotes in library                    {rows:>9,}")
    print(f"open library                         {ms(open_time)}")
    print(f"open model (id query, {rows:,} ids)   {ms(model_time)}")
    print(f"first row (page of 200)              {ms(first_page)}")
    print(f"random scroll position, median       {ms(statistics.median(page_times))}")
    print(f"random scroll position, max          {ms(max(page_times))}")
    print(f"show view                            {ms(show_time)}")
    print(f"scroll step + repaint, mean          {ms(scroll_time)}")
    for column, spec in enumerate(COLUMNS):
        t = time.perf_counter()
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.index(0, 0).data()
        print(f"sort by {spec.title.lower():<28} {ms(time.perf_counter() - t)}")
    for word in ("regret", "negotiations siege", "Speaker 00042"):
        t = time.perf_counter()
        model.set_filter(QuoteFilter(search=word))
        model.index(0, 0).data() if model.rowCount() else None
        print(f"search {word!r:<29} {ms(time.perf_counter() - t)}  ({model.rowCount():,} rows)")
    t = time.perf_counter()
    model.set_filter(QuoteFilter(kind="direct", status="verified"))
    elapsed = ms(time.perf_counter() - t)
    print(f"filter kind+status                   {elapsed}  ({model.rowCount():,} rows)")
    view.close()
    window_numbers(app, lib)
    lib.close()
    if args.db is None and not args.keep:
        for p in path.parent.glob("bench.sqlite*"):
            p.unlink()
        path.parent.rmdir()
    else:
        print(f"library kept at {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
