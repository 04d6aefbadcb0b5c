"""PDF text through PDFium (pypdfium2, BSD/Apache): lines with their positions, in the order
the PDF draws them, then `pdf_layout` turns them into paragraphs without running headers,
footers and page numbers."""

from __future__ import annotations

import threading

from homsquotes.core.errors import InputError
from homsquotes.core.formats.pdf_layout import Line, paragraphs_from_pages, printed_url

# PDFium is not thread-safe, and the window imports from a worker thread.
_PDFIUM_LOCK = threading.Lock()
# Below this many letters per page a PDF is a scan (or only pictures), not text.
MIN_LETTERS_PER_PAGE = 20


def pdf_paragraphs(data: bytes, name: str) -> tuple[list[str], dict[str, str]]:
    """The paragraphs of a PDF and its document information (Title, Author, CreationDate...)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise InputError(
                    f"{name}: the PDF is password-protected; remove the password and import it "
                    "again"
                ) from None
            raise InputError(f"{name}: not a readable PDF (damaged or incomplete file)") from None
        try:
            pages = [_page_lines(document[i]) for i in range(len(document))]
            info = _document_info(document)
        except pdfium.PdfiumError:
            raise InputError(f"{name}: not a readable PDF (damaged or incomplete file)") from None
        finally:
            document.close()
    letters = sum(ch.isalpha() for page in pages for line in page for ch in line.text)
    if not pages or letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise InputError(f"{name}: this PDF has no text layer; run OCR first")
    if unreadable_share("".join(line.text for page in pages for line in page)) > 0.3:
        raise InputError(
            f"{name}: this PDF's text layer is unreadable (its fonts map no letters); "
            "run OCR first"
        )
    url = printed_url(pages)
    if url:
        info = {**info, "URL": url}
    return paragraphs_from_pages(pages), info


def unreadable_share(text: str) -> float:
    """The share of non-space characters that are no letters a reader would know: private-use
    code points, U+FFFD and control characters, which fonts without a Unicode map produce."""
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    bad = sum(
        ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or (ord(ch) < 32 and ch != "\x02")
        for ch in visible
    )
    return bad / len(visible)


def _page_lines(page) -> list[Line]:
    """The page's text lines, each with its box (PDF points, y upwards)."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        width, height = page.get_size()
        lines: list[Line] = []
        start = 0
        # PDFium ends each line with "\r\n", two characters that count in its char indices.
        for raw in text.split("\r\n"):
            # PDFium writes a word hyphenated at a line end as "inter\ufffenational", with no
            # line break: split there again, so each printed line keeps its own box.
            pieces = raw.split("\ufffe")
            offset = start
            for n, piece in enumerate(pieces):
                piece_text = piece + ("\ufffe" if n < len(pieces) - 1 else "")
                line = _line(textpage, piece_text, offset, width, height)
                if line is not None:
                    lines.append(line)
                offset += len(piece_text)
            start += len(raw) + 2
        return lines
    finally:
        textpage.close()
        page.close()


def _line(textpage, text: str, start: int, width: float, height: float) -> Line | None:
    """The line `text`, which begins at char index `start`, with its box; None if blank."""
    stripped = text.strip()
    if not stripped:
        return None
    first = start + (len(text) - len(text.lstrip()))
    last = start + len(text.rstrip()) - 1
    # Loose boxes span the font's ascent to descent, the same for every letter.
    left, bottom, _, top = textpage.get_charbox(first, loose=True)
    _, _, right, _ = textpage.get_charbox(last, loose=True)
    return Line(stripped, left, bottom, right, top, width, height)


def _document_info(document) -> dict[str, str]:
    try:
        return {k: v for k, v in document.get_metadata_dict(skip_empty=True).items() if v}
    except Exception:  # a broken info dictionary is not worth failing the import for
        return {}
