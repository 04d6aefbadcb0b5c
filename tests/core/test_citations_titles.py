"""Short titles (CSL title-short) and the cautious sentence case for APA titles.

APA 7 §8.14 (in-text short title: "the first few words"), §6.17 (sentence case: proper
nouns and acronyms keep their capitals); MLA 9 §6.10 and CMOS 18 §13.32 (short titles of
up to four words, the main title without its subtitle).
"""

from __future__ import annotations

import html
import re

import pytest

from homsquotes.core.citations import cite_quote
from homsquotes.core.citations.titles import sentence_case, short_title
from homsquotes.core.model import ArticleMeta


@pytest.mark.parametrize(("title", "short"), [
    ("UN calls for fresh negotiations following an escalation of Homs violence",
     "UN calls for fresh negotiations"),
    ("Brexit: what happens next for the UK", "Brexit"),
    ("Minister resigns after row over expenses claims", "Minister resigns after row"),
    ("Floods hit the north", None),  # four words: its own short title
    ("Floods hit the north again today", "Floods hit the north"),
    ("Protesters gather outside parliament demanding early elections now",
     "Protesters gather outside parliament"),
    ("", None),
])
def test_short_title_is_derived(title: str, short: str | None) -> None:
    assert short_title(title) == short


def test_a_short_title_the_user_set_is_the_one_cited() -> None:
    meta = ArticleMeta(title="UN calls for fresh negotiations following an escalation of Homs "
                             "violence", publisher="Middle East Eye", published="2014")
    derived = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, meta, "apa")
    assert "“UN Calls for Fresh Negotiations,” 2014" in derived.in_text
    meta.short_title = "Homs violence"
    chosen = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, meta, "mla")
    assert chosen.in_text.endswith("(qtd. in “Homs Violence”).")
    assert "Following an Escalation" in chosen.reference  # the reference keeps the full title


ARTICLE = ("The UN envoy Lakhdar Brahimi said violence in Homs had resumed. Fresh talks were "
           "needed, the United Nations said. An iPhone video showed the Old City.")


@pytest.mark.parametrize(("title", "expected"), [
    ("UN Calls For Fresh Negotiations Following An Escalation Of Homs Violence",
     "UN calls for fresh negotiations following an escalation of Homs violence"),
    ("Brexit: What Happens Next For The UK And NATO",
     "Brexit: What happens next for the UK and NATO"),
    ("Why Now? The Case For iPhone Videos In The Old City",
     "Why now? The case for iPhone videos in the Old City"),
    ("Talks With Lakhdar Brahimi Collapse", "Talks with Lakhdar Brahimi collapse"),
])
def test_sentence_case_lowers_only_safe_words(title: str, expected: str) -> None:
    assert sentence_case(title, ARTICLE) == expected


def test_sentence_case_keeps_a_title_already_in_sentence_case() -> None:
    title = "UN calls for fresh negotiations following an escalation of Homs violence"
    assert sentence_case(title, ARTICLE) == title


_QUOTED_TITLE = ArticleMeta(title='Council says "reckless" spending must end as gap grows',
                            publisher="Yorkshire Post", published="2024-03-04")


@pytest.mark.parametrize(("style", "expected"), [
    # A title inside the style's double marks holds single ones (MLA 9 §6.45, CMOS 18
    # §12.30); title case reaches the quoted word.
    ("mla", "“Council Says ‘Reckless’ Spending Must End as Gap Grows.”"),
    ("chicago", "“Council Says ‘Reckless’ Spending Must End as Gap Grows.”"),
    # APA's reference title is not in quotation marks: the title's marks are the outer pair.
    ("apa", "Council says “reckless” spending must end as gap grows."),
    # Cite Them Right: single marks outermost.
    ("harvard", "‘Council says “reckless” spending must end as gap grows’"),
])
def test_a_titles_own_quotation_marks_follow_the_style(style: str, expected: str) -> None:
    citation = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, _QUOTED_TITLE, style)
    assert expected in citation.reference
    assert '"' not in citation.text
    assert expected in html.unescape(re.sub(r"<[^>]+>", "", citation.reference_html))


def test_a_title_opening_or_ending_with_a_quotation_keeps_its_marks() -> None:
    meta = ArticleMeta(title="'We will not be silenced': nurses strike over pay",
                       publisher="The Herald", published="2024")
    mla = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, meta, "mla").reference
    assert "“‘We Will Not Be Silenced’: Nurses Strike over Pay.”" in mla
    ends = ArticleMeta(title="Mayor on the budget: 'no more cuts'", publisher="The Herald",
                       published="2024")
    chicago = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, ends, "chicago").reference
    assert "‘No More Cuts.’”" in chicago  # CMOS 6.9: the period inside both marks
    apostrophe = ArticleMeta(title="Trump’s 'big lie' returns", publisher="P", published="2024")
    assert "“Trump’s ‘Big Lie’ Returns.”" in cite_quote(
        {"text": "“x”", "speaker": "A B"}, apostrophe, "mla").reference


def test_an_apostrophe_in_a_title_leaves_its_nesting_alone() -> None:
    meta = ArticleMeta(title='Players’ union rejects "final" offer', publisher="The Herald",
                       published="2024")
    harvard = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, meta, "harvard").reference
    assert "‘Players’ union rejects “final” offer’" in harvard


def test_a_short_title_never_ends_inside_a_quotation() -> None:
    assert short_title('The "Yes" campaign\'s "last stand" begins in earnest today') == (
        'The "Yes" campaign\'s "last stand" begins')
    assert short_title('Voters say "enough is enough, we want change now" in poll') == (
        "Voters say")


def test_an_apostrophe_ending_a_title_is_no_closing_mark() -> None:
    meta = ArticleMeta(title="Keep on truckin’", publisher="The Herald", published="2024")
    mla = cite_quote({"text": "“x”", "speaker": "Ann Smith"}, meta, "mla").reference
    assert "“Keep on Truckin’.”" in mla
    assert short_title("Players’ union says ‘we will never back down on this deal’ in row") == (
        "Players’ union says")
