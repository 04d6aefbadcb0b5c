"""Several quotes cited at once: one reference per work, in the style's bibliography order,
and (Chicago notes) the shortened note for a work already cited.

Manual sections: APA 7 §9.44 (reference list alphabetical by first author, or by title when
there is none); MLA 9 §5.125 (works cited alphabetical); CMOS 18 §14.29–14.30 (shortened
notes after the first: author or short title), §14.68 (bibliography alphabetical); Cite
Them Right 12 "Reference list" (alphabetical by author).
"""

from __future__ import annotations

import pytest

from homsquotes.core.citations import cite_quote, join_citations
from homsquotes.core.model import ArticleMeta

HOMS = ArticleMeta(title="UN calls for fresh negotiations following an escalation of Homs violence",
                   publisher="Middle East Eye", published="2014-04-17")
FLOODS = ArticleMeta(title="Floods hit the north again", publisher="Echo", published="2014-04-17",
                     authors=["Ursula von der Leyen"], url="https://echo.example/floods",
                     accessed="2024-05-02")
STYLES = ["apa", "mla", "chicago", "chicago-author-date", "harvard"]


def _three_from_one(style: str) -> tuple[list, tuple[str, str]]:
    quotes = [{"text": f"“Statement number {n}.”", "speaker": "Ann Smith"} for n in (1, 2, 3)]
    citations = [cite_quote(q, HOMS, style) for q in quotes]
    return citations, join_citations(citations)


@pytest.mark.parametrize("style", STYLES)
def test_three_quotes_from_one_article_give_one_reference(style: str) -> None:
    citations, (text, markup) = _three_from_one(style)
    reference = citations[0].reference
    assert text.count(reference) == 1
    assert markup.count(citations[0].reference_html) == 1
    for n in (1, 2, 3):
        assert f"Statement number {n}" in text
    assert text.endswith(reference)


def test_later_chicago_notes_for_the_same_work_are_shortened() -> None:
    citations, (text, markup) = _three_from_one("chicago")
    first, later = citations[0].note, citations[0].short_note
    assert later and later != first and len(later) < len(first)
    assert "Fresh Negotiations,”" in later and "Following an Escalation" not in later
    assert f"\n\n1. {first}" in text
    assert f"\n\n2. {later}" in text and f"\n\n3. {later}" in text
    assert "<sup>3</sup>" in markup and f"<p>3. {citations[0].short_note_html}</p>" in markup


@pytest.mark.parametrize(("style", "first_word"), [
    ("apa", "UN calls"),  # U before v: APA keeps "von der Leyen" whole and sorts on it
    ("chicago", "Leyen"),  # CMOS demotes the particle: "Leyen, Ursula von der"
    ("harvard", "Middle East Eye"),  # M before v
])
def test_references_follow_the_styles_order(style: str, first_word: str) -> None:
    citations = [cite_quote({"text": "“A.”", "speaker": "Ann Smith"}, HOMS, style),
                 cite_quote({"text": "“B.”", "speaker": "Bo Li"}, FLOODS, style),
                 cite_quote({"text": "“C.”", "speaker": "Ann Smith"}, HOMS, style)]
    text, _ = join_citations(citations)
    references = {c.reference for c in citations}
    assert len(references) == 2
    tail = text.split("\n\n")[-2:]
    assert set(tail) == references
    assert tail[0].startswith(first_word)


def test_a_note_right_after_one_for_the_same_work_takes_the_styles_ibid_form() -> None:
    """CMOS 17 §14.34: consecutive notes to one work may give the author alone; a note
    after another work's note gives author and short title (§14.29)."""
    signed = ArticleMeta(title="Floods hit the north again today", publisher="Echo",
                         published="2014-04-17", authors=["Jane Smith"])
    order = [signed, signed, HOMS, signed]
    citations = [cite_quote({"text": f"“Q{n}.”", "speaker": "Ann Smith"}, meta, "chicago-17")
                 for n, meta in enumerate(order)]
    text, _ = join_citations(citations)
    assert "\n\n2. Ann Smith, quoted in Smith.\n" in text
    assert "\n\n4. Ann Smith, quoted in Smith, “Floods Hit the North,” April 17, 2014." in text
