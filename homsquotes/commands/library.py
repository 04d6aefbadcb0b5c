"""Library sub-commands: import, list, show, edit, speakers, merge-speakers, rename-speaker,
undo, redo, history, backup. Thin: each calls one Library method and prints the result."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from typing import Any

from homsquotes.commands._common import add_raw_csv_option, count_option, open_library
from homsquotes.core.errors import HomsquotesError, InputError
from homsquotes.core.formatting import write_records
from homsquotes.core.library.importing import displayable
from homsquotes.core.library.sources import is_iso_date
from homsquotes.core.model import ArticleMeta

FORMATS = ("table", "json", "jsonl", "csv")
# How many quotes `list` shows in a terminal table unless --limit says otherwise; a pipe or
# another format gets every match (streamed, so `| head` stops the query early).
TERMINAL_PAGE = 100
SORTS = (
    "relevance",
    "position",
    "speaker",
    "affiliation",
    "text",
    "kind",
    "status",
    "article",
    "confidence",
    "updated",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="import articles into the library")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .html .pdf .docx .odt .rtf .eml .mht, and Nexis, Factiva "
        "or ProQuest exports holding many articles), folders or .zip archives of them; - for "
        "stdin",
    )
    p.add_argument(
        "--glob", metavar="PATTERN", help="in folders, only files whose names match ('*.pdf')"
    )
    p.add_argument("--title")
    p.add_argument("--publisher")
    p.add_argument("--author", action="append", help="an author (repeat for several)")
    p.add_argument("--date", help="publication date, YYYY-MM-DD (or YYYY-MM, YYYY)")
    p.add_argument("--url")
    p.add_argument("--accessed", metavar="DATE",
                   help="when you read it online, YYYY-MM-DD (default: today, for HTML files "
                        "and articles with a URL)")
    p.set_defaults(handler=run_import)

    p = subparsers.add_parser("list", help="list quotes in the library")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument(
        "--search",
        metavar="TEXT",
        help='full-text search: whole words, "a phrase", a trailing * for a prefix '
        "(any text works)",
    )
    p.add_argument("--kind", choices=("direct", "term", "all"), default="direct")
    p.add_argument("--status", choices=("auto", "edited", "verified"))
    p.add_argument("--tag")
    p.add_argument(
        "--review", action="store_true", help="only quotes flagged for review (after an upgrade)"
    )
    p.add_argument(
        "--sort",
        choices=SORTS,
        help="order (default: relevance, best match first, with --search; else position)",
    )
    p.add_argument("--desc", action="store_true", help="reverse the sort order")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument(
        "--limit",
        type=count_option("all"),
        metavar="N",
        help=f"show at most N quotes (0: all; default: all, or {TERMINAL_PAGE} for a table "
        "in a terminal)",
    )
    add_raw_csv_option(p)
    p.set_defaults(handler=run_list)

    p = subparsers.add_parser("show", help="show one quote in full")
    p.add_argument("quote_id", type=int, metavar="QUOTE_ID")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run_show)

    p = subparsers.add_parser("edit", help="edit a quote (undoable)")
    p.add_argument("quote_id", type=int, metavar="QUOTE_ID")
    p.add_argument("--speaker", help='speaker name ("" to clear)')
    p.add_argument("--affiliation")
    p.add_argument("--context")
    p.add_argument("--kind", choices=("direct", "term"))
    p.add_argument("--note")
    p.add_argument("--status", choices=("auto", "edited", "verified"))
    p.add_argument("--tag", action="append", help="add a tag (repeat for several)")
    p.add_argument("--untag", action="append", help="remove a tag")
    span = p.add_mutually_exclusive_group()
    span.add_argument("--text", help="the quote's words as you want them cited (one part)")
    span.add_argument(
        "--parts",
        metavar="START-END[,START-END...]",
        help="the quote's parts as article offsets, e.g. 0-27,39-76",
    )
    span.add_argument(
        "--split", action="store_true", help="split a quote kept whole into its marked parts"
    )
    p.add_argument("--clear-review", action="store_true", help="clear the review flag")
    p.set_defaults(handler=run_edit)

    p = subparsers.add_parser("articles", help="list articles with their quote counts")
    p.add_argument("--format", choices=FORMATS, default="table")
    add_raw_csv_option(p)
    p.set_defaults(handler=run_articles)

    p = subparsers.add_parser("edit-article", help="correct an article's metadata (undoable)")
    p.add_argument("article_id", type=int, metavar="ARTICLE_ID")
    p.add_argument("--title")
    p.add_argument("--short-title", help="the title an in-text citation uses (\"\" to derive it)")
    p.add_argument("--publisher")
    p.add_argument("--author", action="append",
                   help='an author (repeat; replaces the list): "Jane Smith", '
                        '"Beethoven, Ludwig van" (surname first when it is ambiguous)')
    p.add_argument("--language", help="the article's language, e.g. en, fr")
    p.add_argument("--sentence-case", action="store_true",
                   help="put the title in sentence case for APA (only words the article never "
                        "capitalises mid-sentence are lowered; check the result)")
    p.add_argument("--date", help="publication date, YYYY-MM-DD (or YYYY-MM, YYYY)")
    p.add_argument("--date-note", help="how the date is known (e.g. inferred from ...)")
    p.add_argument("--url")
    p.add_argument("--accessed", help="date you read it online, YYYY-MM-DD")
    p.set_defaults(handler=run_edit_article)

    p = subparsers.add_parser("speakers", help="list speakers with quote counts and aliases")
    p.add_argument("--all", action="store_true", help="include speakers with no quotes left")
    p.add_argument("--format", choices=FORMATS, default="table")
    add_raw_csv_option(p)
    p.set_defaults(handler=run_speakers)

    p = subparsers.add_parser("merge-speakers", help="merge speaker B into speaker A")
    p.add_argument("keep", metavar="A")
    p.add_argument("absorb", metavar="B")
    p.set_defaults(handler=run_merge)

    p = subparsers.add_parser(
        "rename-speaker", help="rename a speaker (the old name stays an alias)"
    )
    p.add_argument("speaker", metavar="A")
    p.add_argument("new_name", metavar="NEW")
    p.set_defaults(handler=run_rename)

    p = subparsers.add_parser("undo", help="undo the last edit")
    p.set_defaults(handler=run_undo)
    p = subparsers.add_parser("redo", help="redo the last undone edit")
    p.set_defaults(handler=run_redo)

    p = subparsers.add_parser("history", help="recent edits, newest first")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=FORMATS, default="table")
    add_raw_csv_option(p)
    p.set_defaults(handler=run_history)

    p = subparsers.add_parser("backup", help="copy the library to a new file")
    p.add_argument("dest", metavar="PATH")
    p.set_defaults(handler=run_backup)




def _overrides(args: argparse.Namespace) -> ArticleMeta | None:
    for flag, value in (("--date", args.date), ("--accessed", args.accessed)):
        if value and not is_iso_date(value):
            raise InputError(f"{flag} {value!r}: not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    meta = ArticleMeta(
        title=args.title,
        publisher=args.publisher,
        authors=args.author or [],
        published=args.date,
        url=args.url,
        accessed=args.accessed,
    )
    return None if meta == ArticleMeta() else meta


def run_import(args: argparse.Namespace) -> int:
    overrides = _overrides(args)
    interactive = sys.stderr.isatty()
    reported: list[Any] = []
    total = [len(args.paths)]

    def progress(done: int, total_now: int) -> None:
        total[0] = total_now
        if total_now < 2:
            return
        if interactive:
            end = "\n" if done == total_now else ""
            print(
                f"\rimporting: {done}/{total_now} articles", end=end, file=sys.stderr, flush=True
            )
        elif done == total_now or done % 50 == 0:
            print(f"importing: {done}/{total_now} articles", file=sys.stderr, flush=True)

    def report(r: Any) -> None:
        """Each article's outcome as soon as it is known: a new article once it is committed."""
        reported.append(r)
        if interactive:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)  # clear the progress line
        source = displayable(str(r.source))
        if r.error:
            print(f"homsquotes: {r.error}", file=sys.stderr, flush=True)
        elif r.created:
            note = f"; note: {r.note}" if r.note else ""
            print(
                f"{source}: imported as article {r.article_id} ({r.quotes_added} quotes{note})",
                flush=True,
            )
        else:
            print(
                f"{source}: already in the library as article {r.article_id}; nothing changed",
                flush=True,
            )

    try:
        with open_library(args) as lib:
            lib.import_files(
                args.paths, overrides, progress=progress, glob=args.glob, on_result=report
            )
    except (KeyboardInterrupt, HomsquotesError) as exc:
        if not reported and not isinstance(exc, KeyboardInterrupt):
            raise  # nothing happened yet: the error itself is the whole story
        why = "interrupted" if isinstance(exc, KeyboardInterrupt) else str(exc)
        print(f"homsquotes: {interruption_summary(reported, total[0], why)}", file=sys.stderr)
        return 130 if isinstance(exc, KeyboardInterrupt) else 1
    failed = sum(1 for r in reported if r.error)
    if len(reported) > 1:
        imported = sum(1 for r in reported if r.created)
        skipped = len(reported) - imported - failed
        print(
            f"imported {imported}, skipped {skipped} (already in the library), failed {failed}"
            + (" (reasons above)" if failed else ""),
            file=sys.stderr,
        )
    return 1 if failed else 0


