"""Exporting quotes and their articles for spreadsheets, notes and reference managers.

    export_quotes(fmt, quotes, articles, out, bom=False, style="apa")

``quotes`` are library quote dicts; ``articles`` maps each quote's article_id to its
ArticleMeta; ``out`` is a text stream. Formats:

- csv       one row per quote, UTF-8 (``bom=True`` adds the byte-order mark Excel wants)
- json      a list of quote records, each with its article's metadata
- jsonl     the same records, one per line
- markdown  block quotes with attribution, the in-text citation, and each article's reference
- csl-json  the articles as CSL-JSON (Zotero imports it); quotes go in ``note``
- bibtex    @article entries; quotes go in ``annote``
- ris       NEWS records; one N1 note per quote
"""

from __future__ import annotations

import csv
import html
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from homsquotes.core.citations import StyleSpec, article_to_csl, cite_article, cite_quote
from homsquotes.core.citations.csl_item import csl_authors, date_parts
from homsquotes.core.citations.marks import Marks
from homsquotes.core.citations.quoting import (
    ELLIPSIS,
    format_quotation,
    part_texts,
    quotation_body,
    who_said,
)
from homsquotes.core.errors import HomsquotesError, InputError
from homsquotes.core.formatting import flatten, neutralise_row
from homsquotes.core.model import PART_JOINER, ArticleMeta
from homsquotes.core.output_targets import refuse_database_target
from homsquotes.core.reference_fields import (
    ascii_fold,
    bibtex_name,
    cite_key_part,
    protect_title_case,
    ris_name,
)

EXPORT_FORMATS = ("csv", "json", "jsonl", "markdown", "csl-json", "bibtex", "ris")

# Columns a spreadsheet user reads first; everything else follows in record order.
_CSV_FIRST = ("id", "article_id", "article.title", "article.publisher", "article.published",
              "speaker", "affiliation", "text", "context", "kind", "status", "note", "tags")
_ARTICLE_FIELDS = ("title", "publisher", "authors", "published", "url", "accessed")


def export_quotes(
    fmt: str,
    quotes: Iterable[dict[str, Any]],
    articles: Mapping[int, ArticleMeta],
    out: TextIO,
    *,
    bom: bool = False,
    style: str | StyleSpec = "apa",
    raw_csv: bool = False,
) -> int:
    """Write the quotes (and their articles) to ``out`` in ``fmt``; returns the number of quotes.

    CSV cells that a spreadsheet would run as a formula start with "'" unless ``raw_csv``."""
    if fmt not in EXPORT_FORMATS:
        choices = ", ".join(EXPORT_FORMATS)
        raise HomsquotesError(f"unknown export format {fmt!r} (choose from {choices})")
    if bom and fmt != "csv":
        raise HomsquotesError("the byte-order mark (--bom) is for CSV only")
    quotes = list(quotes)
    if bom:
        out.write("\ufeff")
    if fmt == "markdown":
        _write_markdown(quotes, articles, out, style)
    elif fmt == "csv":
        _write_csv(quotes, articles, out, raw_csv)
    else:
        _WRITERS[fmt](quotes, articles, out)
    return len(quotes)


def gather(library: Any, quote_filter: Any) -> tuple[list[dict[str, Any]], dict[int, ArticleMeta]]:
    """The quotes a filter selects from an open Library, with the metadata of their articles.

    With ``quote_filter.article_id`` set, that article is included even if it has no
    matching quotes (NotFoundError if it does not exist).
    """
    article_id = getattr(quote_filter, "article_id", None)
    if article_id is not None:
        library.article(article_id)
    quotes = library.quotes(quote_filter)
    ids = list(dict.fromkeys(q["article_id"] for q in quotes))
    if article_id is not None and article_id not in ids:
        ids.insert(0, article_id)
    return quotes, {aid: library.article_meta(aid) for aid in ids}


def export_to_file(
    path: str | Path,
    fmt: str,
    quotes: Iterable[dict[str, Any]],
    articles: Mapping[int, ArticleMeta],
    *,
    bom: bool = False,
    style: str | StyleSpec = "apa",
    force: bool = False,
    raw_csv: bool = False,
) -> int:
    """export_quotes into a file, written beside it and renamed: a failed export never
    leaves half a file, and an existing file is replaced only by a complete one.

    An SQLite database, or a -wal, -shm or -journal file of one, is refused unless
    ``force``: replacing a WAL in use loses that database's committed changes."""
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name to export to")
    refuse_database_target(path, force)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write there ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = export_quotes(fmt, quotes, articles, out, bom=bom, style=style,
                                  raw_csv=raw_csv)
        # mkstemp makes the file private (0600); an export gets the mode a plain open would.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else those the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _article_ids(quotes: list[dict[str, Any]], articles: Mapping[int, ArticleMeta]) -> list[int]:
    """Articles in the order their first quote appears (articles without quotes last)."""
    seen = dict.fromkeys(q["article_id"] for q in quotes if q.get("article_id") in articles)
    seen.update(dict.fromkeys(articles))
    return list(seen)


