"""One file in, its articles out: the format by signature, the reader, the export splitter and
the language check, in that order."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from homsquotes.core.errors import InputError
from homsquotes.core.formats import SourceArticle, sniff_kind
from homsquotes.core.formats.exports import split_export
from homsquotes.core.formats.language import detect_language, is_english
from homsquotes.core.model import ArticleMeta

# A PDF or Word export of 500 articles with pictures runs to tens of megabytes; the text
# they hold stays far below the 20 MB text limit.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_PLACEHOLDERS = {"untitled", "anonymous", "unknown", "unspecified", "microsoft word"}


def sniff_file(path: str | Path) -> str | None:
    """The document kind of a regular file by its first bytes (see `sniff_kind`), else None
    (stdin, text, missing files and FIFOs are left to the text reader and its errors)."""
    if str(path) == "-":
        return None
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return None
    return sniff_kind(head, Path(path).suffix.lower())


def read_document(path: str | Path, kind: str) -> list[SourceArticle]:
    """The articles in a PDF, Word, OpenDocument, RTF or MIME file (kind from sniff_file)."""
    return read_document_bytes(_read_bytes(Path(path)), kind, str(path))


def read_document_bytes(data: bytes, kind: str, name: str) -> list[SourceArticle]:
    """The articles in a document's bytes (kind from sniff_kind); `name` is for messages."""
    if kind == "pdf":
        from homsquotes.core.formats.pdf import pdf_paragraphs

        paragraphs, info = pdf_paragraphs(data, name)
        meta = ArticleMeta(
            title=_real(info.get("Title")),
            authors=_listed(info.get("Author")),
            url=info.get("URL"),  # from a browser's print footer
        )
        return articles_from_paragraphs(paragraphs, meta, name)
    if kind == "zip":
        return _read_zip(data, name)
    if kind == "ole":
        raise InputError(
            f"{name}: an old Word .doc file or a password-protected Office file; open it in "
            "Word or LibreOffice, save it as .docx without a password, and import that"
        )
    if kind == "rtf":
        from homsquotes.core.formats.rtf import rtf_paragraphs

        return articles_from_paragraphs(rtf_paragraphs(data, name), ArticleMeta(), name)
    if kind == "mime":
        return _read_mime(data, name)
    raise InputError(f"{name}: unknown file format")


def read_text_bytes(data: bytes, name: str, suffix: str) -> list[SourceArticle]:
    """The articles of a text, Markdown or HTML file's bytes (one inside an archive)."""
    from homsquotes.core.library.sources import (
        HTML_SUFFIXES,
        MARKDOWN_SUFFIXES,
        _markdown_to_text,
    )
    from homsquotes.core.textio import decode_article_bytes

    text = decode_article_bytes(data, name)
    if suffix in HTML_SUFFIXES:
        return articles_from_html(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        return articles_from_text(*_markdown_to_text(text), name)
    return articles_from_text(text, ArticleMeta(), name)


def articles_from_paragraphs(
    paragraphs: list[str], meta: ArticleMeta, name: str
) -> list[SourceArticle]:
    """The export's articles, or the whole document as one article (paragraphs joined by blank
    lines, which is the text stored and extracted from)."""
    if not paragraphs:
        raise InputError(f"{name}: no text found in the file")
    vendor, articles = split_export(paragraphs)
    if articles:
        return [check_language(a) for a in articles]
    note = None
    if vendor:
        note = (
            f"this file looks like a {vendor} export, but its layout was not recognised, so it "
            "was imported as one article (export boilerplate included)"
        )
    return [check_language(SourceArticle("\n\n".join(paragraphs), meta, note=note))]


def articles_from_html(
    html: str, name: str, meta: ArticleMeta | None = None
) -> list[SourceArticle]:
    """An HTML export's articles (Factiva saves HTML), else the page's article through
    trafilatura, with `meta` (from an e-mail's headers) over the page's own metadata."""
    from homsquotes.core.library.sources import _html_to_text, merge_meta

    vendor, articles = split_export(html_paragraphs(html))
    if articles:
        return [check_language(a) for a in articles]
    text, page_meta = _html_to_text(html, name)
    return articles_from_text(text, merge_meta(page_meta, meta), name)


def articles_from_text(text: str, meta: ArticleMeta, name: str) -> list[SourceArticle]:
    """A text file's articles: an export in plain text is split; any other text is one
    article and keeps its text exactly as read."""
    vendor, articles = split_export(text_paragraphs(text))
    if articles:
        return [check_language(a) for a in articles]
    note = None
    if vendor:
        note = (
            f"this file looks like a {vendor} export, but its layout was not recognised, so it "
            "was imported as one article (export boilerplate included)"
        )
    return [check_language(SourceArticle(text, meta, note=note))]


def check_language(article: SourceArticle) -> SourceArticle:
    """Mark an article that is not in English: it is imported with a note and no quotes."""
    guess = detect_language(article.text)
    declared = (article.meta.language or "en").lower()
    if guess is None and declared not in ("en", "") and not declared.startswith("en-"):
        from homsquotes.core.formats.language import LANGUAGE_NAMES, LanguageGuess

        guess = LanguageGuess(declared, 0.0) if declared in LANGUAGE_NAMES else None
    if is_english(guess):
        return article
    assert guess is not None
    article.meta.language = guess.code
    article.english = False
    note = (
        f"written in {guess.name}, not English: imported without quotes, because homsquotes "
        "finds quotations in English text only"
    )
    article.note = f"{article.note}; {note}" if article.note else note
    return article


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain-text export: each line on its own, except blocks of long
    hard-wrapped lines, which are joined (old exports wrap body text at 70-80 columns)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        wrapped = len(lines) >= 3 and sum(55 <= len(line) <= 82 for line in lines[:-1]) >= 0.8 * (
            len(lines) - 1
        )
        out.extend([" ".join(lines)] if wrapped else lines)
    return out


def html_paragraphs(html: str) -> list[str]:
    """Block-level text of an HTML page, one paragraph per block, scripts and styles left out."""
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    return [p for p in (" ".join(b.split()) for b in parser.blocks) if p]


class _BlockText(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "table", "section", "article", "header", "footer", "blockquote", "pre", "hr"}
    _HIDDEN = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.blocks[-1] += data


def _read_zip(data: bytes, name: str) -> list[SourceArticle]:
    import io
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a readable Word or OpenDocument file (damaged)") from None
    reader: Callable[[bytes, str], tuple[list[str], ArticleMeta]]
    if "word/document.xml" in names:
        from homsquotes.core.formats.word import docx_paragraphs as reader
    elif "content.xml" in names:
        from homsquotes.core.formats.odt import odt_paragraphs as reader
    else:
        raise InputError(f"{name}: a zip archive with no article files in it")
    paragraphs, meta = reader(data, name)
    return articles_from_paragraphs(paragraphs, meta, name)


def _read_mime(data: bytes, name: str) -> list[SourceArticle]:
    from homsquotes.core.formats.mail import mime_article

    content, meta, is_html = mime_article(data, name)
    if not is_html:
        return articles_from_text(content, meta, name)
    return articles_from_html(content, name, meta)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"{path}: file is too large ({-(-size // 1_048_576)} MB; the limit for documents "
                f"is {MAX_DOCUMENT_BYTES // 1_048_576} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _real(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value and value.lower() not in _PLACEHOLDERS else None


def _listed(value: str | None) -> list[str]:
    value = _real(value)
    return [a.strip() for a in re.split(r";|\band\b", value) if a.strip()] if value else []