def interruption_summary(reported: list[Any], total: int, why: str) -> str:
    """One line: what was imported, what was not, and how to carry on."""
    new = sum(1 for r in reported if r.created)
    there = sum(1 for r in reported if not r.created and not r.error)
    failed = sum(1 for r in reported if r.error)
    left = max(total - len(reported), 0)
    parts = [f"{new} imported"]
    if there:
        parts.append(f"{there} already in the library")
    if failed:
        parts.append(f"{failed} failed")
    parts.append(f"{left} not imported")
    return (f"{why}; of {total} files: {', '.join(parts)}. Run the same import again to "
            "import the rest (what is already in the library is skipped)")


def run_list(args: argparse.Namespace) -> int:
    from homsquotes.core.library import QuoteFilter

    flt = QuoteFilter(
        article_id=args.article,
        speaker=args.speaker,
        search=args.search,
        kind=args.kind,
        status=args.status,
        tag=args.tag,
        needs_review=args.review,
        whole_words=True,
    )
    sort = args.sort or ("relevance" if args.search else "position")
    limit = args.limit or None
    paged = args.limit is None and args.format == "table" and sys.stdout.isatty()
    if paged:
        limit = TERMINAL_PAGE + 1  # one more tells whether there are more
    with open_library(args) as lib:
        if args.article is not None:
            lib.article(args.article)  # NotFoundError for a wrong id, as export gives
        quotes = lib.iter_quotes(flt, sort=sort, descending=args.desc, limit=limit)
        shown = write_records(
            itertools.islice(quotes, TERMINAL_PAGE) if paged else quotes,
            args.format,
            sys.stdout,
            raw_csv=args.raw_csv,
            table_columns=("id", "speaker", "affiliation", "kind", "status", "text"),
        )
        more = paged and next(quotes, None) is not None
        quotes.close()
    if more:
        print(f"(the first {shown} quotes; --limit N shows more, --limit 0 all)", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        quote = lib.quote(args.quote_id)
    if args.format == "json":
        print(json.dumps(quote, ensure_ascii=False, indent=2))
        return 0
    for key, value in quote.items():
        if key == "parts":
            value = "; ".join(f"{p['start']}-{p['end']} {' '.join(p['text'].split())}"
                              for p in value)
        elif isinstance(value, list):
            value = ", ".join(value)
        print(f"{key:>14}: {'' if value is None else value}")
    return 0


def _parse_parts(value: str) -> list[tuple[int, int]]:
    try:
        pairs = [tuple(int(n) for n in piece.split("-")) for piece in value.split(",")]
    except ValueError:
        pairs = []
    if not pairs or any(len(p) != 2 for p in pairs):
        raise InputError(f"--parts {value!r}: give article offsets as START-END[,START-END...]")
    return [(p[0], p[1]) for p in pairs]


def run_edit(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("speaker", "affiliation", "context", "kind", "note", "status", "text")
        if getattr(args, name) is not None
    }
    if args.parts is not None:
        fields["parts"] = _parse_parts(args.parts)
    if args.clear_review:
        fields["review"] = None
    with open_library(args) as lib:
        if args.split:
            fields["parts"] = lib.suggested_parts(args.quote_id)
            if fields["parts"] is None:
                raise InputError(f"quote {args.quote_id} is not made of several marked parts")
        if args.tag or args.untag:
            tags = lib.quote(args.quote_id)["tags"]
            removed = {t.casefold() for t in args.untag or []}
            fields["tags"] = [t for t in tags + (args.tag or []) if t.casefold() not in removed]
        if not fields:
            raise InputError(
                "nothing to change; give --speaker, --affiliation, --context, --kind, "
                "--note, --status, --tag, --untag, --text, --parts, --split or --clear-review"
            )
        lib.edit_quote(args.quote_id, **fields)
    print(f"quote {args.quote_id} updated ({', '.join(fields)})")
    return 0


def run_speakers(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        rows = lib.speakers(include_unused=args.all)
    write_records(
        rows,
        args.format,
        sys.stdout,
        raw_csv=args.raw_csv,
        table_columns=("id", "name", "type", "quote_count", "article_count", "aliases"),
    )
    return 0


def run_merge(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        lib.merge_speakers(args.keep, args.absorb)
    print(f"merged {args.absorb!r} into {args.keep!r}")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        lib.rename_speaker(args.speaker, args.new_name)
    print(f"renamed {args.speaker!r} to {args.new_name!r}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        done = lib.undo()
    print(f"undone: {done}" if done else "nothing to undo")
    return 0


def run_redo(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        done = lib.redo()
    print(f"redone: {done}" if done else "nothing to redo")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        ops = lib.history(args.limit)
    if args.format == "table":
        for op in ops:
            op["changes"] = len(op["changes"])
    write_records(
        ops,
        args.format,
        sys.stdout,
        raw_csv=args.raw_csv,
        table_columns=("id", "created_at", "state", "changes", "description"),
    )
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        dest = lib.backup(args.dest)
    print(f"backed up to {dest}")
    return 0


def run_articles(args: argparse.Namespace) -> int:
    with open_library(args) as lib:
        rows = lib.articles()
    write_records(
        rows,
        args.format,
        sys.stdout,
        raw_csv=args.raw_csv,
        table_columns=("id", "published", "publisher", "quote_count", "title"),
    )
    return 0


def run_edit_article(args: argparse.Namespace) -> int:
    names = {
        "title": "title",
        "short_title": "short_title",
        "language": "language",
        "publisher": "publisher",
        "date": "published",
        "date_note": "published_note",
        "url": "url",
        "accessed": "accessed",
    }
    fields: dict[str, Any] = {
        field: getattr(args, arg) for arg, field in names.items() if getattr(args, arg) is not None
    }
    if args.author is not None:
        fields["authors"] = args.author
    if args.sentence_case and "title" not in fields:
        from homsquotes.core.citations.titles import sentence_case

        with open_library(args) as lib:
            article = lib.article(args.article_id)
        fields["title"] = sentence_case(article["title"] or "", article["text"])
    if not fields:
        raise InputError(
            "nothing to change; give --title, --short-title, --publisher, --author, --date, "
            "--date-note, --url, --accessed, --language or --sentence-case"
        )
    with open_library(args) as lib:
        lib.edit_article(args.article_id, **fields)
    print(f"article {args.article_id} updated ({', '.join(fields)})")
    return 0
