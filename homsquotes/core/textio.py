"""Reading article files as text, with one-line errors for every bad input."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from homsquotes.core.errors import InputError
from homsquotes.core.formats import sniff_kind
from homsquotes.core.formats.encoding import decode_legacy, utf16_without_bom

# A news article is rarely above 200 KB; 20 MB is far beyond any real one and
# keeps a mistaken drop of a log file or a dump from exhausting memory.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# A well-formed multi-byte UTF-8 character: evidence the file was written as UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


_DOCUMENT_SIGNATURES = {
    "pdf": "a PDF",
    "zip": "a Word, OpenDocument or zip file",
    "ole": "an old Word or other Office file",
}


def decode_article_bytes(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (BOM dropped, newlines unchanged), rejecting binary and empty input."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_large(name, len(data))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # Windows editors ("Unicode" in Notepad) save UTF-16 with a BOM; its NULs are not binary.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not a text file (broken UTF-16)") from None
        if not text.strip():
            raise InputError(f"{name}: file is empty")
        return text
    document = _DOCUMENT_SIGNATURES.get(sniff_kind(data[:2048], "") or "")
    if document:  # read as text it would be garbage (issue 11: a PDF without early NULs)
        raise InputError(f"{name}: {document}, not a text file; import it from a file")
    utf16 = utf16_without_bom(data)  # Windows tools and exports write it; its NULs are not binary
    if utf16 is not None:
        if not utf16.strip():
            raise InputError(f"{name}: file is empty")
        return utf16
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: not a text file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        # Mostly UTF-8 with a stray byte (common in scraped text) stays UTF-8: cp1252 would
        # turn every “ and ’ of it into mojibake (â€œ) that the extractor cannot read.
        if len(_UTF8_SEQUENCE.findall(data)) <= bad:
            # Windows-1252 is the usual culprit for pasted news text that is not UTF-8;
            # charset-normalizer tells it from the other legacy code pages.
            legacy = decode_legacy(data)
            if legacy is None:
                raise InputError(f"{name}: not a text file (not valid UTF-8)") from None
            text = legacy
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text


def read_article_text(path: str | Path) -> str:
    """Read an article file (or '-' for stdin) as text, raising InputError on any bad input."""
    if str(path) == "-":
        return _read_stdin()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a file")
    if not p.is_file():  # a FIFO would block for ever, a device might never end
        raise InputError(f"{p}: not a regular file (a pipe, device or socket); "
                         "save the article to a file, or pipe it to '-'")
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise _too_large(str(p), size)
        with p.open("rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return decode_article_bytes(data, str(p))


def _read_stdin() -> str:
    """Standard input, with its true size in the "too large" message when it is a file."""
    import os
    import stat

    try:
        info = os.fstat(sys.stdin.buffer.fileno())
    except (AttributeError, OSError, ValueError):  # not backed by a descriptor (tests, IDEs)
        info = None
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size > MAX_ARTICLE_BYTES:
        raise _too_large("stdin", info.st_size)
    data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:  # a pipe: how much more would follow is unknown
        raise InputError(f"stdin: input is too large (more than the "
                         f"{MAX_ARTICLE_BYTES // 1_048_576} MB limit)")
    return decode_article_bytes(data, "stdin")


def _too_large(name: str, size: int) -> InputError:
    megabytes = -(-size // 1_048_576)  # rounded up: 20.1 MB must not read as "20 MB"
    return InputError(f"{name}: file is too large ({megabytes} MB; the limit is "
                      f"{MAX_ARTICLE_BYTES // 1_048_576} MB)")
