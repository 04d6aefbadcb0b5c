"""Rebuilding paragraphs from positioned PDF lines (no PDF needed)."""

from __future__ import annotations

from homsquotes.core.formats.pdf_layout import Line, paragraphs_from_pages

WIDTH, HEIGHT = 600.0, 800.0


def page(lines: list[tuple[str, float, float]], number: int | None = None) -> list[Line]:
    """Lines given as (text, left, baseline); each 6 points per character wide."""
    out = [Line(text, left, y, left + 6 * len(text), y + 10, WIDTH, HEIGHT) for text, left, y in
           [("The Example Gazette", 72, 770)] + lines]
    if number is not None:
        out.append(Line(str(number), 300, 30, 306, 40, WIDTH, HEIGHT))
    return out


FULL = " ".join(["word"] * 14)  # a line that reaches the right edge (72 + 6 * 69 = 486)


def full(start: str = "", end: str = "") -> str:
    """A full line: `start`, filler words, `end`."""
    filler = " ".join(["word"] * ((69 - len(start) - len(end)) // 5))
    return " ".join(part for part in (start, filler, end) if part)


def test_hyphenated_words_are_joined_and_real_compounds_kept():
    first = page(
        [
            (full(end="the inter\ufffe"), 72, 700),
            (full("national", "a well\ufffe"), 72, 686),
            (full("known bridge,", "a well-known design."), 72, 672),
            (full(end="it ends."), 72, 658),
        ],
        1,
    )
    second = page([("A new paragraph starts here.", 72, 700)], 2)
    paragraphs = paragraphs_from_pages([first, second])
    assert " the international word" in paragraphs[0]
    assert " a well-known bridge," in paragraphs[0] and "\ufffe" not in paragraphs[0]
    assert paragraphs[-1] == "A new paragraph starts here."
    assert not any("Gazette" in p or p.strip().isdigit() for p in paragraphs)


def test_a_short_line_ends_a_paragraph_and_a_full_one_does_not():
    lines = [(FULL, 72, 700), ("ends here.", 72, 686), (FULL, 72, 672), (FULL, 72, 658),
             ("and this one too.", 72, 644)]
    paragraphs = paragraphs_from_pages([page(lines, 1), page([(FULL, 72, 700)], 2)])
    assert paragraphs[:2] == [f"{FULL} ends here.", f"{FULL} {FULL} and this one too."]


def test_a_text_layer_of_unmapped_glyphs_is_unreadable():
    from homsquotes.core.formats.pdf import unreadable_share

    assert unreadable_share("\ue001\ue002\ue003 \ue004\ue005 ok") > 0.5
    assert unreadable_share("\u201cWe will,\u201d she said. Caf\u00e9 \u2014 fine.") == 0.0
