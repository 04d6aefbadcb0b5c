"""Writing lists of flat records as an aligned table, JSON, JSON Lines or CSV (CLI output)."""

from __future__ import annotations

import csv
import itertools
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any, TextIO


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """Nested dicts become dotted keys, lists '; '-joined strings (for CSV and tables).

    A list of records (a quote's parts) becomes one JSON cell, which a script reads back whole.
    """
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, v in flatten(value).items():
                flat[f"{key}.{sub}"] = v
        elif isinstance(value, list | tuple) and any(isinstance(v, dict) for v in value):
            flat[key] = json.dumps(list(value), ensure_ascii=False)
        elif isinstance(value, list | tuple):
            flat[key] = "; ".join(str(v) for v in value)
        else:
            flat[key] = value
    return flat


# Cells a spreadsheet would run as a formula (OWASP's CSV injection list): article text can
# plant one ("=HYPERLINK(...)"), so CSV output starts such a cell with an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """A text starting like a formula gets a leading "'"; anything else is returned as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: neutralise_formula(v) for k, v in row.items()}


# C0 and C1 control characters except tab and newline: ESC starts the terminal sequences
# (colours, OSC 8 links, title changes, cursor moves) that article text could smuggle in.
_CONTROLS = {c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def terminal_safe(text: str) -> str:
    """Text with every control character except tab and newline replaced by U+FFFD."""
    return text.translate(_CONTROLS)


class TerminalWriter:
    """Wraps a terminal's stdout: control characters never reach it raw."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


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
    raw_csv: bool = False,
) -> int:
    """Write records in one of: table, json, jsonl, csv; returns how many were written.

    Records stream: each is written as it comes, so a generator of a million rows never
    sits in memory. A CSV's columns are the keys of every record of a list, or of the first
    record of a stream (records of one kind share their keys); ``table_columns`` if none.
    CSV cells that a spreadsheet would run as a formula are neutralised unless ``raw_csv``.
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
        def cells(flat: dict[str, Any]) -> dict[str, Any]:
            return flat if raw_csv else neutralise_row(flat)

        if first is not None:
            writer.writerow(cells(flat_first))
            count = 1
        for row in rows:
            writer.writerow(cells(flatten(row)))
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
