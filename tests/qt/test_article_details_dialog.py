"""Article › Edit Details…: the form persists, and its citation preview follows the typing."""

from __future__ import annotations

import pytest

from homsquotes.core import article_details as core
from homsquotes.ui.dialogs.article_details import ArticleDetailsDialog
from homsquotes.ui.qt import QGuiApplication


def _seed_id(lib) -> int:
    return int(lib.articles()[0]["id"])


def test_the_preview_follows_the_fields(lib, qtbot) -> None:
    details = core.details_of(lib.article_meta(_seed_id(lib)))
    dialog = ArticleDetailsDialog(details, style="apa")
    qtbot.addWidget(dialog)
    before = dialog.preview.text()
    assert "Middle East Eye" in before and "url" in before and "author" in before
    dialog.fields["url"].setText("https://www.middleeasteye.net/news/un-homs")
    assert "https://www.middleeasteye.net/news/un-homs" in dialog.preview.text()
    dialog.new_author.setText("Beethoven, Ludwig van")
    dialog.add_author()
    assert dialog.authors.rowCount() == 1
    assert dialog.authors.item(0, 1).text() == "van"  # the dropping particle's column
    text = dialog.preview.text()
    assert "Beethoven, L. van. (2014, April 17)" in text and "Lacks" not in text
    dialog.fields["short_title"].setText("")
    assert dialog.fields["short_title"].placeholderText() == "UN calls for fresh negotiations"


def test_a_date_that_does_not_exist_is_refused(lib, qtbot) -> None:
    dialog = ArticleDetailsDialog(core.details_of(lib.article_meta(_seed_id(lib))), style="apa")
    qtbot.addWidget(dialog)
    dialog.fields["accessed"].setText("2024-02-30")
    dialog._accept()
    assert "Accessed" in dialog.problem.text()
    assert dialog.result() == 0  # not accepted


def test_details_saved_in_the_window_persist_and_reach_the_citation(
        window, lib, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    aid = _seed_id(lib)

    def fill_and_save(dialog: ArticleDetailsDialog) -> int:
        dialog.fields["url"].setText("https://www.middleeasteye.net/news/un-homs")
        dialog.fields["short_title"].setText("UN calls for negotiations")
        dialog.new_author.setText("Ursula von der Leyen")
        dialog.add_author()
        # The name-part editor: correct the parsed parts in their cells.
        dialog.authors.item(0, 0).setText("Ursula G.")
        return 1

    monkeypatch.setattr(ArticleDetailsDialog, "exec", fill_and_save)
    window.articles.select_article(aid)
    window.article_details_action.trigger()
    meta = lib.article_meta(aid)
    assert meta.url == "https://www.middleeasteye.net/news/un-homs"
    assert meta.short_title == "UN calls for negotiations"
    assert meta.author_names == [
        {"given": "Ursula G.", "non-dropping-particle": "von der", "family": "Leyen"}]
    assert "Saved article details" in window.statusBar().currentMessage()

    window.select_row(0)
    window.copy_selected(style="apa")
    copied = QGuiApplication.clipboard().mimeData().text()
    assert "as cited in von der Leyen, 2014" in copied
    assert copied.rstrip().endswith("https://www.middleeasteye.net/news/un-homs")
    assert window.missing_citation_details(window.detail.quote) == []

    window.undo()  # one undoable edit for the whole form
    assert lib.article_meta(aid).url is None and lib.article_meta(aid).author_names == []


def test_double_clicking_an_article_opens_its_details(window, lib, monkeypatch) -> None:
    shown: list[str] = []

    def cancel(dialog: ArticleDetailsDialog) -> int:
        shown.append(dialog.fields["title"].text())
        return 0

    monkeypatch.setattr(ArticleDetailsDialog, "exec", cancel)
    window.articles.activated.emit(window.articles.list_model.index(1, 0))
    assert shown == [lib.article_meta(_seed_id(lib)).title]
    window.articles.activated.emit(window.articles.list_model.index(0, 0))  # "All articles"
    assert len(shown) == 1
    assert not any(op["description"].startswith("edit article") for op in lib.history(20))


def test_the_missing_details_note_links_to_the_form(window, lib, qtbot, monkeypatch) -> None:
    shown: list[str] = []

    def cancel(dialog: ArticleDetailsDialog) -> int:
        shown.append(dialog.fields["url"].text())
        return 0

    monkeypatch.setattr(ArticleDetailsDialog, "exec", cancel)
    window.select_row(0)
    window.show_missing_citation_details()
    assert "Citation lacks: url, author" in window.detail.missing.text()
    window.detail.missing.linkActivated.emit("details")
    assert shown == [""]  # the seed article's form opened, its URL still empty
