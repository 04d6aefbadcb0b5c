"""Article metadata as a CSL-JSON item (the form citeproc, Zotero and pandoc read)."""

from __future__ import annotations

import re
from typing import Any

from homsquotes.core.citations.names import clean_name_parts, parse_name
from homsquotes.core.model import ArticleMeta

# Order in which missing facts are reported to the user.
CHECKED_FIELDS = ("title", "publisher", "date", "url", "author")

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
def date_parts(value: str | None) -> dict[str, Any] | None:
    """'2014-04-17' -> {'date-parts': [[2014, 4, 17]]}; also 'YYYY' and 'YYYY-MM'."""
    m = _ISO_DATE.match(value or "")
    if not m:
        return None
    parts = [int(p) for p in m.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        parts = parts[:1]
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        parts = parts[:2]
    return {"date-parts": [parts]}


def csl_name(name: str) -> dict[str, str]:
    """'Jane Smith' or 'Smith, Jane' -> {'family': 'Smith', 'given': 'Jane'} (see names.py)."""
    return parse_name(name)


def csl_authors(meta: ArticleMeta) -> list[dict[str, str]]:
    """The authors' CSL names: the stored parts when there are some, else parsed from text."""
    if meta.author_names:
        names = [clean_name_parts(n) for n in meta.author_names]
    else:
        names = [parse_name(a) for a in meta.authors if a and a.strip()]
    return [n for n in names if n]


def article_to_csl(meta: ArticleMeta, item_id: str = "article") -> dict[str, Any]:
    """A CSL-JSON item of type article-newspaper; unknown fields are left out, not blank."""
    item: dict[str, Any] = {"id": item_id, "type": "article-newspaper"}
    if meta.title:
        item["title"] = meta.title.strip()
    if meta.publisher:
        item["container-title"] = meta.publisher.strip()
    if meta.short_title and meta.short_title.strip():
        item["title-short"] = meta.short_title.strip()
    authors = csl_authors(meta)
    if authors:
        item["author"] = authors
    issued = date_parts(meta.published)
    if issued:
        item["issued"] = issued
    if meta.url:
        item["URL"] = meta.url.strip()
    accessed = date_parts(meta.accessed)
    if accessed:
        item["accessed"] = accessed
    if meta.standfirst:
        item["abstract"] = meta.standfirst.strip()
    if meta.language:
        item["language"] = meta.language
    return item


def missing_metadata(meta: ArticleMeta) -> list[str]:
    """What a citation of this article lacks: any of title, publisher, date, url, author."""
    present = {
        "title": bool(meta.title and meta.title.strip()),
        "publisher": bool(meta.publisher and meta.publisher.strip()),
        "date": date_parts(meta.published) is not None,
        "url": bool(meta.url and meta.url.strip()),
        "author": bool(csl_authors(meta)),
    }
    return [f for f in CHECKED_FIELDS if not present[f]]
