"""Imported (and only imported) by the import's fork server: spaCy and the model are loaded
once there, before any extraction worker is forked from it, so each worker starts with them
in memory instead of spending a second or more of CPU loading them itself.

A failure is left for the first extraction to report: it loads the model again, in the
worker, and raises its own error there.
"""

from __future__ import annotations

import contextlib

from homsquotes.core.extraction.attribution.nlp import get_nlp
from homsquotes.core.library import importing  # noqa: F401  (the module the tasks run from)

with contextlib.suppress(Exception):  # reported by the extraction that needs the model
    get_nlp()
