"""Import runs off the UI thread: the event loop keeps turning while articles are extracted."""

from __future__ import annotations

import time

from homsquotes.core.library import QuoteFilter
from homsquotes.ui.qt import QTimer

ARTICLE = """{title}

The minister of {place} said on Tuesday that talks would continue. "We will not give up on the
negotiations, whatever happens in the next few days," Minister {name} told reporters in the capital.

Residents described the situation as grim. "There is no bread, no water and no electricity
in {place}," said {resident}, a teacher who fled last week.

A spokesperson for the aid agency added: "Access for humanitarian convoys remains blocked."
"""


def write_articles(folder, count):
    paths = []
    for i in range(count):
        path = folder / f"article-{i}.txt"
        path.write_text(
            ARTICLE.format(
                title=f"Talks continue in region {i}",
                place=f"Province {i}",
                name=f"Name{i} Surname{i}",
                resident=f"Resident{i} Person{i}",
            ),
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def test_import_keeps_the_ui_responsive(window, lib, qtbot, tmp_path):
    before_articles = len(lib.articles())
    paths = write_articles(tmp_path, 12)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    bar = window.jobs.progress
    shown: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: shown.append((value, bar.maximum())))
    start = time.perf_counter()
    job = window.import_files(paths)
    assert window.jobs.progress.isVisible() and window.jobs.cancel_button.isVisible()
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=120_000)
    elapsed = time.perf_counter() - start
    timer.stop()

    assert len(lib.articles()) == before_articles + len(paths)
    assert window.articles.count() == before_articles + len(paths) + 1  # refreshed, plus "All"
    assert window.model.rowCount() == lib.count_quotes(QuoteFilter())
    # The timer fired all through the import, never stalled for long.
    assert len(ticks) >= max(3, elapsed / 0.02 * 0.1)
    gaps = [b - a for a, b in zip([start, *ticks], ticks, strict=False)]
    # Generous bound for shared CI machines; a blocked UI would stall for the whole import.
    assert max(gaps) < 1.0
    # The bar moved article by article, never backwards, up to all of them.
    counted = [value for value, maximum in shown if maximum == len(paths)]
    assert len(set(counted)) > 2
    assert counted == sorted(counted) and counted[-1] == len(paths)


def test_import_can_be_cancelled(window, lib, qtbot, tmp_path):
    before = len(lib.articles())
    paths = write_articles(tmp_path, 30)
    job = window.import_files(paths)
    window.jobs.cancel_all()
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=120_000)
    assert len(lib.articles()) < before + len(paths)


def test_jobs_share_the_window_library_instead_of_opening_another(
    window, lib, qtbot, tmp_path, monkeypatch
):
    # A second connection opened in-process drops SQLite's POSIX locks (see workers.py).
    from homsquotes.core.library import Library

    opened = []
    monkeypatch.setattr(Library, "open", classmethod(lambda cls, *a, **k: opened.append(a)))
    job = window.import_files(write_articles(tmp_path, 2))
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=60_000)
    assert opened == []
    assert window.articles.count() == len(lib.articles()) + 1


def test_unreadable_files_are_reported_in_one_dialog(window, lib, qtbot, tmp_path, monkeypatch):
    from homsquotes.ui.dialogs import basic as dialogs

    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, message, title="": shown.append(message)
    )
    good = write_articles(tmp_path, 1)
    binary = tmp_path / "broken.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 64)
    before = len(lib.articles())
    job = window.import_files([*good, str(binary)])
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=60_000)
    assert len(lib.articles()) == before + 1
    assert len(shown) == 1 and "broken.txt" in shown[0] and "\n" not in shown[0]
