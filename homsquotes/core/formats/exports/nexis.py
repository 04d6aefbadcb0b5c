"""Nexis Uni and LexisNexis exports (DOCX, RTF, PDF, TXT), from their documented layout.

Nexis Uni writes a cover page (user, job number, search terms, a list of the documents),
then for each document: the headline, the publication, the date (with a weekday), an
optional edition and copyright line, labelled fields (Section:, Length:, Byline:,
Dateline:, Highlight:), the word "Body", the article's paragraphs, then "Classification"
fields (Language:, Publication-Type:, Subject:, ...), "Load-Date:" and "End of Document".
The older LexisNexis Academic layout opens each document with "3 of 25 DOCUMENTS", the
publication and date, and upper-case labels (HEADLINE:, BYLINE:, LENGTH:, LOAD-DATE:).

Nexis shows no document id in the text, so an article's id is made from its publication,
date and headline (`fields.synthetic_id`).
"""

from __future__ import annotations

import re

from homsquotes.core.formats import SourceArticle
from homsquotes.core.formats.exports.fields import (
    byline_authors,
    is_date_line,
    labelled,
    parse_date,
    synthetic_id,
)
from homsquotes.core.formats.language import LANGUAGE_NAMES
from homsquotes.core.model import ArticleMeta

END_OF_DOCUMENT = re.compile(r"^\s*end of document\s*$", re.IGNORECASE)
ACADEMIC_SEPARATOR = re.compile(r"^\s*\d+\s+of\s+\d+\s+documents?\s*$", re.IGNORECASE)
HEADER_LABELS = ("section", "length", "byline", "dateline", "highlight", "edition", "headline")
TRAILER_LABELS = (
    "load-date", "language", "publication-type", "document-type", "subject", "organization",
    "company", "ticker", "industry", "geographic", "person", "city", "state", "country",
    "journal-code", "url", "graphic", "notes", "correction-date", "classification",
)
TRAILER_HEADINGS = {"classification", "graphic", "notes", "link to pdf", "link to image"}
_COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\))", re.IGNORECASE)
LANGUAGE_CODES = {name.lower(): code for code, name in LANGUAGE_NAMES.items() if len(code) == 2}


def looks_like_nexis(paragraphs: list[str]) -> bool:
    ends = sum(bool(END_OF_DOCUMENT.match(p)) for p in paragraphs)
    starts = sum(bool(ACADEMIC_SEPARATOR.match(p)) for p in paragraphs)
    return ends >= 1 or starts >= 1


def split_nexis(paragraphs: list[str]) -> list[SourceArticle]:
    if any(END_OF_DOCUMENT.match(p) for p in paragraphs):
        segments, current = [], []
        for p in paragraphs:
            if END_OF_DOCUMENT.match(p):
                segments.append(current)
                current = []
            else:
                current.append(p)
        articles = [_nexis_uni_article(s) for s in segments]
    else:
        starts = [i for i, p in enumerate(paragraphs) if ACADEMIC_SEPARATOR.match(p)]
        bounds = zip(starts, [*starts[1:], len(paragraphs)], strict=True)
        articles = [_academic_article(paragraphs[a + 1 : b]) for a, b in bounds]
    return [a for a in articles if a is not None]


def _nexis_uni_article(segment: list[str]) -> SourceArticle | None:
    body_at = next((i for i, p in enumerate(segment) if p.strip().lower() == "body"), None)
    field_at = [i for i, p in enumerate(segment[:body_at]) if labelled(p, HEADER_LABELS)]
    if body_at is None:
        if not field_at:
            return None
        body_at = field_at[-1]
    first_field = field_at[0] if field_at else body_at
    header = {}
    for p in segment[first_field:body_at]:
        pair = labelled(p, HEADER_LABELS)
        if pair:
            header[pair[0]] = pair[1]
    # Headline, publication, date, then maybe an edition and a copyright line.
    before = segment[:first_field]
    nearest_first = range(len(before) - 1, max(len(before) - 5, -1), -1)
    date_at = next(
        (i for i in nearest_first if is_date_line(before[i]) and not _COPYRIGHT.match(before[i])),
        None,
    )
    if date_at is None or date_at < 2:
        return None
    headline, publication, date_line = before[date_at - 2], before[date_at - 1], before[date_at]
    body, trailer = _body_and_trailer(segment[body_at + 1 :])
    return _article(headline, publication, date_line, header, trailer, body)


def _academic_article(segment: list[str]) -> SourceArticle | None:
    labels = HEADER_LABELS
    field_at = [i for i, p in enumerate(segment) if labelled(p, labels)]
    if not field_at:
        return None
    header = {}
    for p in segment[: field_at[-1] + 1]:
        pair = labelled(p, labels)
        if pair:
            header[pair[0]] = pair[1]
    intro = segment[: field_at[0]]
    publication = intro[0] if intro else None
    date_line = next((p for p in intro[1:4] if is_date_line(p)), None)
    body, trailer = _body_and_trailer(segment[field_at[-1] + 1 :])
    while body and _COPYRIGHT.match(body[-1]):
        body.pop()
    return _article(header.get("headline"), publication, date_line, header, trailer, body)


def _body_and_trailer(rest: list[str]) -> tuple[list[str], dict[str, str]]:
    end = next(
        (
            i
            for i, p in enumerate(rest)
            if p.strip().lower() in TRAILER_HEADINGS or labelled(p, TRAILER_LABELS)
        ),
        len(rest),
    )
    trailer = {}
    for p in rest[end:]:
        pair = labelled(p, TRAILER_LABELS)
        if pair:
            trailer.setdefault(pair[0], pair[1])
    return rest[:end], trailer


def _article(
    headline: str | None,
    publication: str | None,
    date_line: str | None,
    header: dict[str, str],
    trailer: dict[str, str],
    body: list[str],
) -> SourceArticle | None:
    if not headline or not body:
        return None
    published = parse_date(date_line) or parse_date(trailer.get("load-date"))
    language = trailer.get("language", "").split(";")[0].strip().lower()
    meta = ArticleMeta(
        title=headline,
        publisher=publication,
        authors=byline_authors(header.get("byline")),
        published=published,
        language=LANGUAGE_CODES.get(language, language if language else "en"),
    )
    text = "\n\n".join([headline, *body])
    return SourceArticle(text, meta, synthetic_id("nexis", publication, published, headline))
