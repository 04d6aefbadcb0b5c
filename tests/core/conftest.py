"""Library fixtures for the core tests: a temporary library, integrity-checked at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from homsquotes.core.library import Library
from homsquotes.core.library.testing import integrity


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    """An empty library file; integrity_check must pass after whatever the test did."""
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    assert library.integrity_check() == "ok"
    library.close()
    assert integrity(tmp_path / "lib.sqlite") == "ok"
