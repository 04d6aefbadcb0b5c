"""The article details form's logic: its values, checking them, saving them, the live preview.

The window's Article › Edit Details… dialog (homsquotes/ui/dialogs/article_details.py) only lays
these out. Authors are edited as CSL name parts; a row with only a family name is an
organisation or a single name, kept whole (a CSL literal).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from homsquotes.core.citations.names import clean_name_parts, display_name, parse_name
from homsquotes.core.citations.titles import sentence_case, short_title
from homsquotes.core.library.sources import is_iso_date
from homsquotes.core.model import ArticleMeta

# (CSL key, column heading) of the author editor, in reading order.
AUTHOR_COLUMNS = (
    ("given", "Given"),
    ("dropping-particle", "Particle (dropped)"),
    ("non-dropping-particle", "Particle (kept)"),
    ("family", "Family / organisation"),
    ("suffix", "Suffix"),
)
AUTHOR_COLUMN_HELP = {
    "given": "Given names: Ursula, Ludwig, Martin Luther",
    "dropping-particle": "A particle a short cite leaves out: van in Ludwig van Beethoven "
                         "(cited as Beethoven)",
    "non-dropping-particle": "A particle that stays with the surname: von der in Ursula von "
                             "der Leyen (cited as von der Leyen)",
    "family": "The surname (García Márquez), or an organisation's whole name (Reuters)",
    "suffix": "Jr., III",
}
TEXT_FIELDS = ("title", "short_title", "publisher", "published", "accessed", "url", "language")
DATE_FIELDS = {"published": "Published", "accessed": "Accessed"}


@dataclass(slots=True)
class ArticleDetails:
    """What the form shows and edits; blank strings mean unknown."""

    title: str = ""
    short_title: str = ""
    publisher: str = ""
    published: str = ""
    accessed: str = ""
    url: str = ""
    language: str = ""
    authors: list[dict[str, str]] = field(default_factory=list)


def details_of(meta: ArticleMeta) -> ArticleDetails:
    names = meta.author_names or [parse_name(a) for a in meta.authors if a and a.strip()]
    return ArticleDetails(
        title=meta.title or "", short_title=meta.short_title or "",
        publisher=meta.publisher or "", published=meta.published or "",
        accessed=meta.accessed or "", url=meta.url or "", language=meta.language or "",
        authors=[clean_name_parts(n) for n in names if n],
    )


def author_row(parts: dict[str, str]) -> list[str]:
    """One author as the editor's cells; a literal shows in the family column."""
    if parts.get("literal"):
        return ["", "", "", parts["literal"], ""]
    return [parts.get(key, "") for key, _heading in AUTHOR_COLUMNS]


def author_from_row(cells: list[str]) -> dict[str, str]:
    """The editor's cells as CSL name parts; family alone is kept whole (a literal)."""
    parts = {key: " ".join((cells[i] if i < len(cells) else "").split())
             for i, (key, _heading) in enumerate(AUTHOR_COLUMNS)}
    parts = {k: v for k, v in parts.items() if v}
    if set(parts) == {"family"}:
        return {"literal": parts["family"]}
    return clean_name_parts(parts)


def author_from_text(name: str) -> dict[str, str]:
    """A typed name ("Ursula von der Leyen", "Beethoven, Ludwig van") parsed into parts."""
    return parse_name(name)


def problems(details: ArticleDetails) -> list[str]:
    """What stops the form from being saved (one sentence each)."""
    found = []
    for name, label in DATE_FIELDS.items():
        value = getattr(details, name).strip()
        if value and not is_iso_date(value):
            found.append(f"{label}: write a real date as YYYY-MM-DD, YYYY-MM or YYYY.")
    return found


def to_meta(details: ArticleDetails, base: ArticleMeta | None = None) -> ArticleMeta:
    """The details as ArticleMeta (for the preview), keeping base's other fields."""
    names = [n for n in (clean_name_parts(a) for a in details.authors) if n]
    values = {name: (getattr(details, name).strip() or None) for name in TEXT_FIELDS}
    return replace(base or ArticleMeta(), **values, authors=[display_name(n) for n in names],
                   author_names=names)


def changes(details: ArticleDetails, meta: ArticleMeta) -> dict[str, Any]:
    """The edit_article fields whose values the form changed."""
    current = details_of(meta)
    out: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        new = getattr(details, name).strip()
        if new != getattr(current, name).strip():
            out[name] = new
    names = [n for n in (clean_name_parts(a) for a in details.authors) if n]
    if names != current.authors:
        out["author_names"] = names
    return out


def save_details(library: Any, article_id: int, details: ArticleDetails) -> list[str]:
    """Save what changed as one undoable edit; returns the names of the fields changed.

    Raises InputError for a date that does not exist (the form checks first).
    """
    changed = changes(details, library.article_meta(article_id))
    if changed:
        library.edit_article(article_id, **changed)
    return list(changed)


@dataclass(frozen=True, slots=True)
class Preview:
    in_text_html: str
    reference_html: str
    missing: list[str]
    short_title: str  # the short title citations use (typed or derived)
    style_title: str  # "APA Style 7th edition"


def preview(details: ArticleDetails, style: str | None = None) -> Preview:
    """The citation of these details in ``style`` (default: the saved default style)."""
    from homsquotes.core.citations import cite_quote, resolve_style
    from homsquotes.core.citations.styles import style_title
    from homsquotes.core.preferences import get_default_style

    meta = to_meta(details)
    spec = resolve_style(style or get_default_style())
    citation = cite_quote({"text": "“…”"}, meta, spec)
    used_short = details.short_title.strip() or short_title(details.title) or details.title
    in_text = citation.note_html if citation.note_html is not None else citation.in_text_html
    return Preview(in_text, citation.reference_html, citation.missing, used_short,
                   style_title(spec.path) or spec.name)


def derived_short_title(title: str) -> str:
    """The short title citations derive when the user gives none (the field's placeholder)."""
    return short_title(title) or title.strip()


def sentence_cased_title(title: str, article_text: str) -> str:
    """The 'Sentence case' button: see titles.sentence_case for which words it lowers."""
    return sentence_case(title, article_text)
