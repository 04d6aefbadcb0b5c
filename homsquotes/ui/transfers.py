"""File dialogs and drops for importing articles, and File › Export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.ui.dialogs.file_dialogs import library_safe_dialog, window_library_path
from homsquotes.ui.qt import QDialog, QFileDialog, QMimeData, QWidget

IMPORTABLE_SUFFIXES = (
    ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".odt", ".rtf", ".eml",
    ".mht", ".mhtml", ".zip",
)
IMPORT_FILTER = (
    "Articles and database exports (*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.odt "
    "*.rtf *.eml *.mht *.mhtml *.zip);;All files (*)"
)
SUFFIX_OF_FORMAT = {"markdown": "md", "csl-json": "json", "bibtex": "bib"}
CSV_FOR_EXCEL = "csv-excel"


def import_dialog(parent: QWidget) -> QFileDialog:
    dialog = library_safe_dialog(
        parent, "Import articles", window_library_path(parent), IMPORT_FILTER
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog


def choose_import_paths(parent: QWidget) -> list[str]:
    dialog = import_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def choose_import_folder(parent: QWidget) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, "Import a folder of articles", "", QFileDialog.Option.ShowDirsOnly
    )
    return folder or None


def dropped_paths(mime: QMimeData) -> list[str]:
    """Dropped article files and folders (a folder stands for the articles under it)."""
    if not mime.hasUrls():
        return []
    return [
        u.toLocalFile()
        for u in mime.urls()
        if u.isLocalFile()
        and (
            u.toLocalFile().lower().endswith(IMPORTABLE_SUFFIXES) or Path(u.toLocalFile()).is_dir()
        )
    ]


def export_choices() -> list[tuple[str, str, bool]]:
    """(label for the file dialog, format, with BOM) for each export format."""
    from homsquotes.core.exports import EXPORT_FORMATS

    choices = []
    for fmt in EXPORT_FORMATS:
        suffix = SUFFIX_OF_FORMAT.get(fmt, fmt)
        choices.append(
            (f"{fmt.upper() if len(fmt) <= 4 else fmt.title()} (*.{suffix})", fmt, False)
        )
        if fmt == "csv":
            choices.append(("CSV for Excel, with BOM (*.csv)", fmt, True))
    return choices


def export_dialog(parent: QWidget) -> QFileDialog:
    labels = [c[0] for c in export_choices()]
    dialog = library_safe_dialog(
        parent, "Export quotes", window_library_path(parent), ";;".join(labels)
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile("quotes")
    return dialog


def choose_export(parent: QWidget) -> tuple[str, str, bool] | None:
    """Ask where and how to export: (path, format, bom), or None if cancelled."""
    choices = export_choices()
    labels = [c[0] for c in choices]
    dialog = export_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path, chosen = dialog.selectedFiles()[0], dialog.selectedNameFilter()
    _label, fmt, bom = choices[labels.index(chosen)] if chosen in labels else choices[0]
    if not Path(path).suffix:
        path += f".{SUFFIX_OF_FORMAT.get(fmt, fmt)}"
    return path, fmt, bom


def export_to_file(
    lib: Any, quote_ids: list[int], path: str, fmt: str, bom: bool, style: str
) -> int:
    """Write the quotes with their articles' metadata; returns how many were written."""
    from homsquotes.core import exports

    quotes = lib.quotes_by_ids(quote_ids)
    articles = {aid: lib.article_meta(aid) for aid in sorted({q["article_id"] for q in quotes})}
    # The core writer refuses to overwrite a library file and replaces a file only when
    # the export is complete.
    return exports.export_to_file(path, fmt, quotes, articles, bom=bom, style=style)
