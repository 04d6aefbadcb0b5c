"""Anchoring quotes by exact text, prefix and suffix."""

from homsquotes.core.library.anchors import anchor_context, find_anchor

TEXT = 'He said "yes" at noon. Later she said "yes" at dusk.'


def test_anchor_context_is_bounded():
    start = TEXT.index('"yes"')
    prefix, suffix = anchor_context(TEXT, start, start + 5, width=4)
    assert prefix == "aid " and suffix == " at "
    assert anchor_context(TEXT, 0, 2) == ("", TEXT[2:34])


def test_find_anchor_prefers_matching_context():
    second = TEXT.rindex('"yes"')
    prefix, suffix = anchor_context(TEXT, second, second + 5)
    edited = "Intro. " + TEXT
    assert find_anchor(edited, '"yes"', prefix, suffix) == (second + 7, second + 12)


def test_find_anchor_uses_hint_when_context_ties_and_none_when_gone():
    first = TEXT.index('"yes"')
    assert find_anchor(TEXT, '"yes"', hint=first) == (first, first + 5)
    assert find_anchor(TEXT, '"no"') is None
    assert find_anchor(TEXT, "") is None
