"""OpenDocument text (.odt, LibreOffice) with the standard library: paragraphs and headings
from content.xml, title, creator and creation date from meta.xml."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from homsquotes.core.errors import InputError
from homsquotes.core.model import ArticleMeta

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"


def odt_paragraphs(data: bytes, name: str) -> tuple[list[str], ArticleMeta]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            content = ElementTree.fromstring(z.read("content.xml"))
            meta_xml = z.read("meta.xml") if "meta.xml" in z.namelist() else None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        raise InputError(f"{name}: not a readable OpenDocument file (damaged)") from None
    paragraphs, heading = [], None
    for element in content.iter():
        if element.tag not in (_TEXT + "p", _TEXT + "h"):
            continue
        text = " ".join(_element_text(element).split())
        if text:
            paragraphs.append(text)
            if heading is None and element.tag == _TEXT + "h":
                heading = text
    meta = ArticleMeta(title=heading)
    if meta_xml:
        info = ElementTree.fromstring(meta_xml)
        title = info.findtext(f".//{_DC}title") or ""
        creator = info.findtext(f".//{_DC}creator") or info.findtext(f".//{_META}initial-creator")
        created = info.findtext(f".//{_META}creation-date") or ""
        meta.title = title.strip() or heading
        meta.authors = [creator.strip()] if creator and creator.strip() else []
        if created[:10]:
            meta.published = created[:10]
            meta.published_note = "the date the file was created; check the publication date"
    return paragraphs, meta


def _element_text(element: ElementTree.Element) -> str:
    """A paragraph's text with <text:s/> spaces, tabs and line breaks, without nested paragraphs
    (a note's text:p is read on its own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in (_TEXT + "s", _TEXT + "tab", _TEXT + "line-break"):
            parts.append(" ")
        elif child.tag not in (_TEXT + "note", _TEXT + "p", _TEXT + "h"):
            parts.append(_element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
