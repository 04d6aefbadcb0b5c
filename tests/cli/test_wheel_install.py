"""The built wheel carries everything: installed into a new venv, it runs from anywhere.

The wheel is built offline from a copy of the package sources (so a file that only
the checkout has cannot make it pass), installed without its dependencies into a
fresh venv, and that venv borrows the dependencies already installed in this one
through a .pth file. No network; CI's `packaging/check_wheel.sh` also does a full
install with dependencies from PyPI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from homsquotes.appinfo import APP_ID, __version__
from homsquotes.resources import ICON_SIZES, SEED_TEXT, resource_path

ROOT = Path(__file__).resolve().parents[2]


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HOMSQUOTES_RESOURCES")}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "homsquotes", source / "homsquotes", ignore=shutil.ignore_patterns("__pycache__")
    )
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "--wheel-dir", str(base / "dist"), str(source)],
        cwd=base,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (base / "dist").glob("homsquotes-*.whl")

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    done = run([*pip, "--no-deps", "--no-index", str(wheel)], cwd=base)
    assert done.returncode == 0, done.stderr
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = run([str(python), "-c", purelib], base)
    # Dependencies come from this venv; homsquotes itself must come from the wheel.
    Path(site.stdout.strip(), "zz-project-venv.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return {"wheel": wheel, "venv": env_dir, "python": python, "cwd": base}


def test_wheel_holds_seed_metadata_and_every_icon_size(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    assert "homsquotes/data/seed-article.txt" in names
    assert "homsquotes/data/seed-article.json" in names
    assert f"homsquotes/data/icons/hicolor/scalable/apps/{APP_ID}.svg" in names
    for size in ICON_SIZES:
        assert f"homsquotes/data/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)


def test_installed_entry_points_report_the_single_source_version(installed):
    script = run([str(installed["venv"] / "bin" / "homsquotes"), "--version"], installed["cwd"])
    module = run([str(installed["python"]), "-m", "homsquotes", "--version"], installed["cwd"])
    assert script.stdout.strip() == module.stdout.strip() == f"homsquotes {__version__}"
    meta = run(
        [str(installed["python"]), "-c",
         "import importlib.metadata as m; print(m.version('homsquotes'))"],
        installed["cwd"],
    )  # fmt: skip
    assert meta.stdout.strip() == __version__


def test_installed_package_finds_its_own_seed_and_extracts_it(installed):
    find_seed = "from homsquotes import resources as r; print(r.resource_path(r.SEED_TEXT))"
    where = run([str(installed["python"]), "-c", find_seed], installed["cwd"])
    seed = Path(where.stdout.strip())
    assert seed.is_relative_to(installed["venv"]), where.stderr  # not the checkout's copy
    assert seed.read_bytes() == resource_path(SEED_TEXT).read_bytes()

    from homsquotes.core.extraction import extract

    expected = [q.text for q in extract(seed.read_text(encoding="utf-8")).quotes]
    out = run(
        [str(installed["venv"] / "bin" / "homsquotes"), "extract", str(seed), "--format", "json"],
        installed["cwd"],
    )
    assert out.returncode == 0, out.stderr
    (record,) = json.loads(out.stdout)
    assert len(expected) >= 5
    assert [q["text"] for q in record["quotes"]] == expected
