"""A library made by an older version is migrated when it is opened: at a million quotes that
rebuilds the full-text index for about half a minute.  The window would show nothing meanwhile,
so the migration runs on a thread of its own under a progress dialog, and the library is then
opened as usual (already current, so at once)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from homsquotes.core.library.schema import needs_upgrade
from homsquotes.ui.qt import QApplication, QProgressDialog, Qt

# Below this size a migration takes well under a second: no dialog.
DIALOG_MIN_BYTES = 20_000_000


def upgrade_with_progress(
    library_class: Any, path: str | Path, min_bytes: int = DIALOG_MIN_BYTES
) -> bool:
    """Migrate the library at path under a progress dialog if it needs it and is big; True when
    a migration ran.  A failure is left for the normal open to report in its own words."""
    target = Path(path)
    if not needs_upgrade(target) or target.stat().st_size < min_bytes:
        return False
    dialog = QProgressDialog(
        "Upgrading this library to the new version's format (a one-time step; a backup is "
        "kept)…",
        "",
        0,
        0,
    )
    dialog.setWindowTitle("Upgrading library")
    dialog.setCancelButton(None)  # a migration is one transaction: it finishes or rolls back
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def migrate() -> None:
        try:
            library_class.open(target, create=False).close()
        except Exception:  # noqa: BLE001 -- reported by the open that follows
            return

    worker = threading.Thread(target=migrate, name="library-upgrade", daemon=True)
    worker.start()
    while worker.is_alive():
        QApplication.processEvents()
        worker.join(0.05)
    dialog.close()
    return True
