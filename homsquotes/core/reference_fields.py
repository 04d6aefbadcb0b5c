"""Field values for reference managers: BibTeX names, cite keys, case protection, RIS names.

What each importer reads (checked against Zotero's BibTeX and RIS import translators, the
BibLaTeX manual and JabRef's BibLaTeX mode; see docs/exports.md):

- BibTeX ``@article`` + ``entrysubtype = {newspaper}``: BibLaTeX and biblatex styles treat it
  as a newspaper article; JabRef keeps the subtype; Zotero's BibTeX importer has no
  newspaper type and makes it a Journal Article (use RIS or CSL-JSON for Zotero).
- Names: BibTeX's "von Last, Jr, First" form keeps particles and suffixes in their parts.
- Titles: only words whose case must survive a style's lower-casing are braced.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into an ASCII base letter.
_EXTRA_ASCII = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe",
                              "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th",
                              "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


def ascii_fold(text: str) -> str:
    """'García' -> 'Garcia', 'Øresund' -> 'Oresund'; letters with no Latin form are dropped."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_EXTRA_ASCII))
    return "".join(c for c in decomposed if c.isascii() and not unicodedata.combining(c))


def cite_key_part(text: str) -> str:
    """ASCII letters and digits, each word capitalised: 'von der Leyen' -> 'VonDerLeyen'."""
    words = re.findall(r"[A-Za-z0-9]+", ascii_fold(text))
    return "".join(w[:1].upper() + w[1:] for w in words)


def bibtex_name(parts: dict[str, str], escape) -> str:  # type: ignore[no-untyped-def]
    """A CSL name in BibTeX's "von Last, Jr, First" form; a literal is braced whole."""
    if parts.get("literal"):
        return "{" + escape(parts["literal"]) + "}"
    particle = " ".join(p for p in (parts.get("dropping-particle"),
                                    parts.get("non-dropping-particle")) if p)
    family = escape(parts.get("family", ""))
    if " " in family:  # "García Márquez" is one family name, not First Last
        family = "{" + family + "}"
    last = f"{escape(particle)} {family}" if particle else family
    pieces = [last]
    if parts.get("suffix"):
        pieces.append(escape(parts["suffix"]))
    if parts.get("given"):
        pieces.append(escape(parts["given"]))
    elif parts.get("suffix"):
        pieces.append("")
    return ", ".join(pieces)


def ris_name(parts: dict[str, str]) -> str:
    """RIS 'Last, First, Suffix' with the particle before the family name."""
    if parts.get("literal"):
        return parts["literal"]
    particle = " ".join(p for p in (parts.get("dropping-particle"),
                                    parts.get("non-dropping-particle")) if p)
    last = " ".join(p for p in (particle, parts.get("family")) if p)
    return ", ".join(p for p in (last, parts.get("given"), parts.get("suffix")) if p)


_TITLE_WORD = re.compile(r"[^\s]+")


def protect_title_case(escaped_title: str) -> str:
    """Brace the words of an (already escaped) title whose capitals must survive.

    A style may lower-case a title (sentence case); braces keep a word as it is. Braced:
    acronyms ("UN"), mixed case ("iPhone", "McDonald"), and, in a title written in
    sentence case, every other capitalised word after the first (a name: "Homs").
    In a title-case title a capital says nothing, so only the first two kinds are braced.
    """
    words = _TITLE_WORD.findall(escaped_title)
    letters = [re.sub(r"[^\w]", "", w) for w in words]
    later = [w for w in letters[1:] if w and w[0].isalpha()]
    sentence_cased = bool(later) and sum(w[0].isupper() for w in later) * 2 < len(later)

    def must_keep(word: str, first: bool) -> bool:
        core = re.sub(r"[^\w]", "", word)
        if not core or not any(c.isupper() for c in core) or "\\" in word:
            return False
        if sum(c.isupper() for c in core) > 1 or any(c.isupper() for c in core[1:]):
            return True  # UN, iPhone, McDonald
        return sentence_cased and not first

    out = []
    for i, m in enumerate(_TITLE_WORD.finditer(escaped_title)):
        word = m.group(0)
        if must_keep(word, i == 0):
            lead = re.match(r"^[^\w\\{]*", word).group(0)
            tail = re.search(r"[^\w}]*$", word[len(lead):]).group(0)
            body = word[len(lead):len(word) - len(tail)] if tail else word[len(lead):]
            word = f"{lead}{{{body}}}{tail}"
        out.append((m.start(), m.end(), word))
    result, last = [], 0
    for start, end, word in out:
        result.append(escaped_title[last:start])
        result.append(word)
        last = end
    result.append(escaped_title[last:])
    return "".join(result)
