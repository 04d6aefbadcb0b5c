"""Writing lists of flat records as an aligned table, JSON, JSON Lines or CSV (CLI output)."""

from __future__ import annotations

import csv
import itertools
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Nested dicts become dotted keys, lists '; '-joined strings (for CSV and tables)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, v in flatten(value).items():
                flat[f"{key}.{sub}"] = v
        elif isinstance(value, list | tuple):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return flat


def _cell(value: Any, width: int) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


# A table's column widths are measured on its first rows, so a long listing streams.
TABLE_WIDTH_SAMPLE = 200


def write_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    """An aligned plain-text table that fits the terminal; the last column takes what is left.

    Widths come from the first TABLE_WIDTH_SAMPLE rows; the rest stream. Returns the row count.
    """
    rows = iter(rows)
    sample = list(itertools.islice(rows, TABLE_WIDTH_SAMPLE))
    total = shutil.get_terminal_size((160, 24)).columns
    widths = []
    for col in columns[:-1]:
        longest = max([len(col)] + [len(_cell(r.get(col), 10_000)) for r in sample])
        widths.append(min(longest, 28))
    widths.append(max(20, total - sum(w + 2 for w in widths)))
    header = "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True))
    out.write(header.rstrip() + "\n")
    count = 0
    for row in itertools.chain(sample, rows):
        cells = [_cell(row.get(c), w).ljust(w) for c, w in zip(columns, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
        count += 1
    return count


def write_records(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    *,
    table_columns: Sequence[str] = (),
) -> int:
    """Write records in one of: table, json, jsonl, csv; returns how many were written.

    Records stream: each is written as it comes, so a generator of a million rows never
    sits in memory. A CSV's columns are the keys of every record of a list, or of the first
    record of a stream (records of one kind share their keys); ``table_columns`` if none.
    """
    keys: list[str] = []
    if isinstance(rows, Sequence):
        for row in rows:
            keys.extend(k for k in flatten(row) if k not in keys)
    rows = iter(rows)
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        # The output of json.dump(list, indent=2), one element at a time.
        for row in rows:
            item = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if count == 0 else ",\n  ") + item)
            count += 1
        out.write("\n]\n" if count else "[]\n")
    elif fmt == "csv":
        first = next(rows, None)
        flat_first = flatten(first) if first is not None else {}
        fields = keys or list(flat_first) or list(table_columns)  # no rows: still a header
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        if first is not None:
            writer.writerow(flat_first)
            count = 1
        for row in rows:
            writer.writerow(flatten(row))
            count += 1
    elif fmt == "table":
        first = next(rows, None)
        columns = list(table_columns) or (list(first) if first is not None else [])
        count = write_table(
            itertools.chain([first] if first is not None else [], rows), columns, out
        )
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count
