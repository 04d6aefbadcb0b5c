"""The window takes folders and the new document formats by drag and drop, and has
File › Import folder…."""

from __future__ import annotations

from homsquotes.ui.qt import QMimeData, QUrl
from homsquotes.ui.transfers import dropped_paths


def test_dropped_folders_and_documents_are_importable(tmp_path, qapp):
    folder = tmp_path / "exports"
    folder.mkdir()
    files = [tmp_path / name for name in ("a.pdf", "b.DOCX", "c.rtf", "d.xlsx")]
    for f in files:
        f.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in [folder, *files]])
    assert dropped_paths(mime) == [str(folder), *(str(f) for f in files[:3])]


def test_file_import_folder_imports_every_article_and_shows_notes(
    window, lib, qtbot, tmp_path, monkeypatch, unexpected_error_dialogs
):
    from format_fixtures import STORIES, nexis_paragraphs, write_docx

    from homsquotes.ui import transfers

    folder = tmp_path / "downloads"
    folder.mkdir()
    write_docx(folder / "nexis.docx", nexis_paragraphs())
    french = ("Le conseil municipal a voté mardi la fermeture du vieux pont du port, et les "
              "commerçants de la rive ouest demandent une étude indépendante de la décision "
              "avant que les travaux ne commencent au printemps prochain.")
    (folder / "fr.txt").write_text(french, encoding="utf-8")
    monkeypatch.setattr(transfers, "choose_import_folder", lambda parent: str(folder))
    before = len(lib.articles())
    window.import_folder_action.trigger()
    # The job's end shows the French article's note (recorded by the conftest fixture).
    qtbot.waitUntil(lambda: not window.jobs.running and bool(unexpected_error_dialogs),
                    timeout=120_000)
    assert len(lib.articles()) == before + 4
    titles = {a["title"] for a in lib.articles()}
    assert {s["headline"] for s in STORIES} <= titles
    notes = list(unexpected_error_dialogs)
    unexpected_error_dialogs.clear()
    assert len(notes) == 1 and "written in French" in notes[0]
