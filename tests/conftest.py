"""Fixtures every test shares: no test reads or writes the user's own preferences."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOMSQUOTES_CONFIG_DIR", str(tmp_path / "config"))
