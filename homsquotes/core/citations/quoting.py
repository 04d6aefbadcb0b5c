"""The quotation-with-attribution part of a citation, in each style's convention.

A person quoted in a news article is a secondary source: the reader cites the article
and names the speaker. The guides agree on the shape and differ in the words:

- APA 7 (8.6): “…” (Lakhdar Brahimi, as cited in Title, 2014).
- MLA 9 (6.40): the speaker is named in the prose; the parenthesis says "qtd. in".
- Chicago 17/18 (14.260, 15.52): notes use "quoted in" before the source's note;
  author-date writes (Brahimi, quoted in Source 2014).
- Cite Them Right: (Brahimi, cited in Source, 2014).

The affiliation follows the speaker's name, as the article states it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

ELLIPSIS = "…"
# Quotation marks an extractor may leave around the text (straight, curly, guillemets, CJK).
_OUTER_MARKS = "\"'“”‘’«»„‚‹›「」『』"
_TRAILING = ",;:"

CONNECTORS = {
    "apa": "as cited in",
    "mla": "qtd. in",
    "chicago-notes": "quoted in",
    "chicago-author-date": "quoted in",
    "harvard": "cited in",
    "note": "quoted in",
    "in-text": "cited in",
}


@dataclass(frozen=True, slots=True)
class QuotePart:
    text: str
    html: str
    note_text: str | None = None  # note styles: the footnote that goes with the quotation
    note_html: str | None = None


def quotation_body(text: str, max_words: int | None = 40) -> tuple[str, bool]:
    """The words inside the quotation marks, cut at a word boundary after max_words.

    Returns (body, trimmed). A trailing comma/colon (the sentence went on after the
    quote) is dropped; so is a final period, which the citation sentence supplies.
    """
    body = " ".join((text or "").split())
    # Only the one outer pair goes: “He said ‘no’” keeps its inner ‘no’.
    if body[:1] in _OUTER_MARKS and body:
        body = body[1:]
    body = body.rstrip(_TRAILING + " ")
    if body[-1:] in _OUTER_MARKS and body:
        body = body[:-1]
    body = body.strip()
    words = body.split(" ")
    trimmed = max_words is not None and len(words) > max_words
    if trimmed:
        body = " ".join(words[:max_words])
        body = re.sub(r"[\s,;:.\-–—]+$", "", body)
    body = body.rstrip(_TRAILING + " ")
    if body.endswith(".") and not body.endswith("..."):
        body = body[:-1]
    return body, trimmed


def nest_quotes(body: str, inner_open: str, inner_close: str, outer_open: str) -> str:
    """Quotation marks inside the quotation become the inner kind (“ -> ‘ in American usage)."""
    if outer_open in "“\"":
        body = body.replace("“", inner_open).replace("”", inner_close)
        opened = False

        def toggle(_m: re.Match[str]) -> str:
            nonlocal opened
            opened = not opened
            return inner_open if opened else inner_close

        body = re.sub('"', toggle, body)
    return body


def who_said(speaker: str | None, affiliation: str | None, *, in_prose: bool = False) -> str | None:
    """'Lakhdar Brahimi, UN-Arab League Envoy'; the affiliation alone if the speaker is unknown.

    In prose (MLA) an affiliation is an appositive, so it closes with a comma too:
    'Lakhdar Brahimi, UN-Arab League Envoy, said'.
    """
    speaker = " ".join((speaker or "").split()) or None
    affiliation = " ".join((affiliation or "").split()).strip(" ,") or None
    if affiliation and speaker and affiliation.lower() in speaker.lower():
        affiliation = None
    if in_prose and speaker and affiliation:
        return f"{speaker}, {affiliation},"
    if in_prose and affiliation:
        return f"The {affiliation}" if affiliation[:1].islower() else affiliation
    return ", ".join(p for p in (speaker, affiliation) if p) or None


def _strip_parens(cite: str) -> str:
    cite = cite.strip()
    if cite.startswith("(") and cite.endswith(")"):
        return cite[1:-1].strip()
    return cite


def quote_part(
    convention: str,
    quotation: str,
    quotation_html: str,
    speaker: str | None,
    affiliation: str | None,
    cite_text: str,
    cite_html: str,
    is_note_style: bool,
) -> QuotePart:
    """Join the quotation, who said it and the style's short cite into one sentence (or a note)."""
    connector = CONNECTORS.get(convention, "cited in")
    who = who_said(speaker, affiliation, in_prose=convention == "mla" and not is_note_style)
    who_html = html.escape(who, quote=False) if who else None

    if is_note_style:
        note = f"{who}, {connector} {cite_text}" if who else cite_text
        note_html = f"{who_html}, {connector} {cite_html}" if who_html else cite_html
        return QuotePart(text=f"{quotation}¹", html=f"{quotation_html}<sup>1</sup>",
                         note_text=note, note_html=note_html)

    inner, inner_html = _strip_parens(cite_text), _strip_parens(cite_html)
    if not inner:  # nothing to cite the article by (no metadata at all): name the speaker only
        if who and convention == "mla":
            return QuotePart(text=f"{who} said, {quotation}.",
                             html=f"{who_html} said, {quotation_html}.")
        if who:
            return QuotePart(text=f"{quotation} ({who}).", html=f"{quotation_html} ({who_html}).")
        return QuotePart(text=f"{quotation}.", html=f"{quotation_html}.")
    if convention == "mla":
        if who:
            return QuotePart(text=f"{who} said, {quotation} ({connector} {inner}).",
                             html=f"{who_html} said, {quotation_html} ({connector} {inner_html}).")
        return QuotePart(text=f"{quotation} ({inner}).", html=f"{quotation_html} ({inner_html}).")
    if who:
        return QuotePart(text=f"{quotation} ({who}, {connector} {inner}).",
                         html=f"{quotation_html} ({who_html}, {connector} {inner_html}).")
    return QuotePart(text=f"{quotation} ({inner}).", html=f"{quotation_html} ({inner_html}).")
