"""Finding the bundled files in `homsquotes/data/` (the seed article, its metadata, icons).

They are package data, so they sit next to this module in every form the app takes: a
checkout (editable install), an installed wheel, and the PyInstaller bundle (which
keeps them at ``homsquotes/data`` under its internal folder). ``$HOMSQUOTES_RESOURCES``
overrides the folder (for packagers who move it elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

from homsquotes.core.errors import InputError

SEED_TEXT = "seed-article.txt"
SEED_META = "seed-article.json"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """The folder holding the bundled resources."""
    override = os.environ.get("HOMSQUOTES_RESOURCES")
    if override:
        return Path(override)
    folder = Path(__file__).resolve().parent / "data"
    if not folder.is_dir():
        raise InputError(f"the bundled resources folder {folder} is missing")
    return folder


def resource_path(name: str) -> Path:
    """The path of one bundled file; InputError if it is missing."""
    path = resources_dir() / name
    if not path.is_file():
        raise InputError(f"bundled resource {name} is missing from {path.parent}")
    return path


def icon_paths(app_id: str) -> list[Path]:
    """The app icon's PNG renderings, smallest first (those that exist)."""
    hicolor = resources_dir() / "icons" / "hicolor"
    candidates = (hicolor / f"{n}x{n}" / "apps" / f"{app_id}.png" for n in ICON_SIZES)
    return [path for path in candidates if path.is_file()]