def _record(quote: dict[str, Any], articles: Mapping[int, ArticleMeta]) -> dict[str, Any]:
    meta = articles.get(quote.get("article_id"))
    record = dict(quote)
    record["article"] = ({f: getattr(meta, f) for f in _ARTICLE_FIELDS} if meta else None)
    return record


def _write_csv(quotes, articles, out, raw: bool = False) -> None:  # type: ignore[no-untyped-def]
    rows = [flatten(_record(q, articles)) for q in quotes]
    if not raw:
        rows = [neutralise_row(r) for r in rows]
    fields = [c for c in _CSV_FIRST if any(c in r for r in rows)]
    for row in rows:
        fields.extend(k for k in row if k not in fields)
    writer = csv.DictWriter(out, fieldnames=fields or list(_CSV_FIRST), extrasaction="ignore",
                            lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)


def _write_json(quotes, articles, out) -> None:  # type: ignore[no-untyped-def]
    json.dump([_record(q, articles) for q in quotes], out, ensure_ascii=False, indent=2)
    out.write("\n")


def _write_jsonl(quotes, articles, out) -> None:  # type: ignore[no-untyped-def]
    for q in quotes:
        out.write(json.dumps(_record(q, articles), ensure_ascii=False) + "\n")


def _quoted_words(quote: dict[str, Any]) -> str:
    """The words inside the marks, part by part, joined by PART_JOINER: an interrupted
    quotation never brings the reporter's words between its parts, nor its inner marks."""
    parts = quote.get("parts") or [{"text": quote.get("text") or ""}]
    return PART_JOINER.join(quotation_body(p["text"], max_words=None)[0] for p in parts)


def _quote_line(quote: dict[str, Any]) -> str:
    """“text” — speaker, affiliation (starts with a quotation mark so Zotero's Extra
    parser never mistakes it for a 'field: value' line). An interrupted quotation's parts
    are joined by an ellipsis, its inner marks made single: only the quoted words."""
    quotation, _ = format_quotation(part_texts(quote), Marks(), ELLIPSIS, None)
    who = who_said(quote.get("speaker"), quote.get("affiliation"))
    return quotation + (f" — {who}" if who else "")


