"""Every value is escaped where it becomes HTML (issue 11, item 11): titles, publishers, URLs
and authors reached cite --format html, the clipboard's text/html and Markdown unescaped."""

from __future__ import annotations

import io

import pytest

from homsquotes.core.citations import cite_quote, join_citations
from homsquotes.core.exports import export_quotes
from homsquotes.core.model import ArticleMeta

HOSTILE = ArticleMeta(
    title="<script>alert(1)</script> Homs & Aleppo &copy; 2014",
    publisher="<img src=x onerror=alert(1)>",
    authors=["Jane <b>Smith</b>"],
    url="https://example.org/?a=1&b=<2>",
    published="2014-04-17",
)
QUOTE = {"id": 1, "article_id": 1, "text": "We will <b>go</b> & stay", "speaker": "Bob",
         "affiliation": None}


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "harvard"])
def test_hostile_metadata_is_text_in_html_and_itself_in_plain_text(style) -> None:
    citation = cite_quote(QUOTE, HOSTILE, style)
    _plain, rich = join_citations([citation])
    for markup in (citation.html, rich):
        assert "<script" not in markup and "<img" not in markup.lower() and "<b>" not in markup
        assert "&amp;copy;" in markup and "&lt;script&gt;" in markup
    assert "<script>alert(1)</script>" in citation.text and "&copy;" in citation.text


def test_markdown_keeps_a_title_with_angle_brackets() -> None:
    meta = ArticleMeta(title="Rents < wages in Homs", publisher="Daily <News>")
    out = io.StringIO()
    export_quotes("markdown", [QUOTE], {1: meta}, out, style="apa")
    reference = next(line for line in out.getvalue().splitlines() if "Reference" in line)
    assert r"Rents \< wages in Homs" in reference and r"Daily \<News\>" in reference
