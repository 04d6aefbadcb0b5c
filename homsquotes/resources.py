"""Finding the bundled files in `resources/` (the seed article and its metadata).

The package is installed editable from the repository, so the files live in
``<repo>/resources`` next to the ``homsquotes`` package. ``$HOMSQUOTES_RESOURCES``
overrides the folder (for packagers who move it elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

from homsquotes.core.errors import InputError

SEED_TEXT = "seed-article.txt"
SEED_META = "seed-article.json"


def resources_dir() -> Path:
    """The folder holding the bundled resources."""
    override = os.environ.get("HOMSQUOTES_RESOURCES")
    if override:
        return Path(override)
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir.parent / "resources", package_dir / "resources"):
        if candidate.is_dir():
            return candidate
    raise InputError(f"the bundled resources folder is missing (looked next to {package_dir})")


def resource_path(name: str) -> Path:
    """The path of one bundled file; InputError if it is missing."""
    path = resources_dir() / name
    if not path.is_file():
        raise InputError(f"bundled resource {name} is missing from {path.parent}")
    return path
