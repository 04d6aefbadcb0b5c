"""Source analysis sub-commands: `sources` (share of voice) and `source` (one speaker's
category and referred gender, with evidence; set either by hand)."""

from __future__ import annotations

import argparse
import json
import sys

from homsquotes.commands._common import open_library
from homsquotes.core.errors import InputError

BY = ("speaker", "category", "gender", "outlet", "month", "article")
FORMATS = ("table", "csv", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sources", help="who gets a voice: quotes and quoted words per speaker, category, …"
    )
    p.add_argument("--by", choices=BY, default="category")
    p.add_argument("--article", type=int, metavar="ID", help="only this article (share within it)")
    p.add_argument("--search", metavar="TEXT", help="only quotes matching a full-text search")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--tag")
    p.add_argument("--kind", choices=("direct", "term", "all"), default="direct")
    p.add_argument("--top", type=int, metavar="N", help="only the first N rows")
    p.add_argument("--rebuild", action="store_true", help="recompute categories, gender, groups")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(handler=run_sources)

    p = subparsers.add_parser(
        "source", help="a speaker's category and referred gender, with evidence (or set them)"
    )
    p.add_argument("speaker", metavar="SPEAKER", help="name or id")
    p.add_argument("--category", help="set the category (a key or label; 'rule' = derive again)")
    p.add_argument("--gender", help="set female, male, they or unknown ('evidence' = derive again)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_source)


def run_sources(args: argparse.Namespace) -> int:
    from homsquotes.core import analysis
    from homsquotes.core.formatting import write_records
    from homsquotes.core.library import QuoteFilter

    if args.top is not None and args.top < 1:
        raise InputError("--top must be 1 or more")
    flt = QuoteFilter(
        article_id=args.article,
        speaker=args.speaker,
        search=args.search,
        kind=args.kind,
        tag=args.tag,
    )
    with open_library(args) as lib:
        if args.article is not None:
            lib.article(args.article)  # NotFoundError for a wrong id
        if args.rebuild:
            analysis.rebuild(lib)
        else:
            analysis.ensure_current(lib)
        rows = analysis.voice(lib, args.by, flt, top=args.top)
    for row in rows:
        key = row.pop("key", None)
        if args.by in ("speaker", "article"):
            row[f"{args.by}_id"] = key
        if args.format == "table":
            row["share_words"] = f"{row['share_words']:.1%}"
            row["share_quotes"] = f"{row['share_quotes']:.1%}"
    columns = ["quotes", "words", "share_words", "share_quotes", "speakers", "articles"]
    if args.by == "speaker":
        columns = ["category", "gender", *columns]
    # The name or label goes last in a table: it takes the width the terminal has left.
    write_records(rows, args.format, sys.stdout, table_columns=[*columns, args.by])
    return 0


def run_source(args: argparse.Namespace) -> int:
    from homsquotes.core import analysis

    with open_library(args) as lib:
        analysis.ensure_current(lib)
        if args.category is not None:
            value = None if args.category.casefold() == "rule" else args.category
            analysis.set_speaker_category(lib, args.speaker, value)
        if args.gender is not None:
            value = None if args.gender.casefold() == "evidence" else args.gender
            analysis.set_speaker_gender(lib, args.speaker, value)
        profile = analysis.speaker_profile(lib, args.speaker)
    if args.format == "json":
        print(json.dumps(profile, ensure_ascii=False, indent=2))
        return 0
    how = f"by {profile['category_source']}"
    if profile["category_reason"]:
        how += f": {profile['category_reason']}"
    print(f"{profile['name']} (speaker {profile['id']})")
    print(f"  category: {profile['category_label']} ({how})")
    conflict = ", conflicting he/she evidence" if profile["gender_conflicting"] else ""
    print(f"  referred gender: {profile['gender']} (by {profile['gender_source']}{conflict})")
    for e in profile["evidence"]:
        print(f"    article {e['article_id']}, {e['kind']} {e['word']!r}: {e['snippet']}")
    return 0
