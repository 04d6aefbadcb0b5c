"""Import progress moves per article as each is extracted, not per chunk of articles."""

from __future__ import annotations

import homsquotes.core.library.importing as importing
from homsquotes.core.library import Library

ARTICLE = 'Heading\n\n"We will rebuild the bridge," the minister said on Monday.\n'


def write_articles(folder, count: int) -> list:
    paths = []
    for i in range(count):
        path = folder / f"{i}.txt"
        path.write_text(f"Story number {i}\n\n{ARTICLE}", encoding="utf-8")
        paths.append(path)
    return paths


def test_progress_moves_before_the_last_article_is_extracted(tmp_path, monkeypatch):
    events: list[tuple] = []
    original = importing.extract_chunk

    def spy(texts):
        events.append(("extract", len(texts)))
        return original(texts)

    monkeypatch.setattr(importing, "extract_chunk", spy)
    paths = write_articles(tmp_path, 3)  # fewer than PARALLEL_MIN_ARTICLES: in this process
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.import_files(paths, progress=lambda done, total: events.append(("progress", done)))
    last_extract = max(i for i, e in enumerate(events) if e[0] == "extract")
    first_advance = min(i for i, e in enumerate(events) if e == ("progress", 1))
    assert first_advance < last_extract
    assert [e for e in events if e[0] == "progress"] == [("progress", n) for n in range(4)]


def test_parallel_import_reports_progress_per_article_monotonically(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "PARALLEL_MIN_ARTICLES", 2)
    paths = write_articles(tmp_path, 5)
    already = paths[0].read_text(encoding="utf-8")
    calls: list[tuple[int, int]] = []
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.import_text(already)  # known texts count as done before extraction starts
        results = lib.import_files(paths, progress=lambda done, total: calls.append((done, total)))
        assert lib.count_articles() == 5
    assert len(results) == 5 and all(r.error is None for r in results)
    assert {total for _done, total in calls} == {5}
    dones = [done for done, _total in calls]
    assert dones == sorted(dones) and len(set(dones)) == len(dones)  # monotonic, no repeats
    assert dones == [1, 2, 3, 4, 5]  # once up front, then once per extracted article
