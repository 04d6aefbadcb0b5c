"""RTF through striprtf: each RTF paragraph (\\par) becomes one paragraph."""

from __future__ import annotations

import re

from homsquotes.core.errors import InputError

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")


def rtf_paragraphs(data: bytes, name: str) -> list[str]:
    from striprtf.striprtf import rtf_to_text

    m = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        # RTF itself is 7-bit; \\'xx escapes are decoded in the file's code page by striprtf.
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except Exception:  # striprtf fails on broken group nesting with assorted errors
        raise InputError(f"{name}: not a readable RTF file (damaged)") from None
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
