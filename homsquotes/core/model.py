"""Plain data shared by extraction, the library, citations and exports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "term"]
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

    ``start``/``end`` cover the quotation marks too, so ``text == article[start:end]``.
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

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
