"""Source analysis and quote provenance over the library (plain Python + SQL, no Qt).

    from homsquotes.core.analysis import ensure_current, voice, quote_provenance
    ensure_current(lib)                      # catch up with edits (rebuilds a migrated library)
    voice(lib, "category", QuoteFilter(kind="direct"))   # share of voice per source category
    quote_provenance(lib, quote_id)          # first appearance, outlets, speakers, variants

Modules: categories (rules over role words and names), gender (referred gender with its
evidence), profiles (per speaker, editable), measures (SQL aggregates), provenance (one
quotation across articles), maintenance (import hook, catch-up, rebuild), tables (schema).
"""

from __future__ import annotations

from typing import Any

from homsquotes.core.analysis.categories import CATEGORIES
from homsquotes.core.analysis.gender import GENDERS
from homsquotes.core.analysis.maintenance import ensure_current, rebuild
from homsquotes.core.analysis.measures import DIMENSIONS, crosstab, voice
from homsquotes.core.analysis.profiles import (
    set_speaker_category,
    set_speaker_gender,
    speaker_profile,
)
from homsquotes.core.errors import NotFoundError

__all__ = [
    "CATEGORIES",
    "DIMENSIONS",
    "GENDERS",
    "also_in",
    "crosstab",
    "ensure_current",
    "provenance_groups",
    "quote_provenance",
    "rebuild",
    "set_speaker_category",
    "set_speaker_gender",
    "speaker_profile",
    "voice",
]


def quote_provenance(lib: Any, quote_id: int) -> dict[str, Any]:
    """The group of one quote (a group of one when no other article carries it)."""
    from homsquotes.core.analysis import provenance

    with lib._lock:
        lib._check_open()
        lib._quote_row(quote_id)  # NotFoundError for a wrong id
        group = provenance.group_id_of(lib.db, int(quote_id))
        found = provenance.describe_group(lib.db, group) if group is not None else None
    if found is None:
        raise NotFoundError(
            f"quote {quote_id} is too short or not a direct quotation, so it is not traced"
        )
    return found


def provenance_groups(
    lib: Any, min_articles: int = 2, article_id: int | None = None
) -> list[dict[str, Any]]:
    """Every quotation carried by at least `min_articles` articles, most widely carried first."""
    from homsquotes.core.analysis import provenance

    with lib._lock:
        lib._check_open()
        ids = provenance.group_ids(lib.db, min_articles, article_id)
        groups = [provenance.describe_group(lib.db, g) for g in ids]
    return [g for g in groups if g is not None]


def also_in(lib: Any, quote_id: int) -> dict[str, Any] | None:
    """How many other articles carry this quote, and where it first appeared (or None)."""
    from homsquotes.core.analysis import provenance

    with lib._lock:
        lib._check_open()
        return provenance.also_in(lib.db, int(quote_id))
