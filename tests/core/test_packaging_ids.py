"""The .desktop file, AppStream metainfo and PyInstaller spec all name the app by APP_ID."""

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from homsquotes.appinfo import APP_ID, APP_NAME
from homsquotes.resources import resources_dir


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
