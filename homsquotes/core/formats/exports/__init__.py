"""Splitting database exports (Nexis Uni / LexisNexis, Factiva, ProQuest) into articles.

Each splitter reads the paragraphs of any file format and returns only the articles'
headlines and bodies as text: covers, tables of contents, labelled fields and copyright
lines become metadata or are left out, so they never yield quotes.
"""

from __future__ import annotations

from homsquotes.core.formats import SourceArticle
from homsquotes.core.formats.exports.factiva import looks_like_factiva, split_factiva
from homsquotes.core.formats.exports.nexis import looks_like_nexis, split_nexis
from homsquotes.core.formats.exports.proquest import looks_like_proquest, split_proquest

VENDORS = (
    ("ProQuest", looks_like_proquest, split_proquest),
    ("Factiva", looks_like_factiva, split_factiva),
    ("Nexis", looks_like_nexis, split_nexis),
)


def split_export(paragraphs: list[str]) -> tuple[str | None, list[SourceArticle]]:
    """(vendor, articles) for a recognised export; (vendor, []) when a vendor's markers are
    there but no article could be read; (None, []) for an ordinary file."""
    for vendor, looks_like, split in VENDORS:
        if looks_like(paragraphs):
            return vendor, split(paragraphs)
    return None, []
