"""Telling legacy encodings apart (charset-normalizer): UTF-16 without a byte-order mark,
and the Windows and ISO code pages older systems and databases export."""

from __future__ import annotations

# Of the two bytes of a UTF-16 code unit for Latin text one is NUL; in binary files NULs
# fall anywhere. This share of NULs at even (or odd) positions, and (almost) none at the
# others, is UTF-16 text.
_UTF16_NUL_SHARE = 0.3


def utf16_without_bom(data: bytes) -> str | None:
    """The text, if `data` is UTF-16 (little- or big-endian) without a BOM; else None."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # A few NULs on the other side come from characters such as U+0100 ("Ā").
    if odd >= _UTF16_NUL_SHARE and even <= 0.02:
        codec = "utf-16-le"
    elif even >= _UTF16_NUL_SHARE and odd <= 0.02:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096])
    return text if printable >= 0.95 * min(len(text), 4096) else None


def decode_legacy(data: bytes) -> str | None:
    """Text in a single-byte legacy encoding, as charset-normalizer judges it; None if it finds
    none. Western European text is read as Windows-1252, a superset of Latin-1 in all its
    printable characters (the curly quotes of pasted news text live at 0x91-0x94)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    western = {"cp1252", "latin_1", "iso8859_15", "mac_roman"}
    if best.encoding in western:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
