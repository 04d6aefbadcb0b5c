"""Who gets a voice: quotes and quoted words per speaker, category, gender, outlet, month.

Each measure is one SQL aggregate over the quotes a QuoteFilter selects (the window's
current filter, or the CLI's --article/--search/...), so the CLI, the window and the tests
share it. Share of voice is a group's share of the quoted words in the selection; with
``article_id`` set in the filter it is the share within that article.
"""

from __future__ import annotations

import re
from typing import Any

from homsquotes.core.analysis.categories import CATEGORIES
from homsquotes.core.analysis.gender import GENDERS
from homsquotes.core.library.queries import QuoteFilter

NO_SPEAKER = "(no speaker)"
NO_OUTLET = "(unknown outlet)"
NO_DATE = "(no date)"

# dimension -> (SQL key, SQL label); the label of category and gender is filled in Python.
DIMENSIONS: dict[str, tuple[str, str]] = {
    "speaker": ("q.speaker_id", f"COALESCE(s.name, '{NO_SPEAKER}')"),
    "category": ("COALESCE(p.category, 'unknown')", "COALESCE(p.category, 'unknown')"),
    "gender": (
        "COALESCE(p.gender_user, p.gender, 'unknown')",
        "COALESCE(p.gender_user, p.gender, 'unknown')",
    ),
    "outlet": (
        f"COALESCE(NULLIF(trim(a.publisher), ''), '{NO_OUTLET}')",
        f"COALESCE(NULLIF(trim(a.publisher), ''), '{NO_OUTLET}')",
    ),
    "month": (
        f"CASE WHEN length(a.published) >= 7 THEN substr(a.published, 1, 7) ELSE '{NO_DATE}' END",
        f"CASE WHEN length(a.published) >= 7 THEN substr(a.published, 1, 7) ELSE '{NO_DATE}' END",
    ),
    "article": ("q.article_id", "COALESCE(a.title, 'article ' || a.id)"),
}

_WORD_TOKEN = re.compile(r"\S*\w\S*")


def count_words(text: str | None) -> int:
    """Quoted words: runs of letters or digits ("don't" is one word), the parts' joiner not one."""
    if not text:
        return 0
    return len(_WORD_TOKEN.findall(text))  # the joiner's "…" has no letter, so never counts


def store_word_counts(db: Any, quotes: Any, counted: bool = False) -> None:
    """Count the words of these (id, text) quotes once (caller's transaction); with
    `counted`, the pairs are (id, words) already counted."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO quote_words(id, words) VALUES (?, ?)",
        quotes if counted else [(quote_id, count_words(text)) for quote_id, text in quotes],
    )


# The join each dimension needs; a query joins only these (and quote_words), so grouping a
# million quotes by category never reads the articles or speakers tables.
_JOINS = {
    "a": "JOIN articles a ON a.id = q.article_id",
    "s": "LEFT JOIN speakers s ON s.id = q.speaker_id",
    "p": "LEFT JOIN speaker_profiles p ON p.id = q.speaker_id",
}
_NEEDS = {
    "speaker": ("s", "p"),
    "category": ("p",),
    "gender": ("p",),
    "outlet": ("a",),
    "month": ("a",),
    "article": ("a",),
}


def _base(flt: QuoteFilter, *dimensions: str) -> tuple[str, list[Any]]:
    where, params = flt.where()
    needed = {j for d in dimensions for j in _NEEDS[d]}
    joins = " ".join(sql for key, sql in _JOINS.items() if key in needed)
    sql = (
        f"SELECT {{columns}} FROM quotes q {joins} LEFT JOIN quote_words w ON w.id = q.id "
        f"WHERE {where} {{tail}}"
    )
    return sql, params


def label_of(dimension: str, key: Any, label: Any) -> str:
    if dimension == "category":
        return CATEGORIES.get(str(key), str(key))
    if dimension == "gender":
        return GENDERS.get(str(key), str(key))
    return str(label)


def voice(lib: Any, by: str, flt: QuoteFilter | None = None, top: int | None = None) -> list[dict]:
    """One row per value of `by`: quotes, words, their shares, speakers and articles.

    Sorted by words (most quoted first); `top` keeps the first rows only (shares stay
    shares of the whole selection).
    """
    if by not in DIMENSIONS:
        raise ValueError(f"unknown measure {by!r}; use one of {', '.join(DIMENSIONS)}")
    flt = flt or QuoteFilter(kind="direct")
    key, label = DIMENSIONS[by]
    sql, params = _base(flt, by)
    extra = ""
    if by == "speaker":
        extra = (
            ", COALESCE(max(p.category), 'unknown') AS category, "
            "COALESCE(max(p.gender_user), max(p.gender), 'unknown') AS gender"
        )
    columns = (
        f"{key} AS key, {label} AS label, count(*) AS quotes, sum(COALESCE(w.words, 0)) AS words, "
        f"count(DISTINCT q.speaker_id) AS speakers, count(DISTINCT q.article_id) AS articles{extra}"
    )
    with lib._lock:
        lib._check_open()
        rows = [
            dict(r)
            for r in lib.db.query(
                sql.format(
                    columns=columns, tail=f"GROUP BY {key} ORDER BY words DESC, quotes DESC, label"
                ),
                params,
            )
        ]
    total_words = sum(r["words"] or 0 for r in rows)
    total_quotes = sum(r["quotes"] for r in rows)
    out = []
    for r in rows:
        words = int(r["words"] or 0)
        row = {
            by: label_of(by, r["key"], r["label"]),
            "key": r["key"],
            "quotes": int(r["quotes"]),
            "words": words,
            "share_words": round(words / total_words, 4) if total_words else 0.0,
            "share_quotes": round(r["quotes"] / total_quotes, 4) if total_quotes else 0.0,
            "speakers": int(r["speakers"]),
            "articles": int(r["articles"]),
        }
        if by == "speaker":
            row["category"] = CATEGORIES.get(r["category"], r["category"])
            row["gender"] = r["gender"]
        out.append(row)
    return out[:top] if top else out


def crosstab(
    lib: Any, rows_by: str, columns_by: str, flt: QuoteFilter | None = None
) -> list[dict[str, Any]]:
    """Quotes and words for each (row value, column value): outlet x category, month x gender…"""
    for name in (rows_by, columns_by):
        if name not in DIMENSIONS:
            raise ValueError(f"unknown measure {name!r}; use one of {', '.join(DIMENSIONS)}")
    flt = flt or QuoteFilter(kind="direct")
    (rkey, rlabel), (ckey, clabel) = DIMENSIONS[rows_by], DIMENSIONS[columns_by]
    sql, params = _base(flt, rows_by, columns_by)
    columns = (
        f"{rkey} AS rkey, {rlabel} AS rlabel, {ckey} AS ckey, {clabel} AS clabel, "
        "count(*) AS quotes, sum(COALESCE(w.words, 0)) AS words"
    )
    with lib._lock:
        lib._check_open()
        rows = lib.db.query(
            sql.format(columns=columns, tail=f"GROUP BY {rkey}, {ckey} ORDER BY {rkey}, {ckey}"),
            params,
        )
        return [
            {
                rows_by: label_of(rows_by, r["rkey"], r["rlabel"]),
                columns_by: label_of(columns_by, r["ckey"], r["clabel"]),
                "quotes": int(r["quotes"]),
                "words": int(r["words"] or 0),
            }
            for r in rows
        ]
