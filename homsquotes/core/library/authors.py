"""An article's authors as the library keeps them: display names plus CSL name parts.

``articles.authors`` stays a JSON list of names as typed (what lists and exports show);
``articles.author_names`` holds each one's parts (family, given, particles, suffix or a
literal), parsed once when the names arrive and then only changed by the user.
"""

from __future__ import annotations

import json
from typing import Any

# homsquotes.core.citations.names is imported where it is used: importing it runs the
# citations package, which loads citeproc-py (~40 ms), and `list` only reads.


def parsed_authors(authors: list[str]) -> list[dict[str, str]]:
    from homsquotes.core.citations.names import parse_name

    return [parse_name(a) for a in authors if a and a.strip()]


def author_names_json(authors: list[str]) -> str:
    return json.dumps(parsed_authors(authors), ensure_ascii=False)


def author_columns(
    authors: list[str] | None = None, author_names: list[dict[str, Any]] | None = None
) -> dict[str, str]:
    """The two columns for new authors: from name parts when given, else parsed from names."""
    from homsquotes.core.citations.names import clean_name_parts, display_name

    if author_names is not None:
        names = [n for n in (clean_name_parts(n) for n in author_names) if n]
        display = [display_name(n) for n in names]
    else:
        display = [" ".join(a.split()) for a in authors or [] if a and a.strip()]
        names = parsed_authors(display)
    return {"authors": json.dumps(display, ensure_ascii=False),
            "author_names": json.dumps(names, ensure_ascii=False)}


def decode_author_names(value: str | None, authors: list[str]) -> list[dict[str, str]]:
    """Stored parts, or parts parsed now when the column is empty or out of step."""
    from homsquotes.core.citations.names import clean_name_parts

    names = json.loads(value) if value else None
    if not isinstance(names, list) or len(names) != len(authors):
        return parsed_authors(authors)
    return [clean_name_parts(n) for n in names]
