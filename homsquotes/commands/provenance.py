"""`provenance`: where a quotation first appeared, who carried it, and how its wording changed."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from homsquotes.commands._common import open_library
from homsquotes.core.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "provenance", help="a quote's first appearance, outlets, speakers and changed wording"
    )
    p.add_argument("quote_id", type=int, nargs="?", metavar="QUOTE_ID")
    p.add_argument("--all", action="store_true", help="every quotation carried by several articles")
    p.add_argument(
        "--min-articles", type=int, default=2, metavar="N", help="with --all (default 2)"
    )
    p.add_argument("--article", type=int, metavar="ID", help="with --all: groups touching it")
    p.add_argument("--format", choices=("text", "table", "json", "csv"), default="text")
    p.set_defaults(handler=run_provenance)


CSV_COLUMNS = (
    "group_id",
    "group_articles",
    "first_quote_id",
    "quote_id",
    "relation",
    "published",
    "outlet",
    "article_id",
    "article_title",
    "speaker",
    "different_speaker",
    "differences",
    "text",
)


def _member_rows(group: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat record per quote in a group (for CSV and tables)."""
    first = group["first"]
    return [
        {
            "group_id": group["group_id"],
            "group_articles": group["article_count"],
            "first_quote_id": first["quote_id"],
            "quote_id": m["quote_id"],
            "relation": m["relation"],
            "published": m["published"],
            "outlet": m["outlet"],
            "article_id": m["article_id"],
            "article_title": m["article_title"],
            "speaker": m["speaker"],
            "different_speaker": m["different_speaker"],
            "differences": "; ".join(
                f"{d['first'] or '∅'} -> {d['this'] or '∅'}" for d in m["differences"]
            ),
            "text": m["text"],
        }
        for m in group["members"]
    ]


def _print_group(group: dict[str, Any]) -> None:
    first = group["first"]
    print(
        f"First appearance: {first['outlet'] or '(unknown outlet)'}, "
        f"{first['published'] or 'undated'} — {first['article_title']} "
        f"(article {first['article_id']}, quote {first['quote_id']})"
    )
    print(f"  speaker: {first['speaker'] or '(none)'}")
    print(f"  {first['text']}")
    outlets = ", ".join(group["outlets"]) or "none known"
    print(f"Carried by {group['article_count']} article(s); outlets: {outlets}")
    for m in group["members"][1:]:
        flags = []
        if m["different_speaker"]:
            flags.append(f"DIFFERENT SPEAKER: {m['speaker']}")
        if m["differences"]:
            flags.append(f"{len(m['differences'])} wording change(s)")
        print(
            f"- quote {m['quote_id']} ({m['relation']}), {m['outlet'] or '(unknown outlet)'}, "
            f"{m['published'] or 'undated'}, speaker {m['speaker'] or '(none)'}"
            + (f"  [{'; '.join(flags)}]" if flags else "")
        )
        if m["differences"]:
            print(f"    {m['marked']}")


def run_provenance(args: argparse.Namespace) -> int:
    from homsquotes.core import analysis
    from homsquotes.core.formatting import write_records

    if args.all == (args.quote_id is not None):
        raise InputError("give either a QUOTE_ID or --all")
    if args.min_articles < 1:
        raise InputError("--min-articles must be 1 or more")
    with open_library(args) as lib:
        analysis.ensure_current(lib)
        if args.all:
            if args.article is not None:
                lib.article(args.article)
            groups = analysis.provenance_groups(lib, args.min_articles, args.article)
        else:
            groups = [analysis.quote_provenance(lib, args.quote_id)]
    if args.format == "json":
        print(json.dumps(groups if args.all else groups[0], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_records(
            [r for g in groups for r in _member_rows(g)],
            "csv",
            sys.stdout,
            table_columns=CSV_COLUMNS,  # the header even when nothing is carried twice
        )
    elif args.format == "table" or (args.all and args.format == "text"):
        summary = [
            {
                "group_id": g["group_id"],
                "articles": g["article_count"],
                "first": f"{g['first']['published'] or 'undated'} {g['first']['outlet'] or ''}",
                "variants": g["variant_count"],
                "speakers": len(g["speakers"]),
                "text": g["first"]["text"],
            }
            for g in groups
        ]
        write_records(
            summary,
            "table",
            sys.stdout,
            table_columns=("group_id", "articles", "first", "variants", "speakers", "text"),
        )
    else:
        _print_group(groups[0])
    return 0
