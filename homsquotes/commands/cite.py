"""`homsquotes cite QUOTE_ID... [--style NAME|FILE.csl] [--format text|html]`."""

from __future__ import annotations

import argparse
import sys

from homsquotes.commands._common import count_option, open_library

# Which edition each short name follows (tests check these against the CSL files' titles).
STYLE_EDITIONS = {
    "apa": "APA 7th edition",
    "mla": "MLA 9th edition",
    "chicago": "Chicago 18th edition, notes and bibliography",
    "chicago-author-date": "Chicago 18th edition, author-date",
    "harvard": "Cite Them Right 12th edition",
    "chicago-17": "Chicago 17th edition, notes and bibliography",
    "chicago-author-date-17": "Chicago 17th edition, author-date",
}
STYLE_HELP = ("; ".join(f"{name} ({edition})" for name, edition in STYLE_EDITIONS.items())
              + "; or a CSL style name or a .csl file (default: the saved preference, else apa)")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "cite", help="format quotes as citations (APA, MLA, Chicago, Harvard, any CSL style)")
    p.add_argument("quote_ids", nargs="+", type=int, metavar="QUOTE_ID")
    p.add_argument("--style", metavar="NAME|FILE.csl", help=STYLE_HELP)
    p.add_argument("--format", choices=("text", "html"), default="text")
    p.add_argument("--max-words", type=count_option("never trim"), default=40, metavar="N",
                   help="trim longer quotations with an ellipsis (0: never trim; default 40)")
    p.add_argument("--save-style", action="store_true", help="also make --style the default")
    p.set_defaults(handler=run)




def run(args: argparse.Namespace) -> int:
    from homsquotes.core.citations import cite_library_quotes, join_citations, resolve_style
    from homsquotes.core.preferences import get_default_style, set_default_style

    # A bad style fails before the library is opened.
    spec = resolve_style(args.style or get_default_style())
    with open_library(args) as lib:
        citations = cite_library_quotes(lib, args.quote_ids, spec,
                                        max_words=args.max_words or None)
        article_ids = [lib.quote(qid)["article_id"] for qid in args.quote_ids]
    text, html = join_citations(citations)
    sys.stdout.write((html if args.format == "html" else text) + "\n")
    warned: set[int] = set()
    for article_id, c in zip(article_ids, citations, strict=True):
        if c.missing and article_id not in warned:
            warned.add(article_id)
            lacking = " or ".join([", ".join(c.missing[:-1]), c.missing[-1]] if len(c.missing) > 1
                                  else c.missing)
            print(f"homsquotes: note: article {article_id} has no {lacking}; "
                  "the citation follows the style's rule for that", file=sys.stderr)
    if args.save_style and args.style:
        set_default_style(args.style)
    return 0