def _by_article(quotes: list[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for q in quotes:
        grouped.setdefault(q.get("article_id"), []).append(q)
    return grouped


def _item_id(article_id: int) -> str:
    return f"homsquotes-article-{article_id}"


CSL_QUOTES_LABEL = "Quotations (homsquotes), one a line"


def _write_csl_json(quotes, articles, out) -> None:  # type: ignore[no-untyped-def]
    grouped = _by_article(quotes)
    items = []
    for aid in _article_ids(quotes, articles):
        item = article_to_csl(articles[aid], _item_id(aid))
        lines = [_quote_line(q) for q in grouped.get(aid, [])]
        if lines:
            # Zotero puts CSL-JSON's note in Extra, which has no notes: a labelled block,
            # one quote per line (the label has no colon, so Extra's "field: value" parser
            # leaves it alone).
            item["note"] = "\n".join([CSL_QUOTES_LABEL, *lines])
        items.append(item)
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIBTEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_BABEL_NAMES = {"en": "english", "fr": "french", "de": "german", "es": "spanish",
                "it": "italian", "pt": "portuguese", "ar": "arabic", "ru": "russian",
                "tr": "turkish", "nl": "dutch"}


def _bibtex_escape(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENTS.get(m[1], "\\" + m[1]), text)


def _bibtex_key(meta: ArticleMeta, article_id: int, used: set[str]) -> str:
    """Smith2014UN-style keys: first author's family name (or publisher), year, first title
    word, transliterated to ASCII ("García" -> "Garcia", not "Garca")."""
    authors = csl_authors(meta)
    first = authors[0] if authors else {"family": meta.publisher or "article"}
    who = cite_key_part(first.get("family") or first.get("literal") or "") or "Article"
    year = (date_parts(meta.published) or {"date-parts": [[""]]})["date-parts"][0][0]
    word = next(iter(re.findall(r"[A-Za-z0-9]+", ascii_fold(meta.title or ""))), "")
    key = f"{who}{year}{word[:1].upper()}{word[1:]}" if who else f"article{article_id}"
    candidate, n = key, 1
    while candidate in used:
        n += 1
        candidate = f"{key}{chr(ord('a') + n - 2) if n <= 27 else n}"
    used.add(candidate)
    return candidate


def _write_bibtex(quotes, articles, out) -> None:  # type: ignore[no-untyped-def]
    grouped = _by_article(quotes)
    used: set[str] = set()
    for aid in _article_ids(quotes, articles):
        meta = articles[aid]
        fields: list[tuple[str, str]] = []
        authors = csl_authors(meta)
        if authors:
            fields.append(("author", " and ".join(bibtex_name(a, _bibtex_escape)
                                                  for a in authors)))
        if meta.title:
            # Braces only where case must survive a style's lower-casing ("{UN}", "{Homs}").
            fields.append(("title", protect_title_case(_bibtex_escape(meta.title))))
        if meta.short_title:  # Zotero: Short Title; BibLaTeX: shorttitle
            fields.append(("shorttitle", protect_title_case(_bibtex_escape(meta.short_title))))
        if meta.publisher:
            fields.append(("journal", _bibtex_escape(meta.publisher)))
        parts = (date_parts(meta.published) or {"date-parts": [[]]})["date-parts"][0]
        if parts:
            fields.append(("year", str(parts[0])))
        if len(parts) > 1:  # the standard three-letter macro, which every BibTeX style knows
            fields.append(("month", _MONTHS[parts[1] - 1]))
        if meta.published and parts:
            iso = "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
            fields.append(("date", iso))
        if meta.url:
            fields.append(("url", meta.url))
        if meta.accessed:
            fields.append(("urldate", meta.accessed))
        if meta.language and meta.language[:2] in _BABEL_NAMES:  # biblatex hyphenation
            fields.append(("langid", _BABEL_NAMES[meta.language[:2]]))
        if meta.standfirst:
            fields.append(("abstract", _bibtex_escape(meta.standfirst)))
        lines = [_quote_line(q) for q in grouped.get(aid, [])]
        if lines:  # Zotero imports annote as a child note
            fields.append(("annote", _bibtex_escape("\n\n".join(lines))))
        out.write(f"@article{{{_bibtex_key(meta, aid, used)},\n")
        fields.append(("entrysubtype", "newspaper"))  # biblatex: a newspaper, not a journal
        out.write(",\n".join(f"  {name} = {value}" if name == "month" else
                              f"  {name} = {{{value}}}" for name, value in fields))
        out.write("\n}\n\n")


def _write_ris(quotes, articles, out) -> None:  # type: ignore[no-untyped-def]
    grouped = _by_article(quotes)

    def tag(name: str, value: str) -> None:
        out.write(f"{name}  - {' '.join(str(value).split())}\n")

    for aid in _article_ids(quotes, articles):
        meta = articles[aid]
        tag("TY", "NEWS")
        for name in csl_authors(meta):
            tag("AU", ris_name(name))
        if meta.title:
            tag("TI", meta.title)
        if meta.short_title:
            tag("ST", meta.short_title)
        if meta.publisher:
            tag("T2", meta.publisher)
        parts = (date_parts(meta.published) or {"date-parts": [[]]})["date-parts"][0]
        if parts:
            tag("PY", str(parts[0]))
            tag("DA", "/".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]))
        if meta.url:
            tag("UR", meta.url)
        if meta.accessed:
            tag("Y2", meta.accessed.replace("-", "/"))
        if meta.standfirst:
            tag("AB", meta.standfirst)
        if meta.language:
            tag("LA", meta.language)
        for q in grouped.get(aid, []):
            tag("N1", _quote_line(q))
        tag("ID", _item_id(aid))
        out.write("ER  - \n\n")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_HTML_TO_MD = {"i": "*", "em": "*", "b": "**", "strong": "**", "sup": "^"}


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _markdown_from_html(fragment: str) -> str:
    """citeproc's HTML as Markdown: italics stay italics, text is escaped, other tags dropped."""
    out = []
    for tag, text in re.findall(r"(<[^>]+>)|([^<]+)", fragment):
        if text:
            out.append(_md_escape(html.unescape(text)))
        else:
            out.append(_HTML_TO_MD.get(tag.strip("</>").split()[0].lower(), ""))
    return "".join(out)


def _write_markdown(quotes, articles, out, style: str | StyleSpec) -> None:  # type: ignore[no-untyped-def]
    grouped = _by_article(quotes)
    for aid in _article_ids(quotes, articles):
        meta = articles[aid]
        out.write(f"## {_md_escape(meta.title or 'Untitled article')}\n\n")
        for q in grouped.get(aid, []):
            body = _quoted_words(q)
            out.write("".join(f"> {_md_escape(line)}\n" for line in body.splitlines() or [""]))
            who = who_said(q.get("speaker"), q.get("affiliation"))
            if who:
                out.write(f">\n> — {_md_escape(who)}\n")
            citation = cite_quote(q, meta, style, max_words=None)
            cite = citation.note_html if citation.note_html is not None else citation.in_text_html
            out.write(f"\n{_markdown_from_html(cite)}\n\n")
        reference = cite_article(meta, style)
        out.write(f"**Reference:** {_markdown_from_html(reference.html)}\n\n")


_WRITERS: dict[str, Callable[..., None]] = {
    "csv": _write_csv,
    "json": _write_json,
    "jsonl": _write_jsonl,
    "csl-json": _write_csl_json,
    "bibtex": _write_bibtex,
    "ris": _write_ris,
}
