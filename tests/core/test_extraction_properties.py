"""Properties that hold for any text: extraction never raises and its offsets index the text."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.layout.furniture import find_layout
from homsquotes.core.extraction.spans.quotemarks import find_quote_spans
from homsquotes.core.model import PART_JOINER, Quote

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


def check_parts(text: str, quote: Quote) -> None:
    """Each part is one stretch of the text, in order and apart; the quote is their join."""
    assert quote.parts
    assert (quote.start, quote.end) == (quote.parts[0].start, quote.parts[-1].end)
    previous_end = quote.start
    for part in quote.parts:
        assert 0 <= part.start < part.end <= len(text)
        assert text[part.start : part.end] == part.text
        assert part.start >= previous_end
        previous_end = part.end
    assert quote.text == PART_JOINER.join(p.text for p in quote.parts)
    if len(quote.parts) == 1:
        assert quote.text == text[quote.start : quote.end]


# Interrupted quotations, so that quotes in several parts are drawn often.
SPEECH = st.lists(
    st.tuples(
        st.sampled_from(['"', "“", "‘", "«", "''", "``"]),
        st.sampled_from(["We won", "Not yet", "It is over, and we go", "Never"]),
        st.sampled_from([",", ".", "!", ""]),
        st.sampled_from([" he said", " said Brahimi", ", she told AFP", " — he added —", ""]),
        st.sampled_from([", ", ". ", " ", "\n\n", "\n"]),
    ),
    min_size=1,
    max_size=8,
)
_CLOSING = {'"': '"', "“": "”", "‘": "’", "«": "»", "''": "''", "``": "''"}


def speech_text(pieces: list[tuple[str, str, str, str, str]]) -> str:
    return "".join(f"{m}{w}{p}{_CLOSING[m]}{a}{sep}" for m, w, p, a, sep in pieces)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPEECH)
def test_parts_of_interrupted_quotes_index_the_text(pieces) -> None:
    text = speech_text(pieces)
    article = extract(text)
    assert article.quotes  # every piece holds a closed quotation
    for quote in article.quotes:
        check_parts(text, quote)
        for part in quote.parts:
            # a part is one pair of marks: it never holds the reporter's words between parts
            assert "said" not in part.text and "told" not in part.text


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
@example("»0.«A'he said»  — ")  # the parser took a space for the subject
def test_extract_never_raises_and_quotes_index_the_text(text: str) -> None:
    article = extract(text)
    previous_end = 0
    for quote in article.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous_end  # quotes in text order, apart
        previous_end = quote.end
        check_parts(text, quote)
        for part in (quote.speaker_mention, quote.cue):
            if part is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start : part.end] == part.text
