"""The core must stay usable without Qt: importing every core module loads no Qt binding."""

import pkgutil
import subprocess
import sys

import homsquotes.core


def test_core_modules_import_without_qt():
    modules = [m.name for m in pkgutil.walk_packages(homsquotes.core.__path__, "homsquotes.core.")]
    assert len(modules) >= 3
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import homsquotes.cli\n"
        "qt = ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_importing_the_package_does_not_load_spacy():
    code = "import homsquotes, homsquotes.core.extraction, sys; print('spacy' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
