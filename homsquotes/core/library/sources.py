"""Reading article sources: .txt, .md, .html (trafilatura), stdin, folders, and the bundled seed."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import fields, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from homsquotes.core.errors import InputError
from homsquotes.core.formats import DOCUMENT_SUFFIXES, SourceArticle
from homsquotes.core.model import ArticleMeta
from homsquotes.core.textio import read_article_text

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text"}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_iso_date(value: str) -> bool:
    """True for a date that exists, written YYYY, YYYY-MM or YYYY-MM-DD (not 2014-13-45)."""
    m = _ISO_DATE.fullmatch(value)
    if not m:
        return False
    try:
        datetime.date(*(int(part) if part else 1 for part in m.groups()))
    except ValueError:
        return False
    return True


def merge_meta(base: ArticleMeta, overrides: ArticleMeta | None) -> ArticleMeta:
    """`base` with every field that `overrides` sets (non-empty) replaced."""
    if overrides is None:
        return base
    changes = {
        f.name: getattr(overrides, f.name)
        for f in fields(ArticleMeta)
        if getattr(overrides, f.name) not in (None, "", [])
        and not (f.name == "language" and getattr(overrides, f.name) == "en")
    }
    return replace(base, **changes)


def read_source(path: str | Path) -> tuple[str, ArticleMeta]:
    """The article text of one file (or '-' = stdin) and the metadata the file itself carries."""
    name = str(path)
    if name == "-":
        text = read_article_text("-")
        return _html_to_text(text, "stdin") if _looks_like_html(text) else (text, ArticleMeta())
    if Path(name).is_dir():  # expand_folders leaves only folders with no article files
        raise InputError(
            f"{name}: no article files in this folder (.txt, .md, .html, .pdf, .docx, .odt, "
            ".rtf, .eml, .mht)"
        )
    suffix = Path(name).suffix.lower()
    text = read_article_text(name)
    if suffix in HTML_SUFFIXES:
        return _html_to_text(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown_to_text(text)
    return text, ArticleMeta()


def read_source_articles(path: str | Path) -> list[SourceArticle]:
    """The articles in one file: one for an ordinary article file, many for a database export
    (see homsquotes.core.formats), each with its text, metadata, database id and note."""
    from homsquotes.core.formats.archive import read_member, split_member_name
    from homsquotes.core.formats.reading import (
        articles_from_html,
        articles_from_text,
        read_document,
        sniff_file,
    )

    name = str(path)
    if split_member_name(name):
        return read_member(name)
    kind = sniff_file(name)
    if kind is not None:
        return read_document(name, kind)
    if name != "-" and Path(name).suffix.lower() in HTML_SUFFIXES and Path(name).is_file():
        return articles_from_html(read_article_text(name), name)
    text, meta = read_source(name)
    if name == "-" and text.lstrip().startswith("{\\rtf"):  # RTF piped in is still RTF
        from homsquotes.core.formats.reading import articles_from_paragraphs
        from homsquotes.core.formats.rtf import rtf_paragraphs

        data = text.encode("latin-1", errors="replace")  # RTF is 7-bit; escapes carry the rest
        return articles_from_paragraphs(rtf_paragraphs(data, "stdin"), ArticleMeta(), "stdin")
    return articles_from_text(text, meta, name)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _html_to_text(html: str, name: str) -> tuple[str, ArticleMeta]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    authors = [a.strip() for a in re.split(r";|\band\b", doc.author or "") if a.strip()]
    meta = ArticleMeta(
        title=doc.title,
        publisher=doc.sitename,
        authors=authors,
        published=doc.date,
        url=doc.url,
        # A saved web page was read online; its import day is the access date to cite.
        accessed=datetime.date.today().isoformat(),
        language=doc.language or "en",
    )
    # trafilatura separates paragraphs with one newline; a blank line reads better and matches .txt.
    return text.replace("\n", "\n\n"), meta


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


# YAML front matter, as notes apps and Zotero write it: "---", "key: value" lines, "---".
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n((?:.*\r?\n)*?)---[ \t]*(?:\r?\n|\Z)")
_FRONT_KEYS = {"title": "title", "author": "authors", "authors": "authors", "date": "published",
               "published": "published", "url": "url", "link": "url", "source": "url",
               "publisher": "publisher", "site": "publisher", "site_name": "publisher",
               "accessed": "accessed", "access_date": "accessed", "accessdate": "accessed",
               "urldate": "accessed", "short_title": "short_title", "shorttitle": "short_title"}


def _front_matter(md: str) -> tuple[str, dict[str, Any]]:
    """Split off simple YAML front matter (scalars and lists of scalars): (rest, fields)."""
    m = _FRONT_MATTER.match(md)
    if not m:
        return md, {}
    fields: dict[str, Any] = {}
    key = None
    for line in m.group(1).splitlines():
        item = re.match(r"^\s+-\s+(.*)$", line)
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if item and key:
            fields.setdefault(key, []).append(_yaml_scalar(item.group(1)))
        elif pair:
            key = _FRONT_KEYS.get(pair.group(1).lower())
            value = pair.group(2).strip()
            if key and value.startswith("[") and value.endswith("]"):
                fields[key] = [_yaml_scalar(v) for v in value[1:-1].split(",") if v.strip()]
            elif key and value:
                fields[key] = _yaml_scalar(value)
    return md[m.end():], fields


def _yaml_scalar(value: str) -> str:
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def _markdown_to_text(md: str) -> tuple[str, ArticleMeta]:
    """Plain text from light Markdown (headings, links, bold dropped); first heading = title.

    YAML front matter gives title, short title, authors, date, accessed date, url and
    publisher, and is not article text.
    """
    md, front = _front_matter(md)
    title = None
    lines = []
    for line in md.splitlines():
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            line = heading.group(1)
            title = title or line
        line = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
        lines.append(re.sub(r"^\s{0,3}>\s?", "", line))
    authors = front.get("authors") or []
    published = str(front.get("published") or "")[:10]
    accessed = str(front.get("accessed") or "")[:10]
    meta = ArticleMeta(
        title=front.get("title") if isinstance(front.get("title"), str) else title,
        authors=[authors] if isinstance(authors, str) else [str(a) for a in authors],
        published=published if is_iso_date(published) else None,
        url=front.get("url") if isinstance(front.get("url"), str) else None,
        publisher=front.get("publisher") if isinstance(front.get("publisher"), str) else None,
        accessed=accessed if is_iso_date(accessed) else None,
        short_title=front.get("short_title") if isinstance(front.get("short_title"), str)
        else None,
    )
    return "\n".join(lines), meta


def seed_article() -> tuple[str, ArticleMeta, str]:
    """The bundled seed article's text, metadata and path."""
    from homsquotes.resources import SEED_META, SEED_TEXT, resource_path

    text_path = resource_path(SEED_TEXT)
    info = json.loads(resource_path(SEED_META).read_text(encoding="utf-8"))
    author = info.get("author") or info.get("authors") or []
    meta = ArticleMeta(
        title=info.get("title"),
        standfirst=info.get("standfirst"),
        publisher=info.get("publisher"),
        authors=[author] if isinstance(author, str) else list(author),
        published=info.get("published"),
        published_note=info.get("published_note"),
        url=info.get("url"),
        accessed=info.get("accessed"),
        language=info.get("language") or "en",
    )
    return read_article_text(text_path), meta, str(text_path)


def expand_folders(paths: Iterable[str | Path], glob: str | None = None) -> list[str]:
    """Paths as strings, each folder replaced by the article files under it (sorted), each zip
    archive by the article files in it (`archive.zip!member`); with `glob` ('*.pdf'), only
    the files in folders and archives whose names match it."""
    from homsquotes.core.formats.archive import archive_members, is_archive

    suffixes = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCUMENT_SUFFIXES
    out: list[str] = []
    for path in _expand_directories(paths, glob, suffixes | {".zip"}):
        out.extend(archive_members(path, suffixes, glob) if is_archive(path) else [path])
    return out


def _expand_directories(
    paths: Iterable[str | Path], glob: str | None, suffixes: set[str]
) -> list[str]:
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if str(path) != "-" and p.is_dir():
            found = [
                str(f)
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and (
                    f.suffix.lower() in suffixes
                    if glob is None
                    else fnmatch(f.name.lower(), glob.lower()) or f.suffix.lower() == ".zip"
                )
                and not f.name.startswith((".", "~$"))  # hidden files, Word's lock files
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            ]
            # An empty folder stays, so reading it reports the problem instead of silence.
            out.extend(found or [str(path)])
        else:
            out.append(str(path))
    return out
