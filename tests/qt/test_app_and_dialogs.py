"""Start-up, the gui command, dialogs, palette, and the parts of the window around the table."""

from __future__ import annotations

import argparse

import pytest

from homsquotes.appinfo import __version__
from homsquotes.cli import build_parser
from homsquotes.commands import gui
from homsquotes.core.library import Library, QuoteFilter
from homsquotes.core.model import ArticleMeta
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.qt import QDropEvent, QMimeData, QPointF, Qt, QUrl

ARTICLE = (
    "Mayor opens new bridge\n\n"
    '"This bridge joins two halves of our city," Mayor Ana Lopez said on Monday.\n\n'
    '"Traffic will fall by a third," the city engineer, Tom Reyes, told reporters.\n'
)


def test_gui_command_is_registered_and_takes_db(tmp_path):
    args = build_parser().parse_args(["gui", "--db", str(tmp_path / "x.sqlite")])
    assert args.handler is gui.run_gui
    assert gui.library_path(args) == str(tmp_path / "x.sqlite")
    args = build_parser().parse_args(["gui", "a.txt", "b.html"])
    assert args.paths == ["a.txt", "b.html"]  # the .desktop file's "Exec=homsquotes gui %F"
    args = build_parser().parse_args(["--db", str(tmp_path / "y.sqlite")])
    assert gui.library_path(args) == str(tmp_path / "y.sqlite")


def test_no_command_opens_the_window(monkeypatch):
    from homsquotes import cli

    opened = []
    monkeypatch.setattr(gui, "run_gui", lambda args: opened.append(args) or 0)
    assert cli.main([]) == 0
    assert len(opened) == 1


def test_corrupt_library_shows_a_one_line_error_and_fails(tmp_path, monkeypatch, capsys):
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"this is not SQLite at all\n" * 100)
    shown = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, message, title="": shown.append(message)
    )
    assert gui.run_gui(argparse.Namespace(db=str(bad), gui_db=None)) == 1
    assert len(shown) == 1 and "\n" not in shown[0]
    assert shown[0] in capsys.readouterr().err
    assert bad.read_bytes() == b"this is not SQLite at all\n" * 100


def test_fresh_library_is_seeded_in_the_background(tmp_path, qtbot):
    from homsquotes.ui.window.main_window import MainWindow

    with Library.open(tmp_path / "fresh.sqlite", create=True) as lib:
        window = MainWindow(lib)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 0  # the window is up before any extraction
        qtbot.waitUntil(
            lambda: window.model.rowCount() >= 9 and not window.jobs.running, timeout=60_000
        )
        assert window.model.rowCount() == lib.count_quotes(QuoteFilter())
        assert window.reader.article_id is not None  # the first quote is selected and shown
        window.close()


def test_about_box_lists_version_and_licences():
    html = dialogs.about_html()
    assert __version__ in html
    assert "PySide6-Essentials" in html and "LGPL" in html
    assert "MIT" in html


def test_about_box_details_list_every_runtime_package_and_its_licence():
    from homsquotes.licences import runtime_components

    details = dialogs.third_party_text()
    for component in runtime_components():
        assert f"{component.name} " in details and component.licence in details
    assert "shiboken6" in details  # a dependency of a dependency is listed too


