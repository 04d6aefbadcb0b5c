"""Reading the files researchers have: PDF, Word (.docx), OpenDocument (.odt), RTF, saved
e-mail and web archives (.eml, .mht), and database exports that hold many articles.

Each reader builds the article text first (paragraphs joined by blank lines) and returns
it as a `SourceArticle`; extraction later runs on exactly that text, so every quote's
offsets point into what the library stores. A file's kind is recognised by its first bytes
(its signature), not only by its name: a PDF saved as .txt is still read as a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from homsquotes.core.model import ArticleMeta

__all__ = ["SourceArticle", "sniff_kind", "DOCUMENT_SUFFIXES"]

# Files a folder import picks up besides .txt, .md and .html.
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".odt", ".rtf", ".eml", ".mht", ".mhtml"}


@dataclass(slots=True)
class SourceArticle:
    """One article read from a file: its text, what the file says about it, the database's
    own id for it (an export's document id, so a re-import finds it) and a note for the user."""

    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    database_id: str | None = None
    note: str | None = None
    english: bool = True  # False: imported with a note and without quotes


def sniff_kind(head: bytes, suffix: str) -> str | None:
    """'pdf', 'zip' (docx/odt), 'rtf', 'ole' (old .doc or encrypted Office) or 'mime', from the
    first bytes; None for anything else (text, HTML, Markdown)."""
    start = head.lstrip(b"\xef\xbb\xbf\r\n\t ")
    # Acrobat accepts "%PDF-" anywhere in the first 1024 bytes; so do we.
    if b"%PDF-" in head[:1024] or start.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if suffix in {".eml", ".mht", ".mhtml"}:
        return "mime"
    return None
