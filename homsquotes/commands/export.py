"""`homsquotes export --format F [--output FILE] [--article ID] [--speaker NAME] [--search TEXT]
[--bom]`: the library's quotes for spreadsheets, notes and reference managers."""

from __future__ import annotations

import argparse
import sys

from homsquotes.commands._common import add_raw_csv_option, open_library
from homsquotes.core.errors import InputError
from homsquotes.core.exports import EXPORT_FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export", help="export quotes (CSV, JSON, Markdown, CSL-JSON, BibTeX, RIS)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--search", metavar="TEXT", help="whole words, as list --search")
    p.add_argument("--kind", choices=("direct", "term", "all"), default="direct")
    p.add_argument("--bom", action="store_true", help="start a CSV with a byte-order mark (Excel)")
    add_raw_csv_option(p)
    p.add_argument("--force", action="store_true",
                   help="write even over an SQLite database or its -wal, -shm or -journal file")
    p.add_argument("--style", metavar="NAME|FILE.csl",
                   help="citation style for Markdown (default: the saved preference)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from homsquotes.core.citations import resolve_style
    from homsquotes.core.exports import export_quotes, export_to_file, gather
    from homsquotes.core.library import QuoteFilter
    from homsquotes.core.preferences import get_default_style

    if args.bom and args.format != "csv":
        raise InputError("--bom is for --format csv only")
    # Only Markdown holds citations: a saved style whose .csl file is gone must not block CSV.
    needs_style = args.style or args.format == "markdown"
    style = resolve_style(args.style or get_default_style()) if needs_style else "apa"
    flt = QuoteFilter(article_id=args.article, speaker=args.speaker, search=args.search,
                      kind=args.kind, whole_words=True)  # as `list --search` matches
    with open_library(args) as lib:
        quotes, articles = gather(lib, flt)
    if not args.output:
        export_quotes(args.format, quotes, articles, sys.stdout, bom=args.bom, style=style,
                      raw_csv=args.raw_csv)
        return 0
    count = export_to_file(args.output, args.format, quotes, articles, bom=args.bom, style=style,
                           force=args.force, raw_csv=args.raw_csv)
    print(f"exported {count} quotes from {len(articles)} articles to {args.output}",
          file=sys.stderr)
    return 0
