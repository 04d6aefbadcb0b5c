"""Write the licence list of everything the bundle ships and fail on a GPL/AGPL package.

`make dist` runs it before PyInstaller: `python packaging/check_licences.py OUTPUT`.
Exit 1, with one line per offending package, if any runtime dependency is GPL or AGPL
only. LGPL (PySide6 and Qt, linked dynamically and replaceable in the bundle) is fine.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from homsquotes.appinfo import APP_NAME, __version__  # noqa: E402
from homsquotes.licences import copyleft_problems, licence_text, runtime_components  # noqa: E402


def main(argv: list[str]) -> int:
    components = runtime_components()
    problems = copyleft_problems(components)
    for problem in problems:
        print(f"check_licences: {problem}: GPL/AGPL may not ship in {APP_NAME}", file=sys.stderr)
    if problems:
        return 1
    if argv:
        target = Path(argv[0])
        target.parent.mkdir(parents=True, exist_ok=True)
        header = (
            f"{APP_NAME} {__version__} ships these packages (from their metadata).\n"
            "PySide6 and Qt are used under the LGPL v3: they are separate shared libraries\n"
            "in this folder that you may replace with your own build.\n"
            "Each package's full licence text is in its *.dist-info folder.\n\n"
        )
        target.write_text(header + licence_text(components), encoding="utf-8")
        print(f"check_licences: {len(components)} packages, none GPL/AGPL; list in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
