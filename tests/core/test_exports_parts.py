"""An interrupted quotation through every export: the parts come back from the machine
formats, and every format quotes only the quoted words, never the reporter's between them."""

from __future__ import annotations

import csv
import io
import json

import pytest
from bibtex_reading import read_bibtex

from homsquotes.core.exports import EXPORT_FORMATS, export_quotes, gather
from homsquotes.core.library import QuoteFilter
from homsquotes.core.model import PART_JOINER, ArticleMeta

HOLT = '"We will get through this," Holt said, "but it will not be easy for anyone."\n'
WORDS = ("We will get through this", "but it will not be easy for anyone")
REPORTER = "Holt said"


@pytest.fixture
def exported(lib):
    """Export one format of the library holding the Holt article; returns (text, quotes)."""
    meta = ArticleMeta(title="Floods reach Leeds", publisher="Gazette", published="2025-01-06",
                       authors=["Ann Lee"])
    result = lib.import_text(HOLT, meta)
    quotes, articles = gather(lib, QuoteFilter(article_id=result.article_id))
    [quote] = quotes
    assert len(quote["parts"]) == 2

    def run(fmt: str) -> tuple[str, list[dict]]:
        out = io.StringIO()
        export_quotes(fmt, quotes, articles, out)
        return out.getvalue(), quotes

    return run


def _quoted_parts(quote: dict) -> list[dict]:
    return [{"start": p["start"], "end": p["end"], "text": p["text"]} for p in quote["parts"]]


def test_csv_parts_cell_reads_back_as_the_parts(exported):
    text, [quote] = exported("csv")
    [row] = csv.DictReader(io.StringIO(text))
    assert json.loads(row["parts"]) == _quoted_parts(quote)
    assert row["text"] == PART_JOINER.join(p["text"] for p in quote["parts"])
    assert REPORTER not in row["text"]
    for part in json.loads(row["parts"]):
        assert HOLT[part["start"] : part["end"]] == part["text"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_records_carry_the_parts(exported, fmt):
    text, [quote] = exported(fmt)
    [record] = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
    assert record["parts"] == _quoted_parts(quote)
    assert (record["start"], record["end"]) == (quote["parts"][0]["start"],
                                                quote["parts"][-1]["end"])
    assert REPORTER not in record["text"]


def _quote_texts(fmt: str, text: str) -> list[str]:
    """Where each format puts the quotation itself."""
    if fmt == "markdown":
        return [line[2:] for line in text.splitlines() if line.startswith("> ") and "—" not in line]
    if fmt == "csl-json":
        return [item["note"] for item in json.loads(text)]
    if fmt == "bibtex":
        return [entry["annote"] for entry in read_bibtex(text).values()]
    if fmt == "ris":
        return [line.split("  - ", 1)[1] for line in text.splitlines() if line.startswith("N1")]
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["markdown", "csl-json", "bibtex", "ris"])
def test_text_formats_quote_each_part_and_not_the_words_between(exported, fmt):
    text, _ = exported(fmt)
    [quoted] = _quote_texts(fmt, text)
    assert PART_JOINER.join(WORDS) in quoted
    assert REPORTER not in quoted
    # the marks of each part stay out: only the outer pair the export adds (if any) remains
    assert '"' not in quoted.replace('\\"', "")


def test_every_format_is_covered():
    assert set(EXPORT_FORMATS) == {"csv", "json", "jsonl", "markdown", "csl-json", "bibtex", "ris"}
