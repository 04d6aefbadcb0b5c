"""Records as a terminal table, JSON, JSON lines or CSV."""

from __future__ import annotations

import io

from homsquotes.core.formatting import write_records


def test_table_shows_lists_as_plain_text_not_python_reprs() -> None:
    out = io.StringIO()
    rows = [{"id": 1, "name": "Lakhdar Brahimi", "aliases": ["L. Brahimi", "Brahimi"]},
            {"id": 2, "name": "Abu Fehmi", "aliases": []}]
    write_records(rows, "table", out, table_columns=("id", "name", "aliases"))
    lines = out.getvalue().splitlines()
    assert lines[1].split("  ")[-1].strip() == "L. Brahimi, Brahimi"
    assert "[" not in out.getvalue()
    assert lines[2].rstrip().endswith("Abu Fehmi")


def test_csv_without_rows_still_has_a_header() -> None:
    """`list --search nothing --format csv` must give a valid CSV a script can read, not a blank."""
    out = io.StringIO()
    write_records([], "csv", out, table_columns=("id", "speaker", "text"))
    assert out.getvalue() == "id,speaker,text\n"
