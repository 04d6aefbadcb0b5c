"""The quotation-with-attribution part of a citation, in each style's convention.

A person quoted in a news article is a secondary source: the reader cites the article
and names the speaker. The guides agree on the shape and differ in the words:

- APA 7 (8.6): “…” (Brahimi, as cited in “Short Title,” 2014).
- MLA 9 (6.78): the speaker is named in the prose; the parenthesis says "qtd. in".
- Chicago 17/18 (14.260, 15.52): notes use "quoted in" before the source's note;
  author-date writes (Brahimi, quoted in Source 2014).
- Cite Them Right: (Brahimi, cited in Source, 2014).

A parenthesis names the speaker by surname only; the affiliation belongs in prose (MLA's
signal phrase, a note), where it follows the full name as the article states it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from homsquotes.core.citations.marks import Marks, restyle_marks
from homsquotes.core.citations.names import speaker_short_name
from homsquotes.core.model import PART_JOINER

ELLIPSIS = "…"
# How each guide writes an omission: three spaced points in APA 7 (§8.31), MLA 9 (§6.56) and
# CMOS 18 (§12.59); Cite Them Right writes the three dots together.
SPACED_ELLIPSIS = ". . ."
ELLIPSES = {"apa": SPACED_ELLIPSIS, "mla": SPACED_ELLIPSIS, "chicago-notes": SPACED_ELLIPSIS,
            "chicago-author-date": SPACED_ELLIPSIS}
# Quotation marks an extractor may leave around the text (straight, curly, guillemets, CJK).
_OUTER_MARKS = "\"'“”‘’«»„‚‹›「」『』"
_TRAILING = ",;:"
# Which closing marks end a quotation opened by each mark (typed marks are often mixed).
_OUTER_CLOSERS = {'"': '"”“', "“": "”\"“", "”": "”\"", "‘": "’'", "'": "'’", "’": "’'",
                  "«": "»", "»": "«", "„": "“”\"", "‚": "‘’", "‹": "›", "›": "‹", "「": "」",
                  "『": "』", "``": "''\"”", "''": "''\"”", "`": "'’"}

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


def ellipsis_for(convention: str) -> str:
    return ELLIPSES.get(convention, ELLIPSIS)


def part_texts(quote: dict) -> list[str]:
    """The texts of a quote's parts, each with the article's own marks.

    Uses ``quote["parts"]`` (dicts or Spans with ``text``) when the library stores them; a
    quote read without parts whose text is several marked pieces joined by PART_JOINER
    is split back into them; anything else is one part.
    """
    parts = quote.get("parts") or []
    if isinstance(parts, str):  # a row read straight from a JSON column
        try:
            parts = json.loads(parts)
        except ValueError:
            parts = []
    texts = [p.get("text") if isinstance(p, dict) else getattr(p, "text", None) for p in parts]
    texts = [t for t in texts if t and t.strip()]
    if texts:
        return texts
    text = quote.get("text") or ""
    pieces = text.split(PART_JOINER)
    if len(pieces) > 1 and all(p.strip()[:1] in _OUTER_MARKS + "`" for p in pieces):
        return pieces
    return [text]


_REPLY_PREFIX = re.compile(r"\n[ \t]*(?:>[ \t]?)+")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def strip_outer_marks(text: str) -> str:
    """One part's words without the article's pair of marks around them (or the
    re-opening mark of each later paragraph of a multi-paragraph quotation)."""
    body = (text or "").strip()
    opener = ""
    for mark in ("``", "''"):
        if body.startswith(mark):
            opener, body = mark, body[2:]
            break
    else:
        if body[:1] in _OUTER_MARKS or body[:1] == "`":  # (`like this', TeX style)
            opener, body = body[0], body[1:]
    # a quotation in a forwarded email carries the reply prefix on each of its lines ("> ")
    body = _REPLY_PREFIX.sub("\n", body)
    if opener:  # paragraphs of one quotation each re-open with the same mark
        body = re.sub(r"(\n[ \t]*)" + re.escape(opener), r"\1", body)
    # a word hyphenated at a line end (pasted from a PDF) stays one word: "con-\nsidered" is
    # cited "con-sidered", never "con- sidered" (the hyphen stays: "well-\nknown" is a word)
    body = _LINE_END_HYPHEN.sub("-", body)
    body = " ".join(body.split()).rstrip(_TRAILING + " ")
    # Only a mark that can close this opener goes: an unclosed quotation keeps an inner
    # closing mark it ends with ("“He called it ‘a farce’").
    closers = _OUTER_CLOSERS.get(opener, '"”»」』')
    if body.endswith("''") and "''" in closers:
        body = body[:-2]
    elif body[-1:] and body[-1] in closers:
        body = body[:-1]
    return body.strip()


def quotation_body(text: str, max_words: int | None = 40) -> tuple[str, bool]:
    """The words inside the quotation marks, cut at a word boundary after max_words.

    Returns (body, trimmed). A trailing comma/colon (the sentence went on after the
    quote) is dropped; so is a final period, which the citation sentence supplies.
    """
    body = strip_outer_marks(text)
    body, trimmed = _trim_words(body, max_words)
    return _drop_final_period(body), trimmed


def _trim_words(body: str, max_words: int | None) -> tuple[str, bool]:
    words = body.split(" ")
    if max_words is None or len(words) <= max_words:
        return body.rstrip(_TRAILING + " "), False
    body = " ".join(words[:max_words])
    return re.sub(r"[\s,;:.\-–—]+$", "", body), True


def _drop_final_period(body: str) -> str:
    body = body.rstrip(_TRAILING + " ")
    if body.endswith(".") and not body.endswith("..."):
        body = body[:-1]
    return body


def format_quotation(
    parts: list[str], marks: Marks, ellipsis: str = ELLIPSIS, max_words: int | None = 40
) -> tuple[str, bool]:
    """The quoted words of every part, in the style's marks, joined as the style writes an
    interruption: the reporter's words ("Holt said") never appear, an ellipsis stands
    where they were (APA 7 §8.31, MLA 9 §6.56, CMOS 18 §12.59). Returns (quotation, trimmed).

    A part that ends a sentence keeps its period before the ellipsis (". . . ." in the
    spaced styles); a part cut mid-sentence loses its comma. Only ``max_words`` words in
    all are kept; a cut ends with the ellipsis.
    """
    bodies = [b for b in (strip_outer_marks(p) for p in parts) if b]
    kept: list[str] = []
    left = max_words
    trimmed = False
    for body in bodies:
        if left is not None and left <= 0:
            trimmed = True
            break
        body, cut = _trim_words(body, left)
        kept.append(body)
        if left is not None:
            left -= len(body.split(" "))
        if cut:
            trimmed = True
            break
    text = ""
    for i, body in enumerate(kept):
        body = restyle_marks(body, marks)
        if i == 0:
            text = body
            continue
        # "this," -> "this . . . but"; a finished sentence keeps its point: "win. . . . It".
        text = f"{text.rstrip(_TRAILING + ' ')} {ellipsis} {body}"
    text = _drop_final_period(text) if not trimmed else text.rstrip(_TRAILING + " ")
    if trimmed:
        text = f"{text} {ellipsis}"
    return f"{marks.open}{text}{marks.close}", trimmed


def nest_quotes(body: str, inner_open: str, inner_close: str, outer_open: str) -> str:
    """Quotation marks inside a quotation become the style's nested kind (see marks.py)."""
    outer_close = {"“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}.get(outer_open, outer_open)
    return restyle_marks(body, Marks(outer_open, outer_close, inner_open, inner_close))


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
    speaker_type: str | None = None,
) -> QuotePart:
    """Join the quotation, who said it and the style's short cite into one sentence (or a note).

    A parenthesis names the speaker by surname alone, without the affiliation (APA 7 §8.6
    "(Brahimi, as cited in …)", Cite Them Right "(Brahimi, cited in …)"); MLA and the notes
    are prose, so they give the full name and the affiliation as the article states it.
    """
    connector = CONNECTORS.get(convention, "cited in")
    who = who_said(speaker, affiliation)
    who_html = html.escape(who, quote=False) if who else None

    if is_note_style:
        note = f"{who}, {connector} {cite_text}" if who else cite_text
        note_html = f"{who_html}, {connector} {cite_html}" if who_html else cite_html
        return QuotePart(text=f"{quotation}¹", html=f"{quotation_html}<sup>1</sup>",
                         note_text=note, note_html=note_html)

    inner, inner_html = _strip_parens(cite_text), _strip_parens(cite_html)
    if convention == "mla":
        # MLA 9 §6.78: the speaker in a signal phrase, "qtd. in" the source. "According to"
        # rather than "X said", so no reporter's "Holt said" can be mistaken for the quote.
        lead = f"According to {who}, " if who else ""
        lead_html = f"According to {who_html}, " if who_html else ""
        cite = f" ({connector} {inner})" if who and inner else (f" ({inner})" if inner else "")
        cite_h = (f" ({connector} {inner_html})" if who and inner
                  else (f" ({inner_html})" if inner else ""))
        return QuotePart(text=f"{lead}{quotation}{cite}.",
                         html=f"{lead_html}{quotation_html}{cite_h}.")
    short = speaker_short_name(speaker, speaker_type)
    short_html = html.escape(short, quote=False) if short else None
    if not inner:  # nothing to cite the article by (no metadata at all): name the speaker only
        if short:
            return QuotePart(text=f"{quotation} ({short}).",
                             html=f"{quotation_html} ({short_html}).")
        return QuotePart(text=f"{quotation}.", html=f"{quotation_html}.")
    if short:
        return QuotePart(text=f"{quotation} ({short}, {connector} {inner}).",
                         html=f"{quotation_html} ({short_html}, {connector} {inner_html}).")
    return QuotePart(text=f"{quotation} ({inner}).", html=f"{quotation_html} ({inner_html}).")
