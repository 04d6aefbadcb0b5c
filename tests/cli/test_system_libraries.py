"""Without Qt's system libraries the window command says, in one line, what to install."""

from __future__ import annotations

import argparse
import sys

import pytest

from homsquotes.commands import gui, system_libraries
from homsquotes.commands.system_libraries import (
    QT_GUI_LIBRARIES,
    XCB_PLUGIN_LIBRARIES,
    missing_packages,
    system_library_problem,
)

X11 = {"DISPLAY": ":0"}


def all_but(*absent: str):
    return lambda soname: soname not in absent


def test_every_library_loads_here_so_nothing_is_missing():
    # The test machine runs Qt offscreen, so it has at least the libraries QtGui links.
    assert missing_packages({"QT_QPA_PLATFORM": "offscreen"}) == []


def test_missing_xcb_libraries_are_named_by_their_packages():
    found = missing_packages(X11, all_but("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    assert found == ["libxcb-cursor0", "libxkbcommon-x11-0"]


def test_xcb_libraries_do_not_matter_offscreen_or_on_wayland():
    absent = all_but(*XCB_PLUGIN_LIBRARIES)
    assert missing_packages({"QT_QPA_PLATFORM": "offscreen"}, absent) == []
    assert missing_packages({"WAYLAND_DISPLAY": "wayland-0"}, absent) == []
    assert missing_packages({"QT_QPA_PLATFORM": "xcb"}, absent) == list(
        XCB_PLUGIN_LIBRARIES.values()
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_problem_is_one_line_naming_packages_and_the_readme_section():
    problem = system_library_problem(X11, all_but("libEGL.so.1"))
    assert problem is not None and "\n" not in problem
    assert "libegl1" in problem and "System libraries (Linux)" in problem
    assert "xcb" not in problem.replace("libxcb", "")  # no Qt plugin jargon
    assert system_library_problem(X11, all_but()) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_gui_command_stops_before_qt_with_that_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(system_libraries, "loads", all_but("libxcb-icccm.so.4"))
    db = tmp_path / "never-made.sqlite"
    assert gui.run_gui(argparse.Namespace(db=str(db), gui_db=None)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libxcb-icccm4" in err
    assert not db.exists()  # stopped before the library was opened


def test_the_readme_lists_every_package_the_check_can_name():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "### System libraries (Linux)" in readme
    for package in [*QT_GUI_LIBRARIES.values(), *XCB_PLUGIN_LIBRARIES.values()]:
        assert f" {package} " in readme.replace("\n", " ")
