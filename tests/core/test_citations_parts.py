"""The pieces of a citation: CSL-JSON items, style lookup, quotation trimming and attribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from homsquotes.core.citations import (
    article_to_csl,
    available_styles,
    cite_article,
    cite_quote,
    missing_metadata,
    resolve_style,
)
from homsquotes.core.citations.csl_item import csl_name, date_parts
from homsquotes.core.citations.fixes import move_punctuation_into_quotes
from homsquotes.core.citations.quoting import nest_quotes, quotation_body, who_said
from homsquotes.core.citations.styles import load_style
from homsquotes.core.errors import CitationError
from homsquotes.core.model import ArticleMeta

SEED = ArticleMeta(title="UN calls for fresh negotiations following an escalation of Homs violence",
                   publisher="Middle East Eye", published="2014-04-17")


def test_csl_item_is_a_newspaper_article_with_the_publisher_as_container() -> None:
    meta = ArticleMeta(title="T", publisher="The Paper",
                       authors=["Jane Smith", "Ludwig van Beethoven"],
                       published="2014-04", url="https://x.example/a", accessed="2024-05-02")
    item = article_to_csl(meta, "a1")
    assert item["id"] == "a1"
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "The Paper"
    assert item["issued"] == {"date-parts": [[2014, 4]]}
    assert item["accessed"] == {"date-parts": [[2024, 5, 2]]}
    assert item["URL"] == "https://x.example/a"
    assert item["author"] == [{"family": "Smith", "given": "Jane"},
                              {"given": "Ludwig", "non-dropping-particle": "van",
                               "family": "Beethoven"}]


def test_csl_item_leaves_unknown_fields_out() -> None:
    item = article_to_csl(ArticleMeta(title="T"))
    assert set(item) == {"id", "type", "title", "language"}


@pytest.mark.parametrize(("name", "expected"), [
    ("Smith, Jane", {"family": "Smith", "given": "Jane"}),
    ("Reuters", {"literal": "Reuters"}),
    ("Mary  Ann   Evans", {"family": "Evans", "given": "Mary Ann"}),
])
def test_csl_name(name: str, expected: dict) -> None:
    assert csl_name(name) == expected


@pytest.mark.parametrize(("value", "parts"), [
    ("2014", [2014]), ("2014-04-17", [2014, 4, 17]), ("2014-13-01", [2014]), ("soon", None),
])
def test_date_parts(value: str, parts: list[int] | None) -> None:
    result = date_parts(value)
    assert (result["date-parts"][0] if result else None) == parts


def test_missing_metadata_names_what_the_citation_lacks() -> None:
    assert missing_metadata(SEED) == ["url", "author"]
    assert missing_metadata(ArticleMeta()) == ["title", "publisher", "date", "url", "author"]
    assert cite_quote({"text": "x"}, ArticleMeta(title="T"), "apa").missing == [
        "publisher", "date", "url", "author"]


def test_short_names_and_full_csl_names_resolve_to_the_same_file() -> None:
    assert resolve_style("mla").path == resolve_style("modern-language-association").path
    assert resolve_style("chicago").path.name == "chicago-notes-bibliography.csl"
    assert resolve_style("harvard").locale == "en-GB"
    names = [s["name"] for s in available_styles()]
    assert names == ["apa", "mla", "chicago", "chicago-author-date", "harvard",
                     "chicago-17", "chicago-author-date-17"]
    assert all(s["title"] for s in available_styles())


def test_the_help_names_each_styles_edition_as_its_csl_file_does() -> None:
    """Chicago 18 (2024) is the default; the 17th edition stays available by name."""
    from homsquotes.commands.cite import STYLE_EDITIONS

    for style in available_styles():
        edition = STYLE_EDITIONS[style["name"]]
        number = edition.split(" edition")[0].rsplit(" ", 1)[1]  # "18th"
        assert f"{number} edition" in style["title"], (style, edition)
    assert "18th" in STYLE_EDITIONS["chicago"] and "17th" in STYLE_EDITIONS["chicago-17"]


@pytest.mark.parametrize("name", ["nonsense-style", "", "../../etc/passwd", "missing.csl"])
def test_unknown_style_is_a_citation_error(name: str) -> None:
    with pytest.raises(CitationError):
        resolve_style(name)


def test_broken_csl_file_is_a_citation_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csl"
    bad.write_text("<style><oops", encoding="utf-8")
    with pytest.raises(CitationError):
        cite_article(SEED, str(bad))


MINIMAL_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Minimal</title><id>minimal</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="[" suffix="]"><text variable="container-title"/></layout></citation>
  <bibliography><layout><text variable="title"/><text variable="container-title" prefix=" / "/>
  </layout></bibliography>
</style>
"""


