"""User preferences (the default citation style) in a small JSON file.

The file lives in the platformdirs user config folder, or in $HOMSQUOTES_CONFIG_DIR
when set (tests set it, so they never touch the real home folder). A missing or
unreadable file means "all defaults": preferences are never worth an error dialog.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from homsquotes.appinfo import ORGANISATION
from homsquotes.core.errors import HomsquotesError

DEFAULT_STYLE = "apa"
_FILE_NAME = "preferences.json"


def config_dir() -> Path:
    override = os.environ.get("HOMSQUOTES_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir(ORGANISATION, appauthor=False))


def preferences_path() -> Path:
    return config_dir() / _FILE_NAME


def load_preferences() -> dict[str, Any]:
    try:
        data = json.loads(preferences_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_preferences(prefs: dict[str, Any]) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path = preferences_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(prefs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise HomsquotesError(f"cannot save preferences to {path}: {exc.strerror or exc}") from exc


def get_default_style() -> str:
    style = load_preferences().get("citation_style")
    return style if isinstance(style, str) and style.strip() else DEFAULT_STYLE


def set_default_style(style: str) -> str:
    """Check the style exists (CitationError if not), store it and return its normalised name."""
    from homsquotes.core.citations import resolve_style

    name = resolve_style(style).name
    prefs = load_preferences()
    prefs["citation_style"] = name
    save_preferences(prefs)
    return name


# --- the window's preferences (Preferences dialog) ----------------------------------------------

THEMES = ("system", "light", "dark")
# name -> (default, check): a stored value that fails its check reads as the default.
WINDOW_DEFAULTS: dict[str, tuple[Any, Any]] = {
    "review_threshold": (0.9, lambda v: isinstance(v, int | float) and 0 <= v <= 1),
    "font_size": (0, lambda v: isinstance(v, int) and (v == 0 or 6 <= v <= 32)),  # 0: system
    "theme": ("system", lambda v: v in THEMES),
    "backup_count": (5, lambda v: isinstance(v, int) and 0 <= v <= 100),
}


def get_preference(name: str) -> Any:
    """One window preference (see WINDOW_DEFAULTS), its default when unset or invalid."""
    default, valid = WINDOW_DEFAULTS[name]
    value = load_preferences().get(name, default)
    return value if not isinstance(value, bool) and valid(value) else default


def set_preferences(values: dict[str, Any]) -> None:
    """Store several window preferences at once; InputError for a value out of range."""
    from homsquotes.core.errors import InputError

    prefs = load_preferences()
    for name, value in values.items():
        if name not in WINDOW_DEFAULTS:
            raise InputError(f"unknown preference {name!r}")
        if isinstance(value, bool) or not WINDOW_DEFAULTS[name][1](value):
            raise InputError(f"preference {name}: {value!r} is not allowed")
        prefs[name] = value
    save_preferences(prefs)
