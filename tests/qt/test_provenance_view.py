"""The Provenance view: groups carried by several articles, changes highlighted word by word."""

from __future__ import annotations

from analysis_library import add_article

from homsquotes.ui.qt import QUrl
from homsquotes.ui.views.provenance_view import marked_html

SEED_WORDS = (
    "It is a matter of deep regret that negotiations were brutally stopped and violence is now "
    "rife again when a comprehensive agreement seemed close at hand,"
)


def test_marked_words_become_highlights_and_text_is_escaped() -> None:
    out = marked_html("a <b> [-deep-]{+great+} regret")
    assert "&lt;b&gt;" in out
    assert 'line-through">deep</span> <span' in out
    assert 'bold">great</span>' in out


def test_the_view_lists_groups_and_a_link_selects_the_quote(window, qtbot, lib) -> None:
    changed = SEED_WORDS.replace("deep", "great")
    add_article(
        lib,
        f"Copy\n\n“{changed}” Ahmad Jarba said.",
        [(changed, "Ahmad Jarba", "person", "Ahmad Jarba", None)],
        publisher="Weekly Misquote",
        published="2014-04-20",
    )
    window.refresh_all()
    window.open_provenance()
    view = window.provenance_view
    qtbot.waitUntil(lambda: view.groups != [])
    assert view.summary.text() == "1 quotation"
    html_text = view.details.toHtml()
    assert "great" in html_text and "line-through" in html_text
    assert "Ahmad Jarba (different)" in view.details.toPlainText()
    member = view.groups[0]["members"][1]["quote_id"]
    view.details.anchorClicked.emit(QUrl(f"quote:{member}"))
    assert window.detail.quote["id"] == member
    view.min_articles.setValue(1)
    qtbot.waitUntil(lambda: len(view.groups) > 1)