def test_a_users_csl_file_works(tmp_path: Path) -> None:
    path = tmp_path / "minimal.csl"
    path.write_text(MINIMAL_CSL, encoding="utf-8")
    citation = cite_quote({"text": "“Yes.”", "speaker": "A. Person"}, SEED, str(path))
    assert citation.reference == f"{SEED.title} / Middle East Eye"
    assert citation.in_text == "“Yes” (Person, cited in [Middle East Eye])."


def test_styles_are_parsed_once_per_process() -> None:
    spec = resolve_style("apa")
    assert load_style(spec.path, spec.locale) is load_style(spec.path, spec.locale)


def test_long_quotation_is_trimmed_at_a_word_boundary_with_an_ellipsis() -> None:
    text = "“" + " ".join(f"word{i}" for i in range(60)) + ".”"
    body, trimmed = quotation_body(text, max_words=5)
    assert (body, trimmed) == ("word0 word1 word2 word3 word4", True)
    citation = cite_quote({"text": text, "speaker": "X"}, SEED, "apa", max_words=5)
    assert citation.quotation == "“word0 word1 word2 word3 word4 . . .”"  # APA 7 §8.31
    harvard = cite_quote({"text": text, "speaker": "X"}, SEED, "harvard", max_words=5)
    assert harvard.quotation == "‘word0 word1 word2 word3 word4 …’"
    assert cite_quote({"text": text}, SEED, "apa", max_words=None).quotation.count("word") == 60


def test_quotation_loses_outer_marks_and_the_trailing_comma_but_keeps_a_question_mark() -> None:
    assert quotation_body('"We will stay,"') == ("We will stay", False)
    assert quotation_body("«Why now?»") == ("Why now?", False)
    assert quotation_body("“He said ‘no’”") == ("He said ‘no’", False)


def test_inner_quotes_become_single_in_american_styles() -> None:
    assert nest_quotes('he called it "a farce"', "‘", "’", "“") == "he called it ‘a farce’"
    assert nest_quotes("he called it “a farce”", "“", "”", "‘") == "he called it “a farce”"


def test_attribution_without_speaker_or_affiliation() -> None:
    assert who_said("Lakhdar Brahimi", None) == "Lakhdar Brahimi"
    assert who_said(None, "a UN spokesman") == "a UN spokesman"
    assert who_said("Brahimi", "Brahimi") == "Brahimi"
    assert who_said(None, None) is None
    anonymous = cite_quote({"text": "“Calm returned.”"}, SEED, "harvard")
    assert anonymous.in_text == "‘Calm returned’ (Middle East Eye, 2014)."


def test_mla_names_the_speaker_in_the_prose() -> None:
    c = cite_quote({"text": "“Enough.”", "speaker": "Abu Ahmad"}, SEED, "mla")
    assert c.in_text.startswith("According to Abu Ahmad, “Enough” (qtd. in ")


def test_html_escapes_the_quotation() -> None:
    c = cite_quote({"text": "“A <b> & B”", "speaker": "S & T"}, SEED, "apa")
    assert "A &lt;b&gt; &amp; B" in c.html
    assert "S &amp; T" in c.html
    assert "A <b> & B" in c.text


@pytest.mark.parametrize(("before", "after"), [
    ("“Title”. Next", "“Title.” Next"),
    ("“Title”, 2014", "“Title,” 2014"),
    ("“Why?”. Next", "“Why?” Next"),
    ("“Title”</i>. Next", "“Title.”</i> Next"),
    ("‘Title’, 17 April", "‘Title’, 17 April"),
])
def test_punctuation_moves_inside_american_quotes(before: str, after: str) -> None:
    assert move_punctuation_into_quotes(before) == after


def test_cite_library_quotes_looks_up_quotes_and_articles(monkeypatch, tmp_path) -> None:
    from homsquotes.core.citations import cite_library_quotes, join_citations
    from homsquotes.core.errors import NotFoundError

    monkeypatch.setenv("HOMSQUOTES_CONFIG_DIR", str(tmp_path))
    stored = {7: {"id": 7, "article_id": 1, "text": "“Yes.”", "speaker": "A"},
              8: {"id": 8, "article_id": 1, "text": "“No.”", "speaker": "B"}}

    class FakeLibrary:
        def quote(self, qid):
            if qid not in stored:
                raise NotFoundError(f"no quote with id {qid}")
            return stored[qid]

        def article_meta(self, _aid):
            return SEED

    citations = cite_library_quotes(FakeLibrary(), [8, 7])  # default style: apa
    assert [c.quotation for c in citations] == ["“No”", "“Yes”"]
    text, markup = join_citations(citations)
    assert text.count("as cited in") == 2 and markup.count("<i>Middle East Eye</i>") == 1
    with pytest.raises(NotFoundError):
        cite_library_quotes(FakeLibrary(), [7, 99], "mla")