def test_window_icon_comes_from_every_bundled_png_size():
    from homsquotes.resources import ICON_SIZES
    from homsquotes.ui.app import application_icon, create_application

    app = create_application()
    sizes = {s.width() for s in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert not app.windowIcon().isNull()


def test_paste_article_dialog_builds_metadata(qtbot):
    dialog = dialogs.PasteArticleDialog(text=ARTICLE)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Mayor opens new bridge"
    dialog.publisher.setText("City Times")
    dialog.authors.setText("A. Writer; B. Editor")
    dialog.published.setText("2025-03-01")
    meta = dialog.meta()
    assert meta == ArticleMeta(
        title="Mayor opens new bridge",
        publisher="City Times",
        authors=["A. Writer", "B. Editor"],
        published="2025-03-01",
    )
    dialog.published.setText("1 March")
    dialog._accept()
    assert dialog.result() != dialogs.QDialog.DialogCode.Accepted and dialog.problem.text()


def test_pasted_article_is_imported_off_the_ui_thread(window, lib, qtbot):
    before = len(lib.articles())
    job = window.import_pasted(
        ARTICLE, ArticleMeta(title="Mayor opens new bridge", publisher="City Times")
    )
    qtbot.waitUntil(lambda: job.done.is_set() and not window.jobs.running, timeout=60_000)
    titles = [a["title"] for a in lib.articles()]
    assert len(titles) == before + 1 and "Mayor opens new bridge" in titles
    # The new article is selected and the table shows its quotes.
    assert window.model.quote_filter.article_id is not None
    assert window.model.rowCount() == lib.count_quotes(
        QuoteFilter(article_id=window.model.quote_filter.article_id)
    )


def test_dropping_files_imports_them(window, lib, qtbot, tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ignored = tmp_path / "picture.png"
    ignored.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article)), QUrl.fromLocalFile(str(ignored))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    before = len(lib.articles())
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=60_000)
    assert len(lib.articles()) == before + 1


def test_speakers_view_renames(window, lib):
    name = next(s["name"] for s in lib.speakers() if s["quote_count"])
    window.speakers.rename_requested.emit(name, "Renamed Person")
    names = {s["name"] for s in lib.speakers()}
    assert "Renamed Person" in names and name not in names
    listed = set(window.speakers.names())
    assert "Renamed Person" in listed


def test_palette_follows_the_system_scheme(qapp, monkeypatch):
    from homsquotes.ui import app as app_module
    from homsquotes.ui.qt import QPalette

    monkeypatch.setattr(app_module, "is_dark_scheme", lambda _app: True)
    app_module.apply_system_palette(qapp)
    try:
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 100
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 150
    finally:
        monkeypatch.setattr(app_module, "is_dark_scheme", lambda _app: False)
        app_module.apply_system_palette(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 150


def test_speakers_view_merges_and_sorts_by_name(window, lib):
    listed = window.speakers.names()
    assert listed == sorted(listed, key=str.lower) or listed == sorted(listed)
    speakers = [s for s in lib.speakers() if s["quote_count"]]
    keep, absorb = speakers[0], speakers[1]
    window.speakers.merge_requested.emit(keep["name"], absorb["name"])
    after = {s["name"]: s for s in lib.speakers()}
    assert absorb["name"] not in after
    assert after[keep["name"]]["quote_count"] == keep["quote_count"] + absorb["quote_count"]
    assert len(window.speakers.names()) == len(lib.speakers())


def test_sidebar_models_pass_qtmodeltester(window, qtmodeltester):
    assert window.speakers.model.rowCount() >= 1 and window.articles.list_model.rowCount() >= 2
    qtmodeltester.check(window.speakers.model, force_py=True)
    qtmodeltester.check(window.articles.list_model, force_py=True)


def test_export_writes_the_shown_quotes(window, lib, tmp_path, qtbot):
    from homsquotes.ui import transfers

    labels = [label for label, _fmt, _bom in transfers.export_choices()]
    assert any("BOM" in label for label in labels) and len(labels) >= 7
    path = tmp_path / "quotes.csv"
    ids = window.model.ids[:3]
    written = transfers.export_to_file(lib, ids, str(path), "csv", True, "apa")
    assert written == 3
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    for quote in lib.quotes_by_ids(ids):
        assert quote["text"].strip('“”"')[:20] in text


def test_export_never_overwrites_the_library(window, lib, library_path):
    from homsquotes.core.errors import InputError
    from homsquotes.core.library.testing import integrity
    from homsquotes.ui import transfers

    before = lib.count_quotes()
    with pytest.raises(InputError, match="library"):
        transfers.export_to_file(lib, window.model.ids[:2], str(library_path), "csv", False, "apa")
    assert lib.count_quotes() == before and integrity(library_path) == "ok"


def test_no_display_is_a_one_line_error(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(gui.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert gui.run_gui(argparse.Namespace(db=str(tmp_path / "x.sqlite"), gui_db=None)) == 1
    err = capsys.readouterr().err
    assert err.startswith("homsquotes: no display") and err.count("\n") == 1
    assert not (tmp_path / "x.sqlite").exists()  # nothing was created
