"""Rendering one CSL-JSON item with citeproc-py: the in-text cite (or note) and the reference."""

from __future__ import annotations

import functools
import json
import re
import warnings
from dataclasses import dataclass
from typing import Any

from homsquotes.core.citations.fixes import drop_doubled_punctuation, move_punctuation_into_quotes
from homsquotes.core.citations.marks import Marks, unshield_title_marks
from homsquotes.core.citations.styles import StyleSpec, load_style


@dataclass(frozen=True, slots=True)
class RenderedItem:
    """citeproc's output for one item in one style, as plain text and as HTML."""

    cite_text: str  # "(Smith, 2014)" for in-text styles; the full note for note styles
    cite_html: str
    reference_text: str
    reference_html: str
    is_note_style: bool
    open_quote: str
    close_quote: str
    open_inner_quote: str
    close_inner_quote: str
    punctuation_in_quote: bool
    # Note styles: the shortened note a later citation of the same work gets (CMOS 18
    # §14.29-14.30); in-text styles repeat the cite.
    subsequent_text: str = ""
    subsequent_html: str = ""
    repeated_text: str = ""  # right after a note for the same work ("ibid." position)
    repeated_html: str = ""


def render_item(item: dict[str, Any], spec: StyleSpec) -> RenderedItem:
    """Render an item; repeated calls (every quote of one article) come from a cache."""
    return _render_cached(json.dumps(item, sort_keys=True, ensure_ascii=False), spec)


@functools.lru_cache(maxsize=512)
def _render_cached(item_json: str, spec: StyleSpec) -> RenderedItem:
    from citeproc import formatter

    item = _shield(json.loads(item_json))
    style = load_style(spec.path, spec.locale)
    root = style.root
    piq = root.get_locale_option("punctuation-in-quote").lower() == "true"
    style_marks = Marks(_term(root, "open-quote"), _term(root, "close-quote"),
                        _term(root, "open-inner-quote"), _term(root, "close-inner-quote"))

    def finish(text: str) -> str:
        text = unshield_title_marks(str(text), style_marks, piq)
        text = drop_doubled_punctuation(" ".join(text.split()))
        return move_punctuation_into_quotes(text) if piq else text

    cite_text, reference_text, later_text, again_text = (
        _unshield(t, False) for t in _render(style, item, formatter.plain)
    )
    cite_html, reference_html, later_html, again_html = (
        _unshield(t, True) for t in _render(style, item, formatter.html)
    )
    if root.bibliography is not None and root.bibliography.get("second-field-align"):
        # The number is a field of its own ("[1] Title"); citeproc-py glues it on ("[1]Title").
        reference_text = _NUMBER_LABEL.sub(r"\1 ", reference_text, count=1)
        reference_html = _NUMBER_LABEL.sub(r"\1 ", reference_html, count=1)
    return RenderedItem(
        cite_text=finish(cite_text),
        cite_html=finish(cite_html),
        reference_text=finish(reference_text),
        reference_html=finish(reference_html),
        is_note_style=root.get("class") == "note",
        open_quote=style_marks.open,
        close_quote=style_marks.close,
        open_inner_quote=style_marks.inner_open,
        close_inner_quote=style_marks.inner_close,
        punctuation_in_quote=piq,
        subsequent_text=finish(later_text),
        subsequent_html=finish(later_html),
        repeated_text=finish(again_text),
        repeated_html=finish(again_html),
    )


# citeproc-py passes a field's <, > and & into its HTML as they are, so a title such as
# "<img onerror=…>" or "&copy;" became markup. This is where data becomes markup: the
# characters go in as private-use stand-ins (untouched by citeproc's case changes) and come
# out escaped in the HTML and as themselves in the text.
_STAND_INS = {"&": "\ue000", "<": "\ue001", ">": "\ue002"}
_ESCAPED = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _shield(value: Any) -> Any:
    if isinstance(value, str):
        for char, stand_in in _STAND_INS.items():
            value = value.replace(char, stand_in)
        return value
    if isinstance(value, list):
        return [_shield(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "id" else _shield(v) for k, v in value.items()}
    return value


def _unshield(text: str, as_html: bool) -> str:
    for char, stand_in in _STAND_INS.items():
        text = text.replace(stand_in, _ESCAPED[char] if as_html else char)
    return text


# A leading citation number ("[1]", "1.", "(1)"), maybe wrapped in tags, with no space after it.
_NUMBER_LABEL = re.compile(r"^((?:<[^>]+>)*[\[(]?\d+[\]).]?(?:</[^>]+>)*)(?=\S)")

_DEFAULT_QUOTES = {"open-quote": "“", "close-quote": "”",
                   "open-inner-quote": "‘", "close-inner-quote": "’"}


def _term(root: Any, name: str) -> str:
    term = root.get_term(name)
    text = (term.single or term.text) if term is not None else None
    return str(text) if text else _DEFAULT_QUOTES[name]


def _render(style: Any, item: dict[str, Any],
            output_format: Any) -> tuple[str, str, str, str]:
    """(first cite, reference, a later cite, the cite right after one of the same item).

    In a note style the later cites are the shortened notes; the one right after is what
    a style gives for "ibid." (Chicago 17 an author-only note), the other follows a note
    for another work. In-text styles repeat the first cite.
    """
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    def cite_in(bibliography: Any, key: str) -> str:
        citation = Citation([CitationItem(key)])
        bibliography.register(citation)
        return str(bibliography.cite(citation, lambda _item: None))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc warns about every CSL feature it skips
        bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), output_format)
        cite = cite_in(bibliography, item["id"])
        later = repeated = cite
        if style.root.get("class") == "note":
            repeated = cite_in(bibliography, item["id"])
            other = {"id": f"{item['id']}-other", "type": "article-newspaper", "title": "x"}
            sequence = CitationStylesBibliography(style, CiteProcJSON([item, other]),
                                                  output_format)
            cite_in(sequence, item["id"])
            cite_in(sequence, other["id"])
            later = cite_in(sequence, item["id"])
        entries = bibliography.bibliography() if style.root.bibliography is not None else []
    reference = str(entries[0]) if entries else ""
    return cite, reference, later, repeated


def bibliography_order(items: list[dict[str, Any]], spec: StyleSpec) -> list[str]:
    """The ids of these items in the order the style's bibliography lists them.

    Each item is rendered alone for its text; this only asks citeproc to sort them
    (by the style's ``cs:sort``; a numeric style keeps the order of first citation).
    """
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    style = load_style(spec.path, spec.locale)
    if style.root.bibliography is None or len(items) < 2:
        return [item["id"] for item in items]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        bibliography.sort()
        return [str(key) for key in bibliography.keys]
