"""Hostile input (issue 11): whatever the text, each quote's context stays short, one unclosed
mark claims a bounded stretch, and output grows linearly with the input.  Sizes are asserted,
never times (speed is benchmarks/bench_adversarial.py's job)."""

import json

import pytest

from homsquotes.core.extraction import attribute_span, extract
from homsquotes.core.extraction.spans.context import CONTEXT_MARGIN
from homsquotes.core.extraction.spans.quotemarks import MAX_UNCLOSED_CHARS, find_quote_spans

# One paragraph, no sentence end: single marks at word edges pair up into many short quotes.
APOSTROPHES = "'tis rock 'n' roll the players' 'em o’clock 'I "
UNCLOSED = '"we will not go back, "never again and then '
MIXED = "\"we will ‘not go «back „never 'again “and then "


def wall(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def output_size(text: str) -> int:
    article = extract(text)
    return len(json.dumps([q.to_dict() for q in article.quotes], ensure_ascii=False))


@pytest.mark.parametrize("piece", [APOSTROPHES, UNCLOSED, MIXED])
def test_context_stays_within_its_margin_of_the_quote(piece: str) -> None:
    text = wall(piece, 20_000)
    for quote in extract(text).quotes:
        assert quote.context in text
        assert len(quote.context) <= (quote.end - quote.start) + 2 * CONTEXT_MARGIN


@pytest.mark.parametrize("piece", [APOSTROPHES, UNCLOSED, MIXED])
def test_output_grows_linearly_with_the_input(piece: str) -> None:
    small, large = output_size(wall(piece, 10_000)), output_size(wall(piece, 40_000))
    # four times the text: about four times the output (it was sixteen before the caps)
    assert large <= 4 * small * 1.25 + 2_000


def test_a_real_sentence_keeps_its_whole_context() -> None:
    text = 'The minister arrived late. "We will not go back," she told reporters on Monday.'
    [quote] = extract(text).quotes
    assert quote.context == text[text.index('"We') :]


def test_long_context_is_cut_at_a_sentence_end() -> None:
    # sentences that open in lower case (a careless transcript) are one long unit
    before = "the talks ran late into the night and nobody left the hall. " * 10
    text = before + 'then the minister, tired, said "we will not go back" and left. ' + before
    [quote] = extract(text).quotes
    assert len(quote.context) <= quote.end - quote.start + 2 * CONTEXT_MARGIN
    assert quote.context.startswith("the talks ran late")  # a whole sentence, not half a word
    assert quote.context.endswith("left the hall.")
    assert '"we will not go back"' in quote.context


def test_an_unclosed_mark_claims_a_bounded_stretch_ending_between_words() -> None:
    text = 'He said "' + "we will go on and on " * 500
    [span] = find_quote_spans(text)
    assert not span.closed
    assert span.end - span.start <= MAX_UNCLOSED_CHARS
    assert text[span.end - 1].isalpha() and text[span.end] == " "


def test_an_unclosed_quote_ends_at_its_last_sentence_end_under_the_cap() -> None:
    text = 'He said "' + "We go on. " * 400
    [span] = find_quote_spans(text)
    assert span.end - span.start <= MAX_UNCLOSED_CHARS
    assert text[span.start : span.end].endswith("We go on.")


def test_marks_opening_inside_each_other_without_end_are_not_quotations() -> None:
    text = wall(UNCLOSED, 5_000) + ' But "this one closes" at last.'
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ['"this one closes"']


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("He said   then left.", 7, 10),
        ("   \n\n   ", 0, 8),
        ("Line one.\n\n\n\nLine two.", 9, 13),
    ],
)
def test_attribute_span_on_whitespace_gives_an_empty_attribution(text, start, end) -> None:
    assert not text[start:end].strip()
    quote = attribute_span(text, start, end)
    assert (quote.start, quote.end, quote.text) == (start, end, text[start:end])
    assert quote.speaker is None and quote.speaker_mention is None and quote.cue is None


@pytest.mark.parametrize("mark", ["\u201c", "\u2018"])
def test_a_quote_reopened_in_every_paragraph_is_read_for_its_attribution_once(
    mark: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # thousands of paragraphs each re-opening a quotation that never closes: looking for a
    # swallowed "he said" must read each character a bounded number of times, not each
    # paragraph's quote from its first paragraph again
    from homsquotes.core.extraction.spans import quotemarks

    read = []
    real = quotemarks.attribution_cut

    def counting(text: str, lo: int, hi: int, *rest: object) -> int:
        read.append(max(0, hi - lo))
        return real(text, lo, hi, *rest)

    monkeypatch.setattr(quotemarks, "attribution_cut", counting)
    text = f"{mark}Word and more words here, in a paragraph.\n\n" * 3000
    find_quote_spans(text)
    assert sum(read) <= 3 * len(text)


def test_a_paragraph_of_many_quotations_is_searched_for_a_cue_once(monkeypatch) -> None:
    """A paragraph of thousands of single-mark quotations ('tis, 'em, the players') was searched
    whole for a cue once per quotation: 100 KB took 140 s.  Counted, not timed."""
    from homsquotes.core.extraction import pipeline

    searched = []

    class CountingPattern:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, string, *args):
            searched.append(len(string))
            return self.pattern.search(string, *args)

    monkeypatch.setattr(pipeline, "CUE_WORD_RE", CountingPattern(pipeline.CUE_WORD_RE))
    text = wall(APOSTROPHES, 20_000)
    quotes = extract(text).quotes
    assert quotes  # the hostile text does hold quotations, so the search ran
    assert sum(searched) <= 5 * len(text)
