"""`homsquotes extract PATH...`: run the extractor over files, no library needed."""

from __future__ import annotations

import argparse
import sys

from homsquotes.commands._common import add_raw_csv_option
from homsquotes.core.errors import InputError
from homsquotes.core.formatting import write_records
from homsquotes.core.textio import read_article_text


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("extract", help="list the quotations in article files")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.txt, .md, .html), or - for stdin"
    )
    p.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    add_raw_csv_option(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from homsquotes.core.extraction import extract_many

    texts: dict[int, str] = {}
    errors: dict[int, str] = {}
    for i, path in enumerate(args.paths):
        try:
            texts[i] = read_article_text(path)
        except InputError as exc:
            errors[i] = str(exc)
            print(f"homsquotes: {exc}", file=sys.stderr)
    results = dict(zip(texts, extract_many(texts.values()), strict=True))

    # One record per input file, in input order; an unreadable file keeps its place with an error.
    articles = []
    for i, path in enumerate(args.paths):
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
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        rows = [{"source": a["source"], **q} for a in articles for q in a["quotes"]]
        columns = ("speaker", "affiliation", "kind", "text")
        if len(args.paths) > 1:  # several files: say which file each quote is from
            columns = ("source", *columns)
        write_records(rows, args.format, sys.stdout, table_columns=columns,
                      raw_csv=args.raw_csv)
    return 1 if errors else 0
