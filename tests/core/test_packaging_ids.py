"""The .desktop file, AppStream metainfo, icons and PyInstaller spec: named by APP_ID, valid."""

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from homsquotes.appinfo import APP_ID, APP_NAME, __version__
from homsquotes.resources import ICON_SIZES, resources_dir


def icons_dir() -> Path:
    return resources_dir() / "icons"

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_desktop_file_is_named_and_iconed_by_app_id():
    desktop = PACKAGING / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(desktop, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "homsquotes"
    assert (icons_dir() / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_metainfo_id_and_launchable_match_app_id():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("name") == APP_NAME


def test_pyinstaller_spec_takes_its_id_from_appinfo():
    spec = (PACKAGING / "homsquotes.spec").read_text(encoding="utf-8")
    assert "from homsquotes.appinfo import APP_ID" in spec
    assert "bundle_identifier=APP_ID" in spec
    # No second copy of the id that could drift from APP_ID.
    assert APP_ID not in spec


def run_validator(*cmd: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (Debian: appstream, desktop-file-utils)")
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def test_metainfo_passes_appstreamcli_validate():
    done = run_validator(
        "appstreamcli", "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_passes_desktop_file_validate():
    done = run_validator("desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop"))
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout + done.stderr


def test_metainfo_release_is_the_package_version_and_has_notes():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    newest = root.find("releases/release")
    assert newest.get("version") == __version__
    assert newest.find("description/p") is not None
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_metainfo_screenshot_is_committed_and_matches_its_declared_size():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    image = root.find("screenshots/screenshot/image")
    local = PACKAGING / "screenshots" / image.text.rsplit("/", 1)[-1]
    header = local.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert (width, height) == (int(image.get("width")), int(image.get("height")))
    assert local.stat().st_size < 400_000  # a small file in the repository


def test_every_icon_size_is_a_square_png_of_that_size():
    hicolor = icons_dir() / "hicolor"
    for size in ICON_SIZES:
        header = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()[:24]
        assert struct.unpack(">II", header[16:24]) == (size, size)


def test_flatpak_manifest_uses_app_id_and_pyside_base_app():
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert f"app-id: {APP_ID}\n" in manifest
    assert "base: io.qt.PySide.BaseApp\n" in manifest


def test_flatpak_python_modules_pin_every_dependency_but_qt():
    import json
    import re
    import tomllib

    module = json.loads((PACKAGING / "flatpak" / "python3-modules.json").read_text("utf-8"))
    wheels = {s["url"].rsplit("/", 1)[-1].split("-")[0].lower() for s in module["sources"]}
    project = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text("utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        name = re.sub(r"[-.]+", "_", name)
        if not name.startswith("pyside6"):
            assert name in wheels, f"{name}: re-run packaging/flatpak/generate_python_modules.py"
    assert all(len(s["sha256"]) == 64 for s in module["sources"])
    assert not any(w.startswith(("pyside6", "shiboken6")) for w in wheels)


def test_windows_installer_uses_app_id_and_name():
    script = (PACKAGING / "windows" / "homsquotes.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in script
    assert f'#define AppName "{APP_NAME}"' in script
