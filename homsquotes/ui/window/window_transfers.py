"""Getting articles in and quotes out: seeding, import, paste, drag and drop, export, backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.ui import clipboard, transfers
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.qt import QMainWindow
from homsquotes.ui.views.article_list import plural
from homsquotes.ui.workers import LibraryJob


class ImportExport(QMainWindow):
    """Mixin for MainWindow: long transfers run as background jobs (job_runner)."""

    def start_seeding(self) -> LibraryJob:
        def prepare(lib: Any, _progress: Any, _cancel: Any) -> Any:
            lib.back_up_if_due()  # here, off the UI thread, not at the first edit
            return lib.ensure_seeded()

        job = self.jobs.start(prepare, "Preparing the first article…")
        self.import_open_paths()
        return job

    def import_open_paths(self) -> None:
        if self.open_paths:
            self.import_files(self.open_paths)
            self.open_paths = []

    def choose_import(self) -> None:
        paths = transfers.choose_import_paths(self)
        if paths:
            self.import_files(paths)

    def choose_import_folder(self) -> None:
        folder = transfers.choose_import_folder(self)
        if folder:
            self.import_files([folder])

    def import_files(self, paths: list[str]) -> LibraryJob:
        def run(lib: Any, progress: Any, cancel: Any) -> Any:
            return lib.import_files(paths, progress=progress, cancel=cancel)

        # A folder or a database export holds any number of articles; the bar counts them.
        one = Path(paths[0]).name if len(paths) == 1 else None
        label = f"Importing {one}…" if one else f"Importing {plural(len(paths), 'item')}…"
        return self.jobs.start(run, label, on_done=self._imported)

    def _imported(self, results: Any) -> None:
        results = list(results or [])
        failed = [r for r in results if getattr(r, "error", None)]
        added = sum(getattr(r, "quotes_added", 0) or 0 for r in results)
        new = sum(1 for r in results if getattr(r, "created", False))
        self.statusBar().showMessage(
            f"Imported {plural(new, 'new article')}, {plural(added, 'quote')}", 6000
        )
        imported = [r for r in results if getattr(r, "article_id", None) is not None]
        if len(imported) == 1:
            self.articles.select_article(int(imported[0].article_id))
        noted = [r for r in results if getattr(r, "created", False) and getattr(r, "note", None)]
        if noted and not failed:  # e.g. not English: imported, but nothing listed, and why
            lines = [f"{r.title or r.source}: {r.note}" for r in noted[:5]]
            more = f"\n… and {len(noted) - 5} more" if len(noted) > 5 else ""
            dialogs.show_error(self, "\n".join(lines) + more, "Imported with a note")
        if failed:
            first = failed[0].error
            message = (
                first
                if len(failed) == 1
                else (
                    f"{len(failed)} of {len(results)} files were not imported; the first: {first}"
                )
            )
            dialogs.show_error(self, message, "Import")

    def paste_article(self) -> None:
        dialog = dialogs.PasteArticleDialog(self)
        if dialog.exec() != dialogs.QDialog.DialogCode.Accepted:
            return
        self.import_pasted(dialog.article_text(), dialog.meta())

    def import_pasted(self, text: str, meta: Any) -> LibraryJob:
        return self.jobs.start(
            lambda lib, _p, _c: lib.import_text(text, meta),
            "Importing pasted article…",
            on_done=lambda result: self._imported([result]),
        )

    def dragEnterEvent(self, event: Any) -> None:
        if transfers.dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = transfers.dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def export_quotes(self) -> None:
        choice = transfers.choose_export(self)
        if choice is None:
            return
        path, fmt, bom = choice
        ids, style = list(self.model.ids), clipboard.default_style()
        self.jobs.start(
            lambda lib, _p, _c: transfers.export_to_file(lib, ids, path, fmt, bom, style),
            f"Exporting {plural(len(ids), 'quote')}…",
            on_done=lambda n: self.statusBar().showMessage(
                f"Exported {plural(n or 0, 'quote')} to {path}", 6000
            ),
        )

    def backup_library(self) -> None:
        from homsquotes.ui.dialogs.file_dialogs import library_safe_dialog
        from homsquotes.ui.qt import QFileDialog

        dialog = library_safe_dialog(
            self, "Back up library", self.library_path, "SQLite (*.sqlite *.db)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{self.library_path.stem}-backup.sqlite")
        if dialog.exec() and dialog.selectedFiles():
            path = dialog.selectedFiles()[0]
            self.run_change(lambda: self.lib.backup(path), f"Backed up to {path}")

    def restore_from_backup(self) -> None:
        from homsquotes.ui.dialogs.restore_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.lib.backups(), self)
        if dialog.exec() != dialogs.QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        self.restore_backup(dialog.chosen())

    def restore_backup(self, backup: Any) -> Any:
        return self.run_change(
            lambda: self.lib.restore_backup(backup),
            f"Restored {getattr(backup, 'name', backup)}; the previous library was kept aside",
        )