@pytest.mark.parametrize(("before", "after"), [
    ("Why now?. (n.d.).", "Why now? (n.d.)."),
    ("<i>Why now?</i>. Next", "<i>Why now?</i> Next"),
    ("“Stop!”. Next", "“Stop!” Next"),
    ("U.S. policy. Next", "U.S. policy. Next"),
])
def test_no_period_after_a_question_or_exclamation_mark(before: str, after: str) -> None:
    from homsquotes.core.citations.fixes import drop_doubled_punctuation

    assert drop_doubled_punctuation(before) == after


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "harvard"])
def test_a_title_ending_in_a_question_mark_gets_no_extra_period(style: str) -> None:
    meta = ArticleMeta(title="Why now?", publisher="The Paper", published="2020")
    assert "?." not in cite_quote({"text": "“Q”"}, meta, style).reference


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "harvard"])
def test_no_metadata_at_all_still_formats(style: str) -> None:
    c = cite_quote({"text": "“Q.”", "speaker": "S"}, ArticleMeta(), style)
    assert "“Q”" in c.text or "‘Q’" in c.text
    assert "()" not in c.text and "in )" not in c.text
    assert c.missing == ["title", "publisher", "date", "url", "author"]


# A plain-text import often has no publisher, and its first line (the title) may end in a period.
NO_PUBLISHER = ArticleMeta(title="Minister resigns after row.", published="2024-05-01")
QUOTE = {"text": "“We will go on,”", "speaker": "Ann Smith", "affiliation": "opposition leader"}


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "harvard"])
def test_an_article_without_publisher_is_still_cited_by_its_title(style: str) -> None:
    """Harvard substitutes the newspaper for a missing author; with no newspaper either it
    printed "(cited in 2024)" and a reference starting "(2024)". The title must stand in."""
    c = cite_quote(QUOTE, NO_PUBLISHER, style)
    assert "resigns after row" in c.in_text.lower() or "resigns after row" in (c.note or "").lower()
    assert c.reference.lower().startswith(("minister", "“minister", "‘minister"))


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "chicago-author-date", "harvard"])
def test_a_title_ending_in_a_period_gets_no_doubled_punctuation(style: str) -> None:
    c = cite_quote(QUOTE, NO_PUBLISHER, style)
    for text in (c.text, c.html):
        assert "row.," not in text.lower() and "row.." not in text.lower()
        assert "row.’." not in text.lower() and "row.”." not in text.lower()
    assert article_to_csl(NO_PUBLISHER)["title"] == "Minister resigns after row."  # export keeps it


def test_joined_note_citations_are_numbered_in_order() -> None:
    """Copying three quotes in a note style must give notes 1, 2, 3, not three note 1s."""
    from homsquotes.core.citations import join_citations

    quotes = [{"text": f"“Statement number {n}”", "speaker": "Ann Smith"} for n in range(1, 13)]
    citations = [cite_quote(q, SEED, "chicago") for q in quotes]
    text, markup = join_citations(citations)
    assert "“Statement number 2”²" in text and "\n\n2. Ann Smith" in text
    assert "“Statement number 12”¹²" in text and "\n\n12. Ann Smith" in text
    assert "<sup>3</sup>" in markup and "<p>3. Ann Smith" in markup
    assert text.count("”¹\n") == 1
    one = join_citations(citations[:1])
    assert one == (citations[0].text, citations[0].html)
    apa = [cite_quote(q, SEED, "apa") for q in quotes[:2]]
    assert join_citations(apa)[0] == "\n\n".join([apa[0].in_text, apa[1].in_text,
                                                   apa[0].reference])


@pytest.mark.parametrize(("style", "label"), [("ieee", "[1]"), ("nature", "1.")])
def test_numeric_styles_separate_the_number_from_the_reference(style: str, label: str) -> None:
    """CSL's second-field-align sets the number apart; citeproc-py glued "[1]“UN calls…"."""
    c = cite_quote({"text": "“We will go on”", "speaker": "Ann Smith"}, SEED, style)
    assert c.reference.startswith(label + " ")
    assert c.reference_html.startswith(label + " ") or f">{label} " in c.reference_html
