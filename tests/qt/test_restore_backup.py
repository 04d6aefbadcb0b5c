"""File › Restore from backup… (issue 11, item 4)."""

from __future__ import annotations

from homsquotes.ui.dialogs.restore_dialog import RestoreBackupDialog


def test_restore_from_backup_brings_back_the_library_and_shows_it(window, lib, qtbot) -> None:
    quote_id = lib.quote_ids()[0]
    window.run_change(lambda: lib.edit_quote(quote_id, note="made after the backup"))
    backups = lib.backups()
    assert len(backups) == 1
    dialog = RestoreBackupDialog(backups, window)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() and dialog.chosen() == backups[0].path
    aside = window.restore_backup(dialog.chosen())
    assert lib.quote(quote_id)["note"] == ""
    assert aside is not None and aside.exists()
    assert window.restore_action.text() == "&Restore from backup…"


def test_no_backups_yet_disables_restore(qtbot) -> None:
    dialog = RestoreBackupDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_library_at_start_up_is_offered_its_backups(tmp_path, qtbot, monkeypatch):
    import sqlite3

    from homsquotes.commands.gui import open_or_offer_restore
    from homsquotes.core.library import Library
    from homsquotes.core.model import ArticleMeta
    from homsquotes.ui.qt import QDialog

    path = tmp_path / "library.sqlite"
    with Library.open(path) as lib:
        lib.import_text('"We stay," she said.\n', ArticleMeta(title="Stay"))
    with Library.open(path) as lib:
        lib.edit_quote(lib.quote_ids()[0], note="after the backup")  # the backup is taken
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:  # damage the quotes table's root page
        fh.seek((root - 1) * 4096)
        fh.write(b"\xff" * 4096)
    offered = []

    def choose_newest(dialog):
        offered.append(dialog.list.count())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose_newest)
    lib = open_or_offer_restore(Library, str(path))
    try:
        assert offered == [1]
        assert lib.integrity_check() == "ok" and lib.quote(lib.quote_ids()[0])["note"] == ""
    finally:
        lib.close()


def test_the_window_takes_the_daily_backup_in_the_background_at_start(lib, qtbot) -> None:
    from homsquotes.ui.window.main_window import MainWindow

    assert lib.backups() == []
    window = MainWindow(lib, seed=False)
    qtbot.addWidget(window)
    job = window.start_seeding()
    assert job.done.wait(120)  # set when the job's function has returned
    assert len(lib.backups()) == 1
    window.close()
