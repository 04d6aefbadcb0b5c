"""Hard-wrapped text read as flowing paragraphs, with every offset kept.

Archive exports (LexisNexis, ProQuest, Factiva), e-mail and text copied out of a PDF break
each paragraph into lines of about 70 characters, so an attribution runs over a line break
("… my china rattles,'' she\\nsaid."; "said board\\nchairman Walter J. Prentiss").  The
extractor reads such a text with those line breaks turned into spaces: one character for one,
so every offset into the flowing text is an offset into the text as the user gave it, and a
quotation's words are still read from the original.
"""

from __future__ import annotations

import re

from homsquotes.core.extraction.spans.quotemarks import looks_hard_wrapped

# A line break inside a paragraph: text on both sides, no blank line.
_INNER_BREAK = re.compile(r"(?<=[^\s])[ \t]*\n(?=[ \t]*[^\s])")
# A line this much shorter than the text's usual width ends where its writer ended it (the
# last line of a paragraph, a heading, a list item), not where the wrap fell.
SHORT_LINE_SHARE = 0.6
# A next line opening a list item or a new speaker's turn starts a new line of its own.
_OWN_LINE = re.compile(r"[ \t]*(?:[-*•·–—]|\d{1,2}[.)][ \t]|[A-Z][A-Z .'-]{1,30}:|Q:|A:)")


def unwrap(text: str) -> str:
    """`text` with the line breaks inside its hard-wrapped paragraphs made spaces (the same
    length, so offsets carry over); `text` itself when it is not hard-wrapped."""
    if "\n" not in text or not looks_hard_wrapped(text):
        return text
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    width = lengths[int(len(lengths) * 0.9)]
    chars = list(text)
    for m in _INNER_BREAK.finditer(text):
        newline = m.end() - 1
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < SHORT_LINE_SHARE * width:
            continue
        if _OWN_LINE.match(text, newline + 1):
            continue
        chars[newline] = " "
    return "".join(chars)
