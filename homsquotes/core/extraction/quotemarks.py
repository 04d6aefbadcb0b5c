"""Finding quotation spans by their marks.  PLACEHOLDER: the quote-marks engineer replaces the body.

Contract: find_quote_spans(text) returns top-level quotation spans in text order. Each span covers its
opening and closing marks (text[start:end] starts with the opening mark). Nested quotes stay inside their
parent. An interrupted quote ("…," he said, "…") gives two spans. A quote running over several paragraphs
(opening mark repeated at each paragraph, closed only at the end) is ONE span. Unbalanced marks never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    end: int
    closed: bool = True  # False when recovered from an unbalanced mark


_PAIR = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]+[\"\u201d]")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    return [QuoteSpan(m.start(), m.end()) for m in _PAIR.finditer(text)]
