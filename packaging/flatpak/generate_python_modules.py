"""Write python3-modules.json, the Flatpak module with every Python dependency but Qt.

Like flatpak-pip-generator: pip resolves the requirements of pyproject.toml for the
runtime's Python (3.12, x86_64 manylinux wheels) and the module lists each wheel's
PyPI URL and sha256, so flatpak-builder downloads them and installs offline. PySide6
and shiboken6 are left out: io.qt.PySide.BaseApp provides them. Re-run after changing
dependencies: `.venv/bin/python packaging/flatpak/generate_python_modules.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RUNTIME_PYTHON = "3.12"
PLATFORMS = ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
FROM_BASE_APP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [r for r in project["dependencies"] if not r.lower().startswith("pyside6")]


def resolve(reqs: list[str]) -> list[dict]:
    # Only the public index: no local wheel folders or extra indexes from pip's config.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") or k == "PIP_CERT"}
    env["PIP_CONFIG_FILE"] = os.devnull
    with tempfile.TemporaryDirectory() as target:
        cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", "-",
               "--ignore-installed", "--only-binary=:all:", "--target", target,
               "--index-url", "https://pypi.org/simple", "--python-version", RUNTIME_PYTHON,
               "--implementation", "cp", *[f"--platform={p}" for p in PLATFORMS], *reqs]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"generate_python_modules: pip could not resolve: {done.stderr.strip()}")
    return json.loads(done.stdout)["install"]


def main() -> int:
    installs = resolve(requirements())
    sources, names = [], []
    for item in sorted(installs, key=lambda i: i["metadata"]["name"].lower()):
        name = item["metadata"]["name"]
        if name.lower() in FROM_BASE_APP:
            continue
        info = item["download_info"]
        sources.append({"type": "file", "url": info["url"],
                        "sha256": info["archive_info"]["hashes"]["sha256"]})
        names.append(name)
    module = {
        "name": "python3-homsquotes-dependencies",
        "buildsystem": "simple",
        "build-commands": [
            "pip3 install --verbose --exists-action=i --no-index --find-links=\"file://${PWD}\" "
            "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(names)
        ],
        "sources": sources,
    }
    out = HERE / "python3-modules.json"
    out.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    print(f"generate_python_modules: {len(names)} wheels -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
