"""The licences of what homsquotes runs on: every distribution its requirements pull in.

Read from installed metadata (``importlib.metadata``), so the same list is right in a
checkout, an installed wheel and the PyInstaller bundle (whose spec copies each of
these distributions' metadata). The About box shows it; the bundle ships it as
THIRD-PARTY-LICENCES.txt; ``copyleft_problems`` is the check that no GPL or AGPL
package enters what we ship (LGPL, which PySide6 and Qt use, is allowed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT_DISTRIBUTION = "homsquotes"
# GPL or AGPL in any spelling ("GPLv3", "GNU General Public License", "AGPL-3.0"), but not
# LGPL ("GNU Lesser General Public License", "LGPL-3.0-only"), which a dynamic link allows.
_COPYLEFT = re.compile(
    r"(?<![L\w])A?GPL|GNU (Affero )?General Public|Affero", flags=re.IGNORECASE
)
_LICENCE_CLASSIFIER = "License :: "


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution declares: SPDX expression, short License field, classifiers."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    raw = (meta.get("License") or "").strip()
    if raw and len(raw) <= 80 and "\n" not in raw:
        return raw
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith(_LICENCE_CLASSIFIER)]
    names = [c.split("::")[-1].strip() for c in classifiers]
    return ", ".join(name for name in names if name != "OSI Approved") or "unknown"


def runtime_components(root: str = ROOT_DISTRIBUTION) -> list[Component]:
    """``root`` and every distribution its requirements need here (no extras), by name."""
    found: dict[str, Component] = {}
    pending = [root]
    while pending:
        name = canonicalize_name(pending.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement whose marker did not apply, or an optional one
        found[name] = Component(dist.metadata["Name"], dist.version, licence_of(dist.metadata))
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return sorted(found.values(), key=lambda c: c.name.lower())


def is_copyleft(licence: str) -> bool:
    """True when every choice the licence offers is GPL or AGPL; LGPL is not counted.

    An SPDX ``OR`` (and a list of several licence classifiers, which packages use for
    dual licensing) lets us take any one of them: PySide6's "LGPL-3.0-only OR
    GPL-2.0-only OR GPL-3.0-only" is used under the LGPL. Within one choice, an
    ``AND`` with a GPL part makes the whole choice GPL.
    """
    choices = re.split(r"\s+OR\s+|,\s*", licence)
    return all(_choice_is_copyleft(choice) for choice in choices if choice.strip())


def _choice_is_copyleft(choice: str) -> bool:
    without_lesser = re.sub(r"GNU Lesser General Public|Library General Public", "", choice)
    return bool(_COPYLEFT.search(without_lesser))


def copyleft_problems(components: list[Component]) -> list[str]:
    return [f"{c.name} {c.version} is {c.licence}" for c in components if is_copyleft(c.licence)]


def licence_text(components: list[Component]) -> str:
    """A plain-text table: one line per component, for the bundle and the About box."""
    width = max((len(c.name) for c in components), default=10) + 2
    v_width = max((len(c.version) for c in components), default=10) + 2
    lines = [f"{'Package':<{width}}{'Version':<{v_width}}Licence", "-" * (width + v_width + 20)]
    lines += [f"{c.name:<{width}}{c.version:<{v_width}}{c.licence}" for c in components]
    return "\n".join(lines) + "\n"
