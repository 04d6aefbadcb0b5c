"""Copy quotes as formatted citations, as text/plain and text/html together.

Word processors take the HTML (italics where the style wants them); plain-text
editors take the text. Formatting itself is homsquotes.core.citations, loaded on
first use so it never delays the window's start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from homsquotes.ui.qt import QGuiApplication, QMimeData

ArticleMetaLookup = Callable[[int], Any]


def citation_texts(
    quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str
) -> tuple[str, str]:
    """Plain text and HTML for the quotes, one citation per paragraph."""
    from homsquotes.core.citations import cite_quote, join_citations

    # join_citations numbers notes 1, 2, 3 in note styles (Chicago) instead of repeating 1.
    return join_citations(
        [cite_quote(q, article_meta(q["article_id"]), style=style) for q in quotes]
    )


def citation_mime(quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str) -> QMimeData:
    plain, rich = citation_texts(quotes, article_meta, style)
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(f"<html><body>{rich}</body></html>")
    return mime


def copy_citations(quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str) -> None:
    QGuiApplication.clipboard().setMimeData(citation_mime(quotes, article_meta, style))


def default_style() -> str:
    from homsquotes.core.preferences import get_default_style

    return get_default_style()


def style_choices() -> list[tuple[str, str]]:
    """(style name, menu label) for every style the citation core offers."""
    from homsquotes.core.citations import available_styles

    return [
        (s["name"], f"{s['title']} ({s['name']})" if s.get("title") else s["name"])
        for s in available_styles()
    ]


SHORT_STYLE_NAMES = {
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago": "Chicago notes",
    "chicago-author-date": "Chicago author-date",
    "harvard": "Harvard",
}


def style_label(style: str) -> str:
    """A short name for the status bar: "APA 7", or a .csl file's own name."""
    from pathlib import Path

    return SHORT_STYLE_NAMES.get(style, Path(style).stem if style.endswith(".csl") else style)
