"""Word .docx through python-docx: body paragraphs and table cells in order, headings as title
candidates, and the core properties (title, author, created) as metadata."""

from __future__ import annotations

import io

from homsquotes.core.errors import InputError
from homsquotes.core.model import ArticleMeta

# Word fills these in itself; they say nothing about the article.
_PLACEHOLDER_VALUES = {
    "", "untitled", "anonymous", "unknown", "python-docx", "microsoft office user"
}


def docx_paragraphs(data: bytes, name: str) -> tuple[list[str], ArticleMeta]:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises zip, XML and key errors for damaged files alike
        raise InputError(f"{name}: not a readable Word document (damaged, or not .docx)") from None
    paragraphs: list[str] = []
    heading = None
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    paragraphs.extend(p.text.strip() for p in cell.paragraphs if p.text.strip())
            continue
        text = block.text.strip()
        if not text:
            continue
        if heading is None:
            # The raw style id ("Heading1", "Title"): resolving block.style looks up the
            # default style every time and made a 500-article export take seconds.
            style = block._p.style or ""
            if style.startswith("Heading") or style == "Title":
                heading = text
        paragraphs.append(text)
    props = document.core_properties
    title = (props.title or "").strip()
    author = (props.author or "").strip()
    meta = ArticleMeta(
        title=title if title.lower() not in _PLACEHOLDER_VALUES else heading,
        authors=[author] if author.lower() not in _PLACEHOLDER_VALUES else [],
    )
    if props.created is not None:
        meta.published = props.created.date().isoformat()
        meta.published_note = "the date the Word file was created; check the publication date"
    return paragraphs, meta
