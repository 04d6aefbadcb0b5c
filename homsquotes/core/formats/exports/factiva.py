"""Factiva exports (RTF, HTML, TXT, PDF), from their documented article layout.

Each article ends with "Document " and Factiva's accession number (e.g.
"Document EXMPL00020210603eh6300001"). Before the body comes, one per line: the headline,
an optional byline, "845 words", the date, an optional time, the source name, the source
code, optional page or edition, the language and the copyright line. With "Full Article
plus Indexing" the same fields carry two-letter labels (HD, BY, WC, PD, SN, SC, LA, CY, LP,
TD, AN), the body being the lead paragraphs (LP) and the text (TD).
"""

from __future__ import annotations

import re

from homsquotes.core.formats import SourceArticle
from homsquotes.core.formats.exports.fields import byline_authors, parse_date
from homsquotes.core.formats.exports.nexis import LANGUAGE_CODES
from homsquotes.core.model import ArticleMeta

DOCUMENT_LINE = re.compile(r"^\s*Document\s+([A-Za-z0-9]{16,40})\s*$")
WORD_COUNT = re.compile(r"^\s*[\d,.]+\s+words\s*$", re.IGNORECASE)
_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(\s*[AP]M)?(\s+[A-Z]{2,5})?\s*$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\))", re.IGNORECASE)
LABELS = ("SE", "HD", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP",
          "TD", "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN")
_LABELLED = re.compile(rf"^\s*({'|'.join(LABELS)})(?:\s+(.*))?$")
# Lines Factiva puts after the last article, not part of any.
SEARCH_SUMMARY = re.compile(r"^\s*search summary\s*$", re.IGNORECASE)


def looks_like_factiva(paragraphs: list[str]) -> bool:
    return any(DOCUMENT_LINE.match(p) for p in paragraphs)


def split_factiva(paragraphs: list[str]) -> list[SourceArticle]:
    articles, segment = [], []
    for p in paragraphs:
        m = DOCUMENT_LINE.match(p)
        if m:
            article = _labelled_article(segment, m.group(1)) or _plain_article(segment, m.group(1))
            if article:
                articles.append(article)
            segment = []
        else:
            segment.append(p)
    return articles


def _plain_article(segment: list[str], accession: str) -> SourceArticle | None:
    wc = next((i for i, p in enumerate(segment) if WORD_COUNT.match(p)), None)
    if wc is None or wc == 0:
        return None
    byline = None
    headline_at = wc - 1
    if wc >= 2 and _looks_like_byline(segment[wc - 1]):
        byline, headline_at = segment[wc - 1], wc - 2
    headline = segment[headline_at]
    after = segment[wc + 1 : wc + 10]
    date_at = next((i for i, p in enumerate(after[:2]) if parse_date(p)), None)
    if date_at is None:
        return None
    source_at = date_at + 1
    if source_at < len(after) and _TIME.match(after[source_at]):
        source_at += 1
    source = after[source_at] if source_at < len(after) else None
    copyright_at = next((i for i, p in enumerate(after) if _COPYRIGHT.match(p)), None)
    language_at = next(
        (i for i, p in enumerate(after) if p.strip().lower() in LANGUAGE_CODES), None
    )
    last_header = copyright_at if copyright_at is not None else language_at
    if last_header is None:
        return None
    body = segment[wc + 1 + last_header + 1 :]
    language = after[language_at].strip().lower() if language_at is not None else ""
    return _article(headline, byline, after[date_at], source, language, body, accession)


def _labelled_article(segment: list[str], accession: str) -> SourceArticle | None:
    fields: dict[str, list[str]] = {}
    label = None
    for p in segment:
        m = _LABELLED.match(p)
        if m:
            label = m.group(1)
            if m.group(2):
                fields.setdefault(label, []).append(m.group(2).strip())
            else:
                fields.setdefault(label, [])
        elif label:
            fields[label].append(p)
    if not {"HD", "WC", "PD"} <= fields.keys():
        return None
    first = {k: (v[0] if v else None) for k, v in fields.items()}
    body = fields.get("LP", []) + fields.get("TD", [])
    language = (first.get("LA") or "").strip().lower()
    return _article(first["HD"], first.get("BY"), first.get("PD"), first.get("SN"), language,
                    body, accession)


def _looks_like_byline(line: str) -> bool:
    words = line.split()
    if line.lower().startswith("by "):
        return True
    return 0 < len(words) <= 4 and not line.rstrip().endswith((".", "?", "!", ":")) and all(
        w[:1].isupper() for w in words if w.isalpha() and w.lower() not in {"and", "de", "van"}
    )


def _article(
    headline: str | None,
    byline: str | None,
    date_line: str | None,
    source: str | None,
    language: str,
    body: list[str],
    accession: str,
) -> SourceArticle | None:
    body = [p for p in body if not SEARCH_SUMMARY.match(p)]
    if not headline or not body:
        return None
    meta = ArticleMeta(
        title=headline,
        publisher=source,
        authors=byline_authors(byline),
        published=parse_date(date_line),
        language=LANGUAGE_CODES.get(language, language if language else "en"),
    )
    return SourceArticle("\n\n".join([headline, *body]), meta, f"factiva:{accession}")
