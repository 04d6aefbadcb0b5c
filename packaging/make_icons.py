"""Render the app icon's SVG to the PNG sizes desktops and the window icon use.

Run after editing the SVG: `.venv/bin/python packaging/make_icons.py`. The PNGs are
committed (the build machines need no SVG renderer). Qt's own SVG renderer draws them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from homsquotes.appinfo import APP_ID  # noqa: E402
from homsquotes.resources import ICON_SIZES, resources_dir  # noqa: E402


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs one)
    hicolor = resources_dir() / "icons" / "hicolor"
    renderer = QSvgRenderer(str(hicolor / "scalable" / "apps" / f"{APP_ID}.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG did not parse", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target), "PNG")
        print(f"{target.relative_to(hicolor.parents[2])}  {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
