"""Hard-wrapped text (archive exports, e-mail, PDF copies): attributions that run over a line
break are read as if the paragraph flowed, and every quotation keeps the article's own words."""

from quote_lookup import quote_starting

from homsquotes.core.extraction import extract
from homsquotes.core.extraction.layout.hard_wrap import unwrap

# wrapped by hand where attributions break: "said commission\nchairwoman", "she\nsaid"
ARTICLE = """HEADLINE: Ferry service to end after 60 years

BYLINE: By ANNA RUSK, Staff Writer

The county ferry between Millbrook and Port Aske will make its last
crossing on Sunday, the harbour commission decided last night after a
two-hour hearing in the library on Church Street.

''We have run out of ways to keep the boat in the water safely,'' said
commission chairwoman Dorothy Fenwick, reading from a prepared finding.
''The hull surveys leave us no choice at all, and we regret it.''

Several residents said the loss would cut the island off for most of
the winter months, when the coast road often floods.

Another resident, Ingrid Quist, 81, of Shore Road, said the ferry had
carried her family to every wedding and funeral since 1958, and that
the crew had become friends over the years.

''My husband and I courted on that boat, and so did our parents,'' she
said. ''There is no bridge coming for us, and everyone knows it.''
"""
PARAGRAPHS = ARTICLE.split("\n\n")


def test_unwrap_turns_only_the_wraps_into_spaces_and_keeps_every_offset() -> None:
    flowing = unwrap(ARTICLE)
    assert len(flowing) == len(ARTICLE)
    changed = [i for i, (a, b) in enumerate(zip(ARTICLE, flowing, strict=True)) if a != b]
    assert changed and all(ARTICLE[i] == "\n" and flowing[i] == " " for i in changed)
    assert "\n\n" in flowing and flowing.count("\n\n") == ARTICLE.count("\n\n")


def test_unwrap_keeps_short_lines_and_list_items_on_their_own_lines() -> None:
    listed = "Key dates:\n- 1958 first crossing\n- 2026 last crossing\n"
    flowing = unwrap("\n\n".join(PARAGRAPHS[2:]).rstrip() + "\n\n" + listed)
    assert flowing.endswith(listed)
    assert unwrap("one line only") == "one line only"


def test_an_attribution_over_a_line_break_names_the_speaker() -> None:
    assert quote_starting(ARTICLE, "My husband and I").speaker == "Ingrid Quist"
    assert quote_starting(ARTICLE, "We have run out").speaker == "Dorothy Fenwick"


def test_a_wrapped_quotation_keeps_the_articles_words_in_its_parts() -> None:
    for q in extract(ARTICLE).quotes:
        for part in q.parts:
            assert ARTICLE[part.start : part.end] == part.text
        for span in (q.speaker_mention, q.cue):
            if span is not None:
                assert ARTICLE[span.start : span.end] == span.text
    fenwick = quote_starting(ARTICLE, "We have run out")
    assert len(fenwick.parts) == 2  # the reporter's words between the parts are not quoted
    assert "said" not in fenwick.text and "chairwoman" not in fenwick.text


def test_a_surname_hyphenated_at_a_line_end_is_the_person_named_before() -> None:
    text = (
        "Landfill hearing draws a crowd\n\n"
        "Township trustees heard three hours of testimony last night on the\n"
        "proposed landfill off Route 9. Trustee chairman Glenn A. Reinhart said\n"
        "the board would take no vote until it heard from the county prosecutor.\n\n"
        "   ''We are going to do this right,'' Rein-\n"
        "hart said, ''and we are not going to be\n"
        "stampeded by either side.''\n"
    )
    quote = quote_starting(text, "We are going")
    assert quote.speaker == "Glenn A. Reinhart"
    assert [part.text for part in quote.parts][0] == "''We are going to do this right,''"
