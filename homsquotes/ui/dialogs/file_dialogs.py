"""File dialogs that never open a file they list: the library's SQLite locks depend on it.

SQLite's locks on Linux and macOS are POSIX record locks, which belong to the
process and are all dropped the moment *any* descriptor of the file is closed
in it. Qt's own dialog sniffs the content of files without a known extension
(``library.sqlite-wal``, ``-shm``) to choose an icon and a type; a native
dialog running in this process may do the same. Each such open()/close()
silently dropped the window's locks, so the next sqlite3 shell or CLI run
thought it was alone, deleted the WAL and lost edits (issue 11).

So every file dialog here is Qt's widget dialog (no native one on POSIX),
with an icon provider that names icons and types from the file name alone,
and it hides the open library's own files so they cannot be chosen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from homsquotes.core.library.own_files import library_files
from homsquotes.ui.qt import (
    QAbstractFileIconProvider,
    QFileDialog,
    QFileIconProvider,
    QFileInfo,
    QFileSystemModel,
    QMimeDatabase,
    QModelIndex,
    QSortFilterProxyModel,
    QWidget,
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only: never reads a file's content."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, which: Any) -> Any:
        if not isinstance(which, QFileInfo):  # an IconType: a stock icon, no file involved
            return super().icon(which)
        kind = QAbstractFileIconProvider.IconType
        return super().icon(kind.Folder if which.isDir() else kind.File)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        mime = self._mime.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        if mime.isDefault():
            return "File"
        return mime.comment() or mime.name()


class HideLibraryFiles(QSortFilterProxyModel):
    """Leaves out the library file and its -wal, -shm and -journal companions."""

    def __init__(self, library_path: Path | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._hidden = {str(p) for p in library_files(library_path)} if library_path else set()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QFileSystemModel):
            return True
        path = model.filePath(model.index(row, 0, parent))
        return str(Path(path).absolute()) not in self._hidden


def library_safe_dialog(
    parent: QWidget | None,
    caption: str,
    library_path: Path | None,
    name_filter: str = "",
    directory: str = "",
) -> QFileDialog:
    """A QFileDialog that reads no file content and hides the open library's files."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    if sys.platform != "win32":  # Windows locks are per handle; its native dialog is safe
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog.setProxyModel(HideLibraryFiles(library_path, dialog))
    return dialog


def window_library_path(parent: QWidget | None) -> Path | None:
    """The library file of the window a dialog belongs to, if any."""
    path = getattr(parent, "library_path", None)
    return Path(path) if path else None
