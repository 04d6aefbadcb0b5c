"""Properties that hold for any text: extraction never raises and its offsets index the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.furniture import find_layout
from homsquotes.core.extraction.quotemarks import find_quote_spans

MARKS = ['"', "'", "“", "”", "‘", "’", "„", "«", "»", "‚", "‹", "›", "``", "''", "`"]
PIECES = MARKS + [
    " ",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    " — ",
    "(",
    ")",
    "\u00a0",
    "\u202a",
    "\ufeff",
    "he said",
    " said ",
    "told AFP",
    "Brahimi",
    "Assad’s",
    "Jones'",
    "'tis",
    "rock 'n' roll",
    "the '90s",
    "o’clock",
    "We won",
    "the talks",
    "Skip to main content",
    "Sign up",
    "(AFP)",
    "é",
    "日本",
    "🙂",
]
quote_rich_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=80
).map("".join)


def check_spans(text: str, spans) -> None:
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end  # text order, no overlap: nested quotes are not listed
        previous_end = span.end


@settings(max_examples=400, deadline=None)
@given(quote_rich_text)
def test_quote_spans_are_ordered_slices_of_the_text(text: str) -> None:
    spans = find_quote_spans(text)
    check_spans(text, spans)
    for span in spans:
        assert text[span.start] in "\"'“”‘’„«»‚‹›`‛‟"


@settings(max_examples=200, deadline=None)
@given(quote_rich_text)
def test_layout_spans_index_the_text(text: str) -> None:
    layout = find_layout(text)
    for start, end in layout.furniture:
        assert 0 <= start < end <= len(text)
    for heading in (layout.title, layout.standfirst):
        if heading is not None:
            assert text[heading.start : heading.end] == heading.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_rich_text)
def test_extract_never_raises_and_quotes_index_the_text(text: str) -> None:
    article = extract(text)
    for quote in article.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        for part in (quote.speaker_mention, quote.cue):
            if part is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start : part.end] == part.text
