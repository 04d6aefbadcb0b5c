"""Telling page furniture from the article body.  PLACEHOLDER: the quote-marks engineer replaces the body.

Contract: find_layout(text) -> ArticleLayout with the title span (first real heading), the standfirst
span (if any) and the character ranges that are furniture (navigation, newsletter blurbs, publisher
footers, captions) and must yield no quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from homsquotes.core.model import Span


@dataclass(slots=True)
class ArticleLayout:
    title: Span | None = None
    standfirst: Span | None = None
    furniture: list[tuple[int, int]] = field(default_factory=list)

    def is_furniture(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.furniture)


def find_layout(text: str) -> ArticleLayout:
    return ArticleLayout()
