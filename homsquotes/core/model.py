"""Plain data shared by extraction, the library, citations and exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "term"]

# Joins the parts of an interrupted quotation in `Quote.text`: visible, and never a word the
# speaker said, so the reporter's "she said" between the parts is never mistaken for the quote.
PART_JOINER = " … "
SpeakerType = Literal["person", "organisation", "document", "other"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text, by Python string offsets."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Quote:
    """One quotation found in an article.

    ``start``/``end`` cover the quotation marks too.  ``parts`` are the pieces of one stretch
    of speech, each one pair of marks and what they enclose (``article[p.start:p.end] ==
    p.text``); an interrupted quotation (`"Q1," she said, "Q2."`) has two.  ``text`` is the
    parts joined by PART_JOINER, so it holds only quoted words: for a quote in one piece it is
    ``article[start:end]``, and ``start``/``end`` run from the first part to the last.
    ``speaker`` is the fullest name the article uses for the source;
    ``speaker_mention`` is the span the cue attaches to ("he", "Brahimi").
    ``setting`` says how or where it was said, when the article tells
    ("told AFP", "in a statement distributed at the UN headquarters in New York").
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_type: SpeakerType | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    affiliation: str | None = None
    context: str = ""
    setting: str | None = None
    confidence: float = 0.0
    parts: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [Span(self.start, self.end, self.text)]

    def set_parts(self, parts: list[Span]) -> None:
        """Make the quote these parts (in text order): text, start and end follow them."""
        self.parts = list(parts)
        self.start, self.end = parts[0].start, parts[-1].end
        self.text = PART_JOINER.join(p.text for p in parts)

    @property
    def interrupted(self) -> bool:
        return len(self.parts) > 1

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["parts"] = [p.to_dict() for p in self.parts]
        d["speaker_mention"] = self.speaker_mention.to_dict() if self.speaker_mention else None
        d["cue"] = self.cue.to_dict() if self.cue else None
        d["confidence"] = round(self.confidence, 3)
        return d


@dataclass(slots=True)
class ExtractedArticle:
    """What the extractor found in one text: its title (if any) and its quotes in text order."""

    title: str | None
    quotes: list[Quote] = field(default_factory=list)
    standfirst: str | None = None


@dataclass(slots=True)
class ArticleMeta:
    """Bibliographic facts about an article; every field may be unknown."""

    title: str | None = None
    standfirst: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date, YYYY or YYYY-MM or YYYY-MM-DD
    published_note: str | None = None  # e.g. why a date is inferred
    url: str | None = None
    accessed: str | None = None  # ISO date
    language: str | None = "en"
    short_title: str | None = None  # CSL title-short, when the user set one
    # Each author's CSL name parts (family, given, particles, suffix, or literal), parallel
    # to `authors`; empty means "parse the names in `authors`".
    author_names: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
