"""Import writes extracted articles in batches (fewer commits, less written to disk)."""

from __future__ import annotations

from homsquotes.core.library import importing
from homsquotes.core.model import ExtractedArticle, Quote


def article(n: int) -> ExtractedArticle:
    return ExtractedArticle(
        title=f"Article {n}",
        quotes=[Quote(text=f'"Quote number {n},"', start=0, end=len(f'"Quote number {n},"'))],
    )


def test_batches_fill_up_to_the_maximum_when_articles_are_ready():
    items = list(range(19))  # MAX_BATCH_ARTICLES is 8
    stream = iter([article(i) for i in items])
    batches = list(importing._write_batches(items, stream, max_delay=3600))
    assert [len(b) for b in batches] == [8, 8, 3]
    assert [item for b in batches for item, _ in b] == items


def test_without_a_delay_every_article_is_written_at_once():
    items = list(range(3))
    stream = iter([None, article(0), None, article(1), article(2)])
    batches = list(importing._write_batches(items, stream, max_delay=0.0))
    assert [[item for item, _ in b] for b in batches] == [[0], [1], [2]]


def test_a_not_yet_only_flushes_a_batch_that_waited_long_enough():
    items = list(range(2))
    stream = iter([article(0), None, None, article(1)])
    batches = list(importing._write_batches(items, stream, max_delay=3600))
    assert [[item for item, _ in b] for b in batches] == [[0, 1]]


def test_chunks_are_small_for_small_imports_and_capped_for_large_ones():
    assert importing.chunk_size(4) == 1
    assert importing.chunk_size(16) == 2
    assert importing.chunk_size(840) == importing.MAX_CHUNK_SIZE


def test_tasks_cover_every_text_in_order_and_a_long_text_is_a_task_of_its_own():
    short, long = "x" * 1000, "y" * importing.MAX_CHUNK_CHARS
    texts = [short] * 300 + [long] + [short] * 5
    bounds = importing.chunk_bounds(texts)
    assert [i for start, end in bounds for i in range(start, end)] == list(range(len(texts)))
    assert all(end - start <= importing.MAX_CHUNK_SIZE for start, end in bounds)
    assert (300, 301) in bounds  # the long text
    assert all(
        sum(len(t) for t in texts[start:end]) <= importing.MAX_CHUNK_CHARS
        for start, end in bounds
    )


def test_an_import_of_ready_articles_commits_once_per_batch(lib, tmp_path, monkeypatch):
    paths = []
    for n in range(10):
        path = tmp_path / f"a{n}.txt"
        path.write_text(f'"Quote number {n}," said Person {n}.', encoding="utf-8")
        paths.append(path)

    def already_extracted(texts, parallel):
        for n, text in enumerate(texts):
            yield importing.prepare_article(text, article(n))

    monkeypatch.setattr(importing, "_extract_all", already_extracted)
    monkeypatch.setattr(importing, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    seen: list[tuple[int, int]] = []
    commits = lib._writes
    results = lib.import_files(paths, progress=lambda done, total: seen.append((done, total)))
    assert [r.created for r in results] == [True] * 10
    assert lib._writes - commits == 2  # 8 + 2 articles
    assert seen == [(0, 10)] + [(n, 10) for n in range(1, 11)]
    assert lib.count_articles() == 10
