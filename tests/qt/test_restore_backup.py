"""File › Restore from backup… (issue 11, item 4)."""

from __future__ import annotations

from homsquotes.ui.restore_dialog import RestoreBackupDialog


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
