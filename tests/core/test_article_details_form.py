"""The article details form's logic (homsquotes.core.article_details), without Qt."""

from __future__ import annotations

from homsquotes.core import article_details as core
from homsquotes.core.model import ArticleMeta

META = ArticleMeta(title="UN calls for fresh negotiations following an escalation of Homs "
                         "violence", publisher="Middle East Eye", published="2014-04-17",
                   authors=["Beethoven, Ludwig van"])


def test_rows_of_the_author_editor_round_trip() -> None:
    details = core.details_of(META)
    assert details.authors == [{"given": "Ludwig", "dropping-particle": "van",
                                "family": "Beethoven"}]
    row = core.author_row(details.authors[0])
    assert row == ["Ludwig", "van", "", "Beethoven", ""]
    assert core.author_from_row(row) == details.authors[0]
    assert core.author_from_row(["", "", "", "Reuters", ""]) == {"literal": "Reuters"}
    assert core.author_row({"literal": "Reuters"})[3] == "Reuters"
    assert core.author_from_row(["", "", "", "", ""]) == {}


def test_only_changed_fields_are_saved() -> None:
    details = core.details_of(META)
    assert core.changes(details, META) == {}
    details.url = " https://mee.example/un "
    details.authors.append({"given": "Jane", "family": "Smith"})
    assert core.changes(details, META) == {
        "url": "https://mee.example/un",
        "author_names": [{"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"},
                         {"given": "Jane", "family": "Smith"}]}


def test_problems_name_the_impossible_date() -> None:
    details = core.details_of(META)
    details.published, details.accessed = "2014-02-30", "2024-05-02"
    assert core.problems(details) == [
        "Published: write a real date as YYYY-MM-DD, YYYY-MM or YYYY."]


def test_preview_cites_the_typed_details_in_the_chosen_style() -> None:
    details = core.details_of(META)
    details.short_title = "UN calls"
    shown = core.preview(details, "harvard")
    assert "Beethoven, L. van (2014)" in shown.reference_html
    assert shown.missing == ["url"]
    assert shown.short_title == "UN calls" and "Cite Them Right" in shown.style_title
    assert core.derived_short_title(details.title) == "UN calls for fresh negotiations"
