"""Take the AppStream screenshot from the real app: `xvfb-run -s "-screen 0 1600x1000x24"
.venv/bin/python packaging/take_screenshot.py [OUT.png]`.

A fresh library in a temporary folder imports the bundled article, as on first run; once
its quotes are in, the window (1280x720, the light palette) is grabbed to
packaging/screenshots/main-window.png. Run it under Xvfb (a real X server and the xcb
plugin) so the fonts and styles are those of a desktop, not of the offscreen plugin.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TIMEOUT_MS = 300_000  # spaCy's first load on a busy machine


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "packaging" / "screenshots" / "main-window.png"
    work = Path(tempfile.mkdtemp(prefix="homsquotes-shot-"))
    os.environ["HOMSQUOTES_CONFIG_DIR"] = str(work / "config")

    from homsquotes.core.library import Library
    from homsquotes.ui.app import create_application
    from homsquotes.ui.window.main_window import MainWindow
    from homsquotes.ui.qt import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = create_application(sys.argv[:1])
    app.setPalette(app.style().standardPalette())  # the light look, whatever the desktop
    lib = Library.open(work / "library.sqlite", create=True)
    window = MainWindow(lib)
    window.resize(1280, 720)
    window.show()
    status = {"code": 1}

    def grab_when_seeded() -> None:
        if window.model.rowCount() == 0 or window.jobs.running:
            return
        poll.stop()
        window.table.selectRow(0)  # Brahimi, with his affiliation
        # Let the reader and detail editor follow the selection before the grab.
        QTimer.singleShot(1500, save)

    def save() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        if window.grab().save(str(out), "PNG", 0):  # 0: smallest file (lossless)
            print(f"take_screenshot: {out} ({out.stat().st_size} bytes)")
            status["code"] = 0
        window.close()

    def give_up() -> None:
        print("take_screenshot: the seed article was not imported in time", file=sys.stderr)
        window.close()

    poll = QTimer(interval=200)
    poll.timeout.connect(grab_when_seeded)
    poll.start()
    QTimer.singleShot(TIMEOUT_MS, give_up)
    app.exec()
    lib.close()
    return status["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
