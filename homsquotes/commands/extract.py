"""`homsquotes extract PATH...`: run the extractor over files, no library needed."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from homsquotes.commands._common import add_raw_csv_option
from homsquotes.core.errors import InputError
from homsquotes.core.formatting import write_records
from homsquotes.core.textio import read_article_text


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("extract", help="list the quotations in article files")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .html .pdf .docx .odt .rtf .eml .mht; a database export "
        "gives one record per article), or - for stdin",
    )
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    add_raw_csv_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from homsquotes.core.extraction import extract_many
    from homsquotes.core.formats.reading import read_document, sniff_file

    texts: dict[int, str] = {}
    errors: dict[int, str] = {}
    sources: list[str] = []
    for path in args.paths:
        try:
            kind = sniff_file(path)
            if kind is None:
                texts[len(sources)] = read_article_text(path)
                sources.append(path)
                continue
            documents = read_document(path, kind)
            for n, document in enumerate(documents, 1):
                texts[len(sources)] = document.text
                sources.append(path if len(documents) == 1 else f"{path}#{n}")
        except InputError as exc:
            errors[len(sources)] = str(exc)
            sources.append(path)
            print(f"homsquotes: {exc}", file=sys.stderr)
    results = dict(zip(texts, extract_many(texts.values()), strict=True))

    # One record per input file (per article of an export), in input order; an unreadable
    # file keeps its place with an error.
    articles = []
    for i, path in enumerate(sources):
        art = results.get(i)
        record = {
            "source": path,
            "title": art.title if art else None,
            "quotes": [q.to_dict() for q in art.quotes] if art else [],
        }
        if i in errors:
            record["error"] = errors[i]
        articles.append(record)

    if args.format in ("jsonl", "json"):
        import json

        if args.format == "json":
            json.dump(articles, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            for record in articles:
                _write_json_line(record, sys.stdout)
    else:
        rows = [{"source": a["source"], **q} for a in articles for q in a["quotes"]]
        columns = ("speaker", "affiliation", "kind", "text")
        if len(sources) > 1:  # several files: say which file each quote is from
            columns = ("source", *columns)
        write_records(rows, args.format, sys.stdout, table_columns=columns,
                      raw_csv=args.raw_csv)
    return 1 if errors else 0


def _write_json_line(record: dict, out: TextIO) -> None:
    """One article as one JSON line, its quotes written one at a time: a long text can hold
    hundreds of thousands, and one string of them all would need several times their size."""
    import json

    head = {k: v for k, v in record.items() if k != "quotes"}
    tail = {"error": head.pop("error")} if "error" in head else {}
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "quotes": [')
    for i, quote in enumerate(record["quotes"]):
        out.write((", " if i else "") + json.dumps(quote, ensure_ascii=False))
    out.write("]" + (", " + json.dumps(tail, ensure_ascii=False)[1:] if tail else "}") + "\n")
