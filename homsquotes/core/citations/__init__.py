"""Formatted citations of quotes (APA, MLA, Chicago, Harvard or any CSL style) via citeproc-py.

    from homsquotes.core.citations import cite_quote
    c = cite_quote(quote_dict, article_meta, style="apa")
    c.text, c.html, c.in_text, c.reference, c.reference_html, c.missing

Modules: styles (finding and caching styles), csl_item (ArticleMeta -> CSL-JSON),
render (citeproc), fixes (where citeproc-py 0.11 departs from CSL), quoting (the
quotation with attribution), citation (putting it together).
"""

from homsquotes.core.citations.citation import (
    Citation,
    Reference,
    cite_article,
    cite_library_quotes,
    cite_quote,
    join_citations,
)
from homsquotes.core.citations.csl_item import article_to_csl, missing_metadata
from homsquotes.core.citations.styles import SHORT_NAMES, StyleSpec, available_styles, resolve_style

__all__ = [
    "SHORT_NAMES",
    "Citation",
    "Reference",
    "StyleSpec",
    "article_to_csl",
    "available_styles",
    "cite_article",
    "cite_library_quotes",
    "cite_quote",
    "join_citations",
    "missing_metadata",
    "resolve_style",
]
