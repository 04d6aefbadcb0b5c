"""The window over the synthetic million-quote library: start-up, paging, sorting, search.

    .venv/bin/python benchmarks/bench_table_model.py [--quotes 1000000] [--db PATH] [--runs 3]

Builds the library once (benchmarks/synthetic_library.py; reused from --db or
$HOMSQUOTES_BENCH_LIBRARY). Prints in milliseconds, min / median / max: the main window
shown and its first rows arrived, on a fresh library and at a million quotes; the table
model's id query; pages at random scroll positions; a view scrolled from top to bottom
(never loading every row); each column's sort; the longest the UI thread stalls while a
search is typed a letter at a time (the queries run on a reader thread); and the peak
memory of the process. Runs offscreen; no display needed. Targets (issue 15): no stall
over 50 ms while typing; RSS <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_library  # noqa: E402
from benchlib import BIG_LIBRARY, emit, ms, peak_rss_mb, show, summary  # noqa: E402

TARGET_STALL_MS = 50
TARGET_RSS_MB = 400


def window_times(app: Any, lib: Any) -> tuple[float, float]:
    """Seconds until the main window is shown, and until its rows and sidebars arrived."""
    from homsquotes.ui.window.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow(lib, seed=False)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - start
    while window.model.rowCount() == 0 or window.model.loading or window._reads:
        app.processEvents()
        time.sleep(0.002)
        if lib.count_quotes() == 0 and not window.model.loading and not window._reads:
            break  # an empty library has no rows to wait for
    rows = time.perf_counter() - start
    window.close()
    return shown, rows


def typing_stall(app: Any, lib: Any, word: str) -> tuple[float, float]:
    """While `word` is typed a letter at a time: the longest event-loop turn in CPU seconds
    of the UI thread (the work that blocks it), and in wall seconds (which also counts
    the time the loaded machine gave to other processes)."""
    from homsquotes.ui.window.main_window import MainWindow

    window = MainWindow(lib, seed=False)
    window.show()
    while window.model.loading or window._reads:
        app.processEvents()
        time.sleep(0.002)
    longest_cpu = longest_wall = 0.0
    for n in range(1, len(word) + 1):
        last_cpu, last = time.thread_time(), time.perf_counter()
        window.search.setText(word[:n])  # a keystroke: the filter and its debounce start
        until = last + 0.15
        while time.perf_counter() < until or window.model.loading or window._reads:
            app.processEvents()
            now_cpu, now = time.thread_time(), time.perf_counter()
            longest_cpu = max(longest_cpu, now_cpu - last_cpu)
            longest_wall = max(longest_wall, now - last)
            time.sleep(0.001)
            last_cpu, last = time.thread_time(), time.perf_counter()
    window.close()
    return longest_cpu, longest_wall


def window_session(path: Path) -> None:
    """A user's session in its own process: open the window, search, clear, scroll to the
    end; print the process's peak RSS in MB (the main run keeps many models alive)."""
    from homsquotes.core.library import Library
    from homsquotes.ui.app import create_application
    from homsquotes.ui.window.main_window import MainWindow

    app = create_application()
    with Library.open(path) as lib:
        window = MainWindow(lib, seed=False)
        window.show()
        for text in ("government", "", "peace talks", ""):
            window.search.setText(text)
            deadline = time.perf_counter() + 0.5
            while time.perf_counter() < deadline or window.model.loading or window._reads:
                app.processEvents()
                time.sleep(0.002)
        window.table.scrollToBottom()
        app.processEvents()
        window.close()
    print(peak_rss_mb())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--session", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = args.db or BIG_LIBRARY
    synthetic_library.ensure(path, args.quotes)
    if args.session:
        window_session(path)
        return 0

    from homsquotes.core.library import Library
    from homsquotes.ui.app import create_application
    from homsquotes.ui.qt import QSettings, QStringListModel, Qt
    from homsquotes.ui.views.quote_table_model import COLUMNS, QuoteTableModel
    from homsquotes.ui.views.quote_table_view import QuoteTableView

    app = create_application()
    # The window saves its geometry on close: keep that out of the user's settings.
    settings = tempfile.mkdtemp(prefix="bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    metrics: dict[str, dict] = {}

    def record(label: str, values: list[float], unit: str = "ms", **kw: Any) -> None:
        metrics[label] = summary(values, unit, **kw)
        show(label, metrics[label])

    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "fresh.sqlite") as fresh:
        times = [window_times(app, fresh) for _ in range(args.runs)]
        record("fresh library: window shown", ms([t[0] for t in times]))
        record("fresh library: rows arrived", ms([t[1] for t in times]))

    lib = Library.open(path)
    quotes = lib.count_quotes()
    print(f"library: {path} ({quotes:,} quotes)")
    times = [window_times(app, lib) for _ in range(args.runs)]
    record("1M library: window shown", ms([t[0] for t in times]))
    record("1M library: rows arrived", ms([t[1] for t in times]))

    model_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        model = QuoteTableModel(lib)
        model_times.append(time.perf_counter() - start)
    record("table model: id query (all quotes)", ms(model_times))
    rng = random.Random(1)
    pages = []
    for _ in range(50):
        row = rng.randrange(model.rowCount())
        start = time.perf_counter()
        for column in range(len(COLUMNS)):
            model.index(row, column).data()
        pages.append(time.perf_counter() - start)
    record("table model: random scroll position", ms(pages))

    model = QuoteTableModel(lib)  # nothing cached: the scroll fetches what it shows
    fetched: list[int] = []
    original = lib.quotes_by_ids
    lib.quotes_by_ids = lambda ids: fetched.append(len(ids)) or original(ids)  # type: ignore[method-assign]
    view = QuoteTableView(model, QStringListModel())
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    steps, scroll = 40, []
    for i in range(steps + 1):
        start = time.perf_counter()
        bar.setValue(bar.maximum() * i // steps)
        view.viewport().repaint()
        scroll.append(time.perf_counter() - start)
    lib.quotes_by_ids = original  # type: ignore[method-assign]
    record(
        "view: scroll step to the end + repaint",
        ms(scroll),
        target="never loads every row",
        met=sum(fetched) < quotes,
    )
    print(f"{'':<44} rows fetched scrolling to the end: {sum(fetched):,} of {quotes:,}")
    for column, spec in enumerate(COLUMNS):
        sorts = []
        for _ in range(args.runs):
            start = time.perf_counter()
            model.sort(column, Qt.SortOrder.AscendingOrder)
            model.index(0, 0).data()
            sorts.append(time.perf_counter() - start)
            model.sort(-1)
        record(f"sort by {spec.title.lower()}", ms(sorts))
    view.close()

    stalls = [typing_stall(app, lib, word) for word in ("government", "kalolomi", "peace talks")]
    record(
        "typing a search: longest UI-thread turn (CPU)",
        ms([cpu for cpu, _ in stalls]),
        target=f"<= {TARGET_STALL_MS} ms",
        met=max(cpu for cpu, _ in stalls) * 1000 <= TARGET_STALL_MS,
    )
    record("typing a search: longest UI-thread turn (wall)", ms([w for _, w in stalls]))
    lib.close()
    session = subprocess.run(
        [sys.executable, __file__, "--db", str(path), "--session"],
        capture_output=True, text=True, check=True,
    )
    rss_mb = float(session.stdout.strip().splitlines()[-1])
    record(
        "peak RSS: a window session (search, clear, scroll)",
        [rss_mb],
        "MB",
        target=f"<= {TARGET_RSS_MB} MB",
        met=rss_mb <= TARGET_RSS_MB,
    )
    benchmark_rss = peak_rss_mb()
    record("peak RSS of this benchmark (many models at once)", [benchmark_rss], "MB")
    emit("window", metrics, quotes=quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
