"""Before Qt loads on Linux: are the system libraries its window needs installed?

Without them Qt either fails to import (a traceback about libEGL.so.1) or prints its
"could not load the Qt platform plugin xcb" wall and aborts. Trying each library with
``ctypes`` first lets the app say, in one line, which Debian/Ubuntu packages to install.
Plain Python: nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

README_SECTION = "'System libraries (Linux)' in the README"

# Shared library -> the Debian/Ubuntu package that ships it. QtGui and every platform
# plugin (offscreen included) link these...
QT_GUI_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# ...and the xcb plugin, which draws the window on X11, these too.
XCB_PLUGIN_LIBRARIES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Will Qt pick its xcb plugin? (Wayland sessions use their own plugin first.)"""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(
    environ: Mapping[str, str] | None = None, can_load: Callable[[str], bool] | None = None
) -> list[str]:
    """The packages to install before the window can open here, in install order."""
    environ = os.environ if environ is None else environ
    can_load = can_load or loads
    wanted = dict(QT_GUI_LIBRARIES)
    if uses_xcb(environ):
        wanted |= XCB_PLUGIN_LIBRARIES
    return [package for soname, package in wanted.items() if not can_load(soname)]


def system_library_problem(
    environ: Mapping[str, str] | None = None, can_load: Callable[[str], bool] | None = None
) -> str | None:
    """One line naming the missing packages, or None (always None off Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    packages = missing_packages(environ, can_load)
    if not packages:
        return None
    return (
        f"the window needs system libraries that are missing; install {' '.join(packages)} "
        f"(see {README_SECTION}); the other commands work without them"
    )
