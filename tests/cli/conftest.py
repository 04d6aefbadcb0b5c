"""CLI fixtures: a temporary library holding the seed article, made once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsquotes.cli import main


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library: opening it imports the seed article."""
    db = tmp_path_factory.mktemp("lib") / "library.sqlite"
    assert main(["--db", str(db), "list", "--format", "jsonl"]) == 0
    return db
