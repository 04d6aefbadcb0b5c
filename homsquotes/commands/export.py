"""`homsquotes export --format F [--output FILE] [--article ID] [--speaker NAME] [--search TEXT]
[--bom]`: the library's quotes for spreadsheets, notes and reference managers."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from homsquotes.commands._common import open_library
from homsquotes.core.errors import InputError
from homsquotes.core.exports import EXPORT_FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export", help="export quotes (CSV, JSON, Markdown, CSL-JSON, BibTeX, RIS)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--kind", choices=("direct", "term", "all"), default="direct")
    p.add_argument("--bom", action="store_true", help="start a CSV with a byte-order mark (Excel)")
    p.add_argument("--style", metavar="NAME|FILE.csl",
                   help="citation style for Markdown (default: the saved preference)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from homsquotes.core.citations import resolve_style
    from homsquotes.core.exports import export_quotes
    from homsquotes.core.library import QuoteFilter
    from homsquotes.core.preferences import get_default_style

    if args.bom and args.format != "csv":
        raise InputError("--bom is for --format csv only")
    style = resolve_style(args.style or get_default_style())
    flt = QuoteFilter(article_id=args.article, speaker=args.speaker, search=args.search,
                      kind=args.kind)
    with open_library(args) as lib:
        if args.article is not None:
            lib.article(args.article)  # NotFoundError for a wrong id, rather than an empty file
        quotes = lib.quotes(flt)
        article_ids = [args.article] if args.article is not None else list(
            dict.fromkeys(q["article_id"] for q in quotes))
        articles = {aid: lib.article_meta(aid) for aid in article_ids}
    if not args.output:
        export_quotes(args.format, quotes, articles, sys.stdout, bom=args.bom, style=style)
        return 0
    _write_file(Path(args.output), args.format, quotes, articles, args.bom, style)
    print(f"exported {len(quotes)} quotes from {len(articles)} articles to {args.output}",
          file=sys.stderr)
    return 0


def _write_file(path, fmt, quotes, articles, bom, style) -> None:  # type: ignore[no-untyped-def]
    """Write next to the target, then rename: a failed export never leaves half a file."""
    from homsquotes.core.exports import export_quotes

    path = path.expanduser()
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            export_quotes(fmt, quotes, articles, out, bom=bom, style=style)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
