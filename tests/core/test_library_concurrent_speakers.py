"""Two imports at once give the same speakers as one import of both (issue 11, item 8)."""

from __future__ import annotations

from homsquotes.core.library import Library
from homsquotes.core.model import ArticleMeta


def test_two_connections_importing_the_same_speaker_share_it(tmp_path) -> None:
    path = tmp_path / "library.sqlite"
    first, second = Library.open(path), Library.open(path)
    try:
        # Both have their speaker index loaded before the other writes.
        first.import_text('"We start today," Joe Biden said.\n', ArticleMeta(title="a"))
        second.import_text('"We go on," Kamala Harris said.\n', ArticleMeta(title="b"))
        first.import_text('"We will win," Donald Trump said.\n', ArticleMeta(title="c"))
        second.import_text('"They will lose," Donald Trump said.\n', ArticleMeta(title="d"))
        names = [s["name"] for s in first.speakers()]
    finally:
        first.close()
        second.close()
    assert names.count("Donald Trump") == 1
