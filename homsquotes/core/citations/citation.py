"""cite_quote: a quotation with its attribution plus the article's reference entry, in one style."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from homsquotes.core.citations.csl_item import article_to_csl, missing_metadata
from homsquotes.core.citations.marks import Marks, shield_title_marks
from homsquotes.core.citations.quoting import (
    QuotePart,
    ellipsis_for,
    format_quotation,
    part_texts,
    quote_part,
)
from homsquotes.core.citations.render import RenderedItem, bibliography_order, render_item
from homsquotes.core.citations.styles import StyleSpec, resolve_style
from homsquotes.core.citations.titles import short_title
from homsquotes.core.model import ArticleMeta


@dataclass(frozen=True, slots=True)
class Citation:
    """A formatted citation of one quote.

    ``text``/``html`` hold everything to paste: the quotation with its attribution
    (and, in note styles, the footnote) followed by the reference entry.
    ``in_text`` is the parenthetical sentence, or the note in note styles.
    ``missing`` names the metadata the article lacks (title, publisher, date, url,
    author) so the GUI can ask the user to fill it in.
    """

    style: str
    text: str
    html: str
    quotation: str
    in_text: str
    in_text_html: str
    reference: str
    reference_html: str
    missing: list[str] = field(default_factory=list)
    note: str | None = None
    note_html: str | None = None
    # For citing several quotes at once (join_citations): the note a later quote from the
    # same work gets, which work this is, and the CSL item that sorts it.
    short_note: str | None = None
    short_note_html: str | None = None
    repeated_note: str | None = None  # right after a note for the same work
    repeated_note_html: str | None = None
    work: str = ""
    spec: StyleSpec | None = None
    item_json: str = ""


@dataclass(frozen=True, slots=True)
class Reference:
    """The reference-list entry for an article alone."""

    style: str
    text: str
    html: str
    missing: list[str]


# A final period that ends the sentence, not an abbreviation ("U.S.") or an ellipsis.
_TITLE_FULL_STOP = re.compile(r"(?<![.\s])(?<!\.[A-Za-z])\.$")


def _item_to_render(article: ArticleMeta, spec: StyleSpec | None = None,
                    item_id: str = "article") -> dict[str, Any]:
    """The CSL item handed to citeproc, with data fixes (exports keep the plain item).

    - A title's own closing period is dropped: the style adds its punctuation after the
      title, and "Iowa., n.d." is wrong in every style.
    - With no publisher the item is a ``webpage``: the newspaper styles substitute the
      newspaper for a missing author, so Harvard printed "(cited in 2024)" with no name
      and no title at all; for a web page every style falls back to the title.
    - An unsigned article is cited in the text by a short title (CSL ``title-short``):
      the user's, else one derived from the title (titles.short_title).
    - APA 7 §9.16 wants a retrieval date only for pages designed to change; a news
      article ends with its bare URL, so APA never sees the access date (the CSL printed
      "Retrieved May 2, 2024, from https://…" for an undated article).
    - A title's own quotation marks go in as stand-ins (marks.shield_title_marks), so
      title case reaches the quoted word and the marks come out nested in the style's.
    """
    item = article_to_csl(article, item_id)
    title = item.get("title")
    if title and _TITLE_FULL_STOP.search(title):
        item["title"] = title[:-1]
    if title and "title-short" not in item:
        derived = short_title(item["title"])
        if derived:
            item["title-short"] = derived
    for key in ("title", "title-short"):
        if key in item:
            item[key] = shield_title_marks(item[key])
    if "container-title" not in item:
        item["type"] = "webpage"
    if spec is not None and spec.convention == "apa":
        item.pop("accessed", None)
    return item
# APA's CSL writes "Retrieved" before the URL of any undated item, even with no retrieval
# date; APA 7 §9.34 gives a news article's bare URL.
_APA_RETRIEVED = re.compile(r"Retrieved (?=(?:<[^>]+>)*https?://)")


def _render(article: ArticleMeta, spec: StyleSpec, item_id: str = "article") -> RenderedItem:
    rendered = render_item(_item_to_render(article, spec, item_id), spec)
    if spec.convention == "apa":
        rendered = replace(
            rendered,
            reference_text=_APA_RETRIEVED.sub("", rendered.reference_text),
            reference_html=_APA_RETRIEVED.sub("", rendered.reference_html),
        )
    return rendered


def cite_article(article: ArticleMeta, style: str | StyleSpec = "apa") -> Reference:
    spec = style if isinstance(style, StyleSpec) else resolve_style(style)
    rendered = _render(article, spec)
    text, markup = rendered.reference_text, rendered.reference_html
    if not text:  # a style without a bibliography (some note styles): the full note stands in
        text, markup = rendered.cite_text, rendered.cite_html
    return Reference(spec.name, text, markup, missing_metadata(article))


def cite_quote(
    quote: dict[str, Any],
    article: ArticleMeta,
    style: str | StyleSpec = "apa",
    *,
    max_words: int | None = 40,
) -> Citation:
    """Cite one quote dict (the library's shape: text, parts, speaker, affiliation, ...).

    Only the quoted words are cited: the parts of an interrupted quotation are joined by
    the style's ellipsis (quoting.format_quotation). Quotations longer than ``max_words``
    are trimmed at a word boundary with an ellipsis (40 words is where APA and MLA switch
    to block quotations).
    Raises CitationError for an unknown or unusable style.
    """
    spec = style if isinstance(style, StyleSpec) else resolve_style(style)
    rendered = _render(article, spec)
    marks = Marks(rendered.open_quote, rendered.close_quote,
                  rendered.open_inner_quote, rendered.close_inner_quote)
    quotation, _trimmed = format_quotation(
        part_texts(quote), marks, ellipsis_for(spec.convention), max_words)
    quotation_html = html.escape(quotation, quote=False)

    def attributed(cite_text: str, cite_html: str) -> QuotePart:
        return quote_part(spec.convention, quotation, quotation_html, quote.get("speaker"),
                          quote.get("affiliation"), cite_text, cite_html,
                          rendered.is_note_style, quote.get("speaker_type"))

    part = attributed(rendered.cite_text, rendered.cite_html)
    # Note styles: the notes a later citation of the same work gets (see join_citations).
    short = attributed(rendered.subsequent_text, rendered.subsequent_html)
    repeated = attributed(rendered.repeated_text, rendered.repeated_html)
    reference = rendered.reference_text
    reference_html = rendered.reference_html
    blocks = [part.text]
    html_blocks = [f"<p>{part.html}</p>"]
    if part.note_text is not None:
        blocks.append(f"1. {part.note_text}")
        html_blocks.append(f"<p>1. {part.note_html}</p>")
    if reference:
        blocks.append(reference)
        html_blocks.append(f"<p>{reference_html}</p>")
    in_text = part.note_text if part.note_text is not None else part.text
    in_text_html = part.note_html if part.note_html is not None else part.html
    return Citation(
        style=spec.name,
        text="\n\n".join(blocks),
        html="\n".join(html_blocks),
        quotation=quotation,
        in_text=in_text,
        in_text_html=in_text_html or "",
        reference=reference,
        reference_html=reference_html,
        missing=missing_metadata(article),
        note=part.note_text,
        note_html=part.note_html,
        short_note=short.note_text,
        short_note_html=short.note_html,
        repeated_note=repeated.note_text,
        repeated_note_html=repeated.note_html,
        work=_work_key(article),
        spec=spec,
        item_json=json.dumps(_item_to_render(article, spec), sort_keys=True, ensure_ascii=False),
    )


def cite_library_quotes(
    library: Any, quote_ids: list[int], style: str | StyleSpec | None = None,
    *, max_words: int | None = 40,
) -> list[Citation]:
    """Cite quotes by id from an open Library (the GUI's copy and the CLI use this).

    ``style`` None means the saved default. The style is checked and every id looked
    up (NotFoundError) before anything is formatted.
    """
    from homsquotes.core.preferences import get_default_style

    spec = style if isinstance(style, StyleSpec) else resolve_style(style or get_default_style())
    quotes = [library.quote(qid) for qid in quote_ids]
    article_ids = dict.fromkeys(q["article_id"] for q in quotes)
    metas = {aid: library.article_meta(aid) for aid in article_ids}
    return [cite_quote(q, metas[q["article_id"]], spec, max_words=max_words) for q in quotes]


def join_citations(citations: list[Citation]) -> tuple[str, str]:
    """Several citations as one clipboard payload: (text/plain, text/html).

    Each quotation keeps its in-text sentence (or its note, numbered 1, 2, 3 in a note
    style); a later note citing a work already cited takes the shortened form (CMOS 18
    §14.29). The references follow once per work, in the style's bibliography order.
    """
    if len(citations) == 1:
        return citations[0].text, citations[0].html
    texts, htmls = [], []
    seen: set[str] = set()
    previous = None
    for number, c in enumerate(citations, 1):
        if c.note is not None:
            if previous == c.work and c.repeated_note is not None:
                note, note_html = c.repeated_note, c.repeated_note_html
            elif c.work in seen and c.short_note is not None:
                note, note_html = c.short_note, c.short_note_html
            else:
                note, note_html = c.note, c.note_html
            mark = str(number).translate(_SUPERSCRIPT)
            texts.append(f"{c.quotation}{mark}\n\n{number}. {note}")
            htmls.append(f"<p>{html.escape(c.quotation, quote=False)}<sup>{number}</sup></p>\n"
                         f"<p>{number}. {note_html}</p>")
        else:
            texts.append(c.in_text)
            htmls.append(f"<p>{c.in_text_html}</p>")
        seen.add(c.work)
        previous = c.work
    for c in _one_per_work(citations):
        if c.reference:
            texts.append(c.reference)
            htmls.append(f"<p>{c.reference_html}</p>")
    return "\n\n".join(texts), "\n".join(htmls)


def _work_key(article: ArticleMeta) -> str:
    """Two quotes cite the same work when their articles' citation data are the same."""
    return json.dumps(article_to_csl(article), sort_keys=True, ensure_ascii=False)


def _one_per_work(citations: list[Citation]) -> list[Citation]:
    """The first citation of each work, in the style's bibliography order."""
    firsts: dict[str, Citation] = {}
    for c in citations:
        firsts.setdefault(c.work, c)
    if len(firsts) < 2:
        return list(firsts.values())
    by_id: dict[str, Citation] = {}
    items = []
    for n, c in enumerate(firsts.values()):
        item = json.loads(c.item_json)
        item["id"] = f"work{n}"
        by_id[item["id"]] = c
        items.append(item)
    spec = next(iter(firsts.values())).spec
    if spec is None:
        return list(firsts.values())
    return [by_id[key] for key in bibliography_order(items, spec)]


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
