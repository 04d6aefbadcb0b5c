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
