"""How an import starts its extraction workers, and how it writes: the fork server loads spaCy
once and starts while the files are still read; WAL checkpoints are rarer while it writes."""

from __future__ import annotations

import sys

import pytest

from homsquotes.core.library import importing
from homsquotes.core.model import ExtractedArticle, Quote


def spacy_was_loaded() -> bool:
    """Run in a worker, as its first task: whether the model is already in memory."""
    from homsquotes.core.extraction.attribution.nlp import get_nlp

    return get_nlp.cache_info().currsize == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers spawn here")
def test_workers_fork_from_a_server_that_already_loaded_spacy() -> None:
    assert importing._worker_context().get_start_method() == "forkserver"
    pool = importing.worker_pool(1)
    try:
        assert pool.submit(spacy_was_loaded).result(timeout=300) is True
    finally:
        pool.shutdown()


def write_articles(folder, count: int) -> list:
    paths = []
    for n in range(count):
        path = folder / f"a{n}.txt"
        path.write_text(f'"We will rebuild bridge number {n}," said Person {n}.', encoding="utf-8")
        paths.append(path)
    return paths


def prepared_without_spacy(texts, parallel):
    for text in texts:
        end = text.index(",") + 2
        yield importing.prepare_article(text, ExtractedArticle(None, [Quote(text[:end], 0, end)]))


@pytest.fixture
def no_real_workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Extraction faked; returns, for each warm-up of the workers, how many files had been
    read by then."""
    read: list[object] = []
    warmed: list[int] = []
    real_read = importing.read_source_articles

    def reading(path):
        read.append(path)
        return real_read(path)

    monkeypatch.setattr(importing, "read_source_articles", reading)
    monkeypatch.setattr(importing, "warm_up_workers", lambda: warmed.append(len(read)))
    monkeypatch.setattr(importing, "_extract_all", prepared_without_spacy)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    return warmed


def test_the_workers_warm_up_as_soon_as_enough_new_articles_are_read(
    lib, tmp_path, no_real_workers
) -> None:
    paths = write_articles(tmp_path, importing.PARALLEL_MIN_ARTICLES + 3)
    assert all(r.created for r in lib.import_files(paths))
    assert no_real_workers == [importing.PARALLEL_MIN_ARTICLES]  # once, before the last file


def test_a_small_import_starts_no_workers(lib, tmp_path, no_real_workers) -> None:
    paths = write_articles(tmp_path, importing.PARALLEL_MIN_ARTICLES - 1)
    assert all(r.created for r in lib.import_files(paths))
    assert no_real_workers == []


def checkpoint_pages(lib) -> int:
    return int(lib.db.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def test_an_import_checkpoints_less_often_while_it_writes(lib, tmp_path, no_real_workers) -> None:
    before = checkpoint_pages(lib)
    seen: list[int] = []
    paths = write_articles(tmp_path, 10)
    lib.import_files(paths, progress=lambda done, total: seen.append(checkpoint_pages(lib)))
    assert before < importing.IMPORT_CHECKPOINT_PAGES
    assert seen[1:] == [importing.IMPORT_CHECKPOINT_PAGES] * 10  # after each written article
    assert checkpoint_pages(lib) == before


def test_the_checkpoint_setting_comes_back_when_an_import_fails(
    lib, tmp_path, no_real_workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = checkpoint_pages(lib)

    def failing(*args, **kwargs):
        raise OSError("the disk is full")

    monkeypatch.setattr(type(lib), "_write_article", failing)
    with pytest.raises(OSError, match="disk is full"):
        lib.import_files(write_articles(tmp_path, 5))
    assert checkpoint_pages(lib) == before
