"""Copy quotes as formatted citations, as text/plain and text/html together.

Word processors take the HTML (italics where the style wants them); plain-text
editors take the text. Formatting itself is homsquotes.core.citations.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from homsquotes.ui.qt import QGuiApplication, QMimeData

ArticleMetaLookup = Callable[[int], Any]


def citation_texts(
    quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str | None
) -> tuple[str, str]:
    """Plain text and HTML for the quotes, one citation per paragraph."""
    try:
        from homsquotes.core.citations import cite_quote
    except ImportError:  # citations not built yet: quote, speaker and article title
        return _fallback(quotes, article_meta)
    plain, rich = [], []
    for q in quotes:
        meta = article_meta(q["article_id"])
        c = cite_quote(q, meta, style=style or "apa")
        plain.append(c.text)
        rich.append(f"<div>{c.html}</div>")
    return "\n\n".join(plain), "\n".join(rich)


def _fallback(quotes: Sequence[dict], article_meta: ArticleMetaLookup) -> tuple[str, str]:
    plain, rich = [], []
    for q in quotes:
        meta = article_meta(q["article_id"])
        title = getattr(meta, "title", None) or q.get("article_title") or ""
        who = ", ".join(x for x in (q.get("speaker"), q.get("affiliation")) if x)
        text = q["text"].strip()
        plain.append(
            " ".join(
                x for x in (text, f"— {who}" if who else "", f"({title})" if title else "") if x
            )
        )
        rich.append(
            f"<p>{html.escape(text)}"
            + (f" — {html.escape(who)}" if who else "")
            + (f" (<i>{html.escape(title)}</i>)" if title else "")
            + "</p>"
        )
    return "\n\n".join(plain), "\n".join(rich)


def citation_mime(
    quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str | None
) -> QMimeData:
    plain, rich = citation_texts(quotes, article_meta, style)
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(f"<html><body>{rich}</body></html>")
    return mime


def copy_citations(
    quotes: Sequence[dict], article_meta: ArticleMetaLookup, style: str | None
) -> None:
    QGuiApplication.clipboard().setMimeData(citation_mime(quotes, article_meta, style))


def default_style() -> str:
    try:
        from homsquotes.core.preferences import get_default_style
    except ImportError:
        return "apa"
    return get_default_style()


def style_choices() -> list[tuple[str, str]]:
    """(style id, label) for the context menu: every style the citation core offers."""
    try:
        from homsquotes.core.citations import available_styles
    except ImportError:
        return []
    styles = available_styles()
    if isinstance(styles, dict):
        return [(k, str(v)) for k, v in styles.items()]
    out = []
    for s in styles:
        if isinstance(s, dict):
            name = str(s.get("name") or s.get("csl"))
            title = s.get("title")
            out.append((name, f"{title} ({name})" if title else name))
        elif isinstance(s, (tuple, list)) and len(s) >= 2:
            out.append((str(s[0]), str(s[1])))
        else:
            out.append((str(s), str(s)))
    return out
