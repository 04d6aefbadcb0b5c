"""HiDPI: at 1x, 1.5x and 2x (QT_SCALE_FACTOR) the first window shows every table column from
the Speaker on, and a details pane that needs no scrolling. The scale factor is read when Qt
starts, so each runs in a fresh process on an offscreen 2560x1600 screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = r"""
import json, os, sys
from homsquotes.ui.app import create_application
from homsquotes.ui.qt import QSettings
app = create_application([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from homsquotes.core.library import Library
from homsquotes.ui.window.main_window import MainWindow
from homsquotes.ui.views.quote_table_model import COLUMNS
window = MainWindow(Library.open(sys.argv[1]), seed=False)
window.show()
deadline = 0
# until the citation check has shown its line (the pane's last change after showing)
while not window.detail.missing.text() and deadline < 400:
    app.processEvents()
    window.thread().msleep(5)
    deadline += 1
app.processEvents()
table = window.table
out = {
    "hscroll": table.horizontalScrollBar().value(),
    "viewport": table.viewport().width(),
    "columns": [
        [table.columnViewportPosition(i), table.columnWidth(i)] for i in range(len(COLUMNS))
    ],
    "detail_scroll": window.detail.verticalScrollBar().maximum(),
}
print(json.dumps(out), flush=True)
os._exit(0)  # PySide6 offscreen can crash tearing down; the answer is out
"""


@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_first_show_at_scale_has_no_hidden_column_and_no_scrolled_details(
    scale, library_path, tmp_path
):
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "hidpi",
                        "x": 0,
                        "y": 0,
                        "width": 2560,
                        "height": 1600,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    settings = tmp_path / "qsettings"
    settings.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": scale,
        "HOMSQUOTES_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(library_path), str(settings)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("{"))
    shown = json.loads(line)
    assert shown["hscroll"] == 0
    speaker_x, speaker_width = shown["columns"][0]
    assert speaker_x == 0 and speaker_width > 40
    for x, width in shown["columns"]:
        assert x >= 0 and x + width <= shown["viewport"] + 1, shown
    assert shown["detail_scroll"] == 0, shown
