"""ProQuest exports (TXT, PDF), from their documented layout.

After a "Report Information from ProQuest" cover and a table of contents, each document
opens with "Document 2 of 14" (between rules of underscores), the headline, "Author:",
"Publication info:", links and "Abstract:", then "Full text:" and the article, then the
index fields: "Subject:", "Title:", "Publication title:", "Publication date:",
"Language of publication:", "ProQuest document ID:", "Document URL:", "Copyright:",
"Database:" and more.
"""

from __future__ import annotations

import re

from homsquotes.core.formats import SourceArticle
from homsquotes.core.formats.exports.fields import byline_authors, labelled, parse_date
from homsquotes.core.formats.exports.nexis import LANGUAGE_CODES
from homsquotes.core.model import ArticleMeta

DOCUMENT_START = re.compile(r"^\s*Document\s+\d+\s+of\s+\d+\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*_{10,}\s*$")
FIELD_LABELS = (
    "author", "publication info", "abstract", "full text", "subject", "location", "people",
    "company / organization", "company", "organization", "title", "publication title",
    "pages", "first page", "publication year", "publication date", "year", "dateline",
    "section", "publisher", "place of publication", "country of publication",
    "publication subject", "issn", "source type", "language of publication", "document type",
    "proquest document id", "document url", "copyright", "last updated", "database",
    "credit", "illustration", "caption", "links", "identifier / keyword",
    "document feature", "accession number", "source attribute", "e-issn", "isbn",
)
_BOILERPLATE = re.compile(
    r"^\s*(proquest document link|contact proquest|copyright ©? ?\d{4} proquest llc\b.*|"
    r"report information from proquest|table of contents)\s*$",
    re.IGNORECASE,
)


def looks_like_proquest(paragraphs: list[str]) -> bool:
    return any(DOCUMENT_START.match(p) for p in paragraphs) and any(
        labelled(p, ("full text", "proquest document id")) for p in paragraphs
    )


def split_proquest(paragraphs: list[str]) -> list[SourceArticle]:
    starts = [i for i, p in enumerate(paragraphs) if DOCUMENT_START.match(p)]
    bounds = zip(starts, [*starts[1:], len(paragraphs)], strict=True)
    articles = [_article(paragraphs[a + 1 : b]) for a, b in bounds]
    return [a for a in articles if a is not None]


def _article(segment: list[str]) -> SourceArticle | None:
    segment = [p for p in segment if not _RULE.match(p) and not _BOILERPLATE.match(p)]
    fields: dict[str, str] = {}
    body: list[str] = []
    in_body = False
    headline = segment[0] if segment and not labelled(segment[0], FIELD_LABELS) else None
    for p in segment[1 if headline else 0 :]:
        pair = labelled(p, FIELD_LABELS)
        if pair and pair[0] == "full text":
            in_body = True
            if pair[1]:
                body.append(pair[1])
        elif pair:
            in_body = False
            fields.setdefault(pair[0], pair[1])
        elif in_body:
            body.append(p)
    if not body:
        return None  # a citation or abstract only: no article text to read
    title = fields.get("title") or headline
    publisher = (fields.get("publication title") or "").split(";")[0].strip() or None
    language = (fields.get("language of publication") or "").strip().lower()
    meta = ArticleMeta(
        title=title,
        publisher=publisher,
        authors=byline_authors(fields.get("author")),
        published=parse_date(fields.get("publication date")),
        language=LANGUAGE_CODES.get(language, language if language else "en"),
    )
    doc_id = fields.get("proquest document id")
    text = "\n\n".join([title, *body]) if title else "\n\n".join(body)
    return SourceArticle(text, meta, f"proquest:{doc_id}" if doc_id else None)
