"""The licence list covers every runtime dependency, and no GPL/AGPL one can slip in."""

from __future__ import annotations

import pytest

from homsquotes.licences import (
    Component,
    copyleft_problems,
    is_copyleft,
    licence_text,
    runtime_components,
)


@pytest.fixture(scope="module")
def components() -> list[Component]:
    return runtime_components()


def test_list_holds_homsquotes_its_requirements_and_theirs(components):
    names = {c.name.lower().replace("_", "-") for c in components}
    assert {"homsquotes", "pyside6-essentials", "spacy", "citeproc-py", "trafilatura"} <= names
    assert {"shiboken6", "thinc", "lxml"} <= names  # pulled in by those, not by us
    assert not {"pytest", "ruff", "hypothesis", "pyinstaller"} & names  # dev tools don't ship


def test_no_runtime_dependency_is_gpl_or_agpl(components):
    assert copyleft_problems(components) == []


def test_every_runtime_dependency_declares_a_licence(components):
    assert [c.name for c in components if c.licence == "unknown"] == []


@pytest.mark.parametrize(
    "licence",
    ["GPL-3.0-only", "GPL-2.0-or-later", "AGPL-3.0", "GNU General Public License v3 (GPLv3)",
     "GNU Affero General Public License v3", "MIT AND GPL-2.0-only", "GPLv2+"],
)  # fmt: skip
def test_gpl_and_agpl_are_caught(licence):
    assert is_copyleft(licence)
    assert copyleft_problems([Component("bad", "1.0", licence)]) == [f"bad 1.0 is {licence}"]


@pytest.mark.parametrize(
    "licence",
    ["MIT", "LGPL-3.0-only", "GNU Lesser General Public License v3 (LGPLv3)",
     "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "MPL-1.1 OR GPL-2.0-only", "BSD-3-Clause"],
)  # fmt: skip
def test_lgpl_and_choices_with_a_permissive_option_pass(licence):
    assert not is_copyleft(licence)


def test_text_has_one_line_per_component(components):
    text = licence_text(components)
    assert len(text.splitlines()) == len(components) + 2
    pyside = next(c for c in components if c.name.lower().startswith("pyside6"))
    lines = text.splitlines()
    assert any(line.startswith(pyside.name) and pyside.licence in line for line in lines)
