"""Importing articles (read by sources.py) into the library, with metadata overrides.

Extraction is the slow part, so many files are extracted in two worker
processes while this process writes each finished article in its own short
transaction. A text already in the library (same sha256) is not extracted or
written again, so re-imports are fast and never touch user edits.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from homsquotes.core.errors import HomsquotesError, InputError
from homsquotes.core.formats import SourceArticle
from homsquotes.core.library.anchors import anchor_context, find_anchor
from homsquotes.core.library.authors import author_columns
from homsquotes.core.library.connection import insert_rows, library_errors, now
from homsquotes.core.library.own_files import is_library_file
from homsquotes.core.library.parts import decode_parts, encode_parts
from homsquotes.core.library.schema import FTS, deferred_fts
from homsquotes.core.library.sources import (
    expand_folders,
    is_iso_date,
    merge_meta,
    read_source_articles,
)
from homsquotes.core.model import ArticleMeta, ExtractedArticle

if TYPE_CHECKING:
    from homsquotes.core.analysis.maintenance import ArticleFacts, SpeakerRefresh

__all__ = [
    "ImportResult",
    "ImportingMixin",
    "PreparedArticle",
    "extract_chunk",
    "prepare_article",
    "sha256_text",
]

# The module a fork server imports before it forks any worker (it loads spaCy).
WARM_MODULE = "homsquotes.core.extraction.warm"
# Worth starting worker processes (each loads spaCy) only for several articles.
PARALLEL_MIN_ARTICLES = 4
# Articles per worker task. spaCy parses several texts per pass faster than one by one, and
# each task costs a round trip through the pool: 840 PolNeAR articles imported in 7.7 s with 4
# per task and 7.3 s with 16. But a task must stay short so progress keeps moving and both
# workers get work: up to 16 articles or MAX_CHUNK_CHARS characters (about 15 news articles;
# one long report is a task of its own), and fewer for small imports.
MAX_CHUNK_SIZE = 16
MAX_CHUNK_CHARS = 64_000
# Extracted articles are written in batches of up to this many, one transaction each: every
# commit writes each page it touched (the FTS index, eight quote indexes) to the WAL again,
# so a commit per article wrote ~20x the library's growth to disk (840 PolNeAR articles,
# written: 280 MB one per commit, 116 MB 8 per commit, 65 MB 32; 13 MB library), mostly
# leaf pages of the text, affiliation and speaker indexes. Eight keep a batch's hold on the
# library's lock (which the window's page fetches share) near 15 ms. The writer never waits
# for a worker inside a transaction (readers and edits stay free), and an article waits at
# most about MAX_WRITE_DELAY_S for the rest of its batch (polled every POLL_S).
MAX_BATCH_ARTICLES = 8
MAX_WRITE_DELAY_S = 1.0
POLL_S = 0.2
# While an import writes, the WAL is checkpointed into the library every this many pages
# (40 MB at 4 KB) instead of SQLite's 1000: a page the batches keep rewriting (FTS
# segments, index leaves) is copied into the library once per checkpoint, not each time.
# 840 PolNeAR articles: 242 MB written -> 188 MB, the WAL file up to ~40 MB meanwhile.
IMPORT_CHECKPOINT_PAGES = 10_000
# What a user may have changed on a quote, carried onto a new version of its article.
_USER_FIELDS = ("speaker_id", "affiliation", "context", "kind", "note", "status", "review")
# The quote columns that come from the extraction, in the order of PreparedArticle.quotes
# (article_id, speaker_id, status, note and the time stamps are the writer's).
QUOTE_COLUMNS = (
    "text",
    "start",
    "end",
    "parts",
    "prefix",
    "suffix",
    "kind",
    "cue",
    "cue_start",
    "cue_end",
    "mention",
    "mention_start",
    "mention_end",
    "affiliation",
    "context",
    "setting",
    "confidence",
)
_QUOTE_INSERT = (
    "INSERT INTO quotes (article_id, speaker_id, "
    + ", ".join(f'"{c}"' for c in QUOTE_COLUMNS)
    + ", status, note, created_at, updated_at) VALUES ("
    + ", ".join("?" * (len(QUOTE_COLUMNS) + 6))
    + ")"
)
_START, _KIND = QUOTE_COLUMNS.index("start"), QUOTE_COLUMNS.index("kind")
_MENTION = QUOTE_COLUMNS.index("mention")


@dataclass(slots=True)
class ImportResult:
    article_id: int | None
    created: bool
    quotes_added: int
    source: str | None = None
    title: str | None = None
    error: str | None = None
    note: str | None = None  # e.g. "written in French, ...: imported without quotes"


def today() -> str:
    """The local date, ISO: an article read online was accessed when it was imported."""
    return datetime.date.today().isoformat()


def sha256_text(text: str) -> str:

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class PreparedArticle:
    """An extracted article as the import writes it. Everything that depends on the text and
    the extraction alone (anchors, parts, attribution columns, the analysis facts) is
    computed where the article was extracted, in a worker process, so the writing process
    only resolves speakers and runs INSERTs; plain tuples are also quick to pickle."""

    title: str | None
    standfirst: str | None
    quotes: list[tuple[Any, ...]]  # the QUOTE_COLUMNS of each quote
    speakers: list[tuple[str, str | None] | None]  # each quote's speaker: (name, type)
    facts: ArticleFacts


def prepare_article(text: str, extracted: ExtractedArticle) -> PreparedArticle:
    """What the writer needs of one extracted article (pure: runs in the workers)."""
    from homsquotes.core.analysis.maintenance import article_facts
    from homsquotes.core.library.editing import _attribution_columns

    quotes, speakers = [], []
    for quote in extracted.quotes:
        prefix, suffix = anchor_context(text, quote.start, quote.end)
        columns = {
            "text": quote.text,
            "start": quote.start,
            "end": quote.end,
            "parts": encode_parts(quote.parts),
            "prefix": prefix,
            "suffix": suffix,
            "kind": quote.kind,
            **_attribution_columns(quote),
        }
        quotes.append(tuple(columns[c] for c in QUOTE_COLUMNS))
        speakers.append((quote.speaker, quote.speaker_type) if quote.speaker else None)
    facts = article_facts(text, [(q.text, q.kind) for q in extracted.quotes])
    return PreparedArticle(extracted.title, extracted.standfirst, quotes, speakers, facts)


# --- extraction in worker processes ------------------------------------------------------------


def extract_chunk(texts: list[str]) -> list[PreparedArticle]:
    """Run in a worker process: extract a few texts (spaCy loads once per worker) and
    prepare them for the writer."""
    from homsquotes.core.extraction import extract_many

    return [prepare_article(t, e) for t, e in zip(texts, extract_many(texts), strict=True)]


def worker_pool(workers: int | None = None) -> Any:
    """Extraction workers that end with their parent, whatever ends it."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers or min(2, os.cpu_count() or 1),
        mp_context=_worker_context(),
        initializer=worker_init,
    )


def _worker_context() -> Any:
    """How worker processes start. Never a plain fork: the GUI imports from a thread of a Qt
    process. On Linux a fork server, a fresh process, loads spaCy once (extraction/warm.py)
    and forks each worker from itself, so workers start with it loaded, and a later import
    of the session starts at once. Elsewhere each spawned worker loads spaCy on its own:
    Windows has no fork, and on macOS a process that loaded numpy (Accelerate) and system
    frameworks is not safe to fork."""
    import multiprocessing
    import sys

    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([WARM_MODULE])
        return context
    return multiprocessing.get_context("spawn")


def warm_up_workers() -> None:
    """Start the fork server now, if there is one, so it loads spaCy while this process is
    still reading the files (it returns at once). Only a head start: if the server cannot
    start now, the pool says why when it starts its workers."""
    context = _worker_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        with contextlib.suppress(OSError):
            forkserver.ensure_running()


def worker_init() -> None:
    """In each worker: Ctrl-C is the parent's to handle (no worker tracebacks), and the
    worker exits as soon as its parent is gone, even after kill -9 (the parent's sentinel,
    a pipe only the parent holds open, becomes readable when it dies)."""
    import multiprocessing
    import signal
    import threading
    from multiprocessing.connection import wait

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def exit_with_parent() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=exit_with_parent, name="exit-with-parent", daemon=True).start()


def chunk_size(articles: int, workers: int = 2) -> int:
    """Most articles per task: MAX_CHUNK_SIZE, or fewer so each worker gets several tasks."""
    return max(1, min(MAX_CHUNK_SIZE, articles // (workers * 4)))


def chunk_bounds(texts: Sequence[str], workers: int = 2) -> list[tuple[int, int]]:
    """(start, end) of each task's texts, in order: up to chunk_size(...) texts and
    MAX_CHUNK_CHARS characters (a longer text is a task of its own)."""
    size = chunk_size(len(texts), workers)
    bounds: list[tuple[int, int]] = []
    start = chars = 0
    for i, text in enumerate(texts):
        if i > start and chars + len(text) > MAX_CHUNK_CHARS:
            bounds.append((start, i))
            start, chars = i, 0
        chars += len(text)
        if i + 1 - start >= size or chars >= MAX_CHUNK_CHARS:
            bounds.append((start, i + 1))
            start, chars = i + 1, 0
    if start < len(texts):
        bounds.append((start, len(texts)))
    return bounds


def _extract_all(texts: Sequence[str], parallel: bool) -> Iterator[PreparedArticle | None]:
    """Extractions in input order, with None whenever the next one has kept the caller
    waiting POLL_S; with `parallel`, computed by two worker processes."""
    if not parallel:
        for text in texts:  # one at a time, so progress moves per article
            yield extract_chunk([text])[0]
        return
    from concurrent.futures import TimeoutError as NotYet

    workers = min(2, os.cpu_count() or 1)
    with worker_pool(workers) as pool:
        try:
            futures = [
                pool.submit(extract_chunk, list(texts[start:end]))
                for start, end in chunk_bounds(texts, workers)
            ]
            for future in futures:
                while True:
                    try:
                        extracted = future.result(timeout=POLL_S)
                        break
                    except NotYet:
                        yield None
                yield from extracted
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _write_batches(
    items: Sequence[Any], extractions: Iterator[PreparedArticle | None], max_delay: float
) -> Iterator[list[tuple[Any, PreparedArticle]]]:
    """(item, extraction) pairs in batches of up to MAX_BATCH_ARTICLES; a batch is handed
    out early once its first article has waited `max_delay` seconds (checked as each
    extraction, or a None meaning "not yet", arrives)."""
    batch: list[tuple[Any, PreparedArticle]] = []
    started = 0.0
    position = 0
    for extracted in extractions:
        if extracted is not None:
            if not batch:
                started = time.monotonic()
            batch.append((items[position], extracted))
            position += 1
        full = len(batch) >= MAX_BATCH_ARTICLES
        if batch and (full or time.monotonic() - started >= max_delay):
            yield batch
            batch = []
    if batch:
        yield batch


# --- the mixin ---------------------------------------------------------------------------------


class ImportingMixin:
    def import_text(
        self,
        text: str,
        meta: ArticleMeta | None = None,
        source_file: str | None = None,
        extracted: ExtractedArticle | None = None,
        database_id: str | None = None,
        note: str | None = None,
        prepared: PreparedArticle | None = None,
        refresh: SpeakerRefresh | None = None,
    ) -> ImportResult:
        """Import one article's text; the same text again adds nothing. `extracted` (or
        `prepared`, what extract_chunk gives) saves extracting it here. With `refresh`, the
        speakers' categories and genders wait for its flush (one per batch of articles)."""
        meta = meta or ArticleMeta()
        digest = sha256_text(text)
        existing = self._article_id_by_sha(digest)
        if existing is not None:
            return ImportResult(existing, False, 0, source_file, meta.title)
        if prepared is None:
            if extracted is None:
                from homsquotes.core.extraction import extract

                extracted = extract(text)
            prepared = prepare_article(text, extracted)
        return self._write_article(
            text,
            digest,
            meta,
            source_file,
            prepared,
            database_id=database_id,
            note=note,
            refresh=refresh,
        )

    def import_files(
        self,
        paths: Iterable[str | Path],
        overrides: ArticleMeta | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        glob: str | None = None,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> list[ImportResult]:
        """Import many files ('-' = stdin); an unreadable file gets an ImportResult with `error`.

        A folder stands for the article files in it and its subfolders (those whose names
        match `glob`, if given). A database export gives one result per article; an article
        not in English is stored with a note and no quotes.

        progress(done, total) is called once before extraction and after each article
        as soon as it is extracted and written; cancel() is polled between articles
        and stops the import (articles already written stay). on_result(result) is called
        for each article as soon as its outcome is known: a new article right after it
        commits, so an interrupted import can say exactly what it did.
        """
        report = on_result or (lambda _result: None)
        for name in ("published", "accessed"):
            value = getattr(overrides, name, None)
            if value and not is_iso_date(value):
                raise InputError(
                    f"{name} {value!r}: not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"
                )
        paths = expand_folders(paths, glob)
        results: list[ImportResult | None] = []
        pending: list[tuple[int, str, ArticleMeta, str, SourceArticle]] = []
        can_parallel = (os.cpu_count() or 1) > 1

        def settle(result: ImportResult) -> None:
            results.append(result)
            report(result)

        for path in paths:
            if cancel and cancel():  # reading many PDFs takes a while; nothing is written yet
                break
            if path != "-" and is_library_file(path, self.path):
                # Reading it would open and close the file, dropping this process's locks.
                error = f"{path}: is this library's own file; it cannot be imported"
                settle(ImportResult(None, False, 0, path, error=error))
                continue
            try:
                articles = read_source_articles(path)
            except HomsquotesError as exc:
                settle(ImportResult(None, False, 0, path, error=str(exc)))
                continue
            for article in articles:
                text, meta = article.text, merge_meta(article.meta, overrides)
                existing = self._article_id_by_sha(sha256_text(text))
                if existing is not None:
                    settle(ImportResult(existing, False, 0, path, meta.title))
                elif not article.english:  # stored with its note, never extracted
                    settle(self._import_unextracted(article, meta, path))
                else:
                    pending.append((len(results), text, meta, path, article))
                    results.append(None)
                    if can_parallel and len(pending) == PARALLEL_MIN_ARTICLES:
                        warm_up_workers()  # spaCy loads there while the rest is read
        total, done = len(results), len(results) - len(pending)
        if progress:
            progress(done, total)
        if pending and not (cancel and cancel()):
            parallel = len(pending) >= PARALLEL_MIN_ARTICLES and can_parallel
            extractions = _extract_all([p[1] for p in pending], parallel)
            checkpoint_pages = self._set_checkpoint_pages(IMPORT_CHECKPOINT_PAGES)
            from homsquotes.core.analysis.maintenance import SpeakerRefresh

            try:
                delay = MAX_WRITE_DELAY_S if parallel else 0.0  # run here: write each at once
                for batch in _write_batches(pending, extractions, delay):
                    written: list[ImportResult] = []
                    stopped = False
                    refresh = SpeakerRefresh()
                    # The articles' own transactions join this one; the full-text indexes
                    # take the batch's rows in one statement each as it ends (deferred_fts).
                    with self.transaction(), deferred_fts(self.db.conn, *FTS):
                        for (i, text, meta, path, article), prepared in batch:
                            source = None if path == "-" else displayable(str(Path(path).resolve()))
                            results[i] = self.import_text(
                                text,
                                meta,
                                source,
                                database_id=article.database_id,
                                note=article.note,
                                prepared=prepared,
                                refresh=refresh,
                            )
                            results[i].source = path
                            written.append(results[i])
                            if cancel and cancel():
                                stopped = True
                                break
                        refresh.flush(self.db)
                    for result in written:  # reported once the batch has committed
                        report(result)
                        done += 1
                        if progress:
                            progress(done, total)
                    if stopped:
                        break
            finally:
                extractions.close()
                self._set_checkpoint_pages(checkpoint_pages)
        return [r for r in results if r is not None]

    def _set_checkpoint_pages(self, pages: int | None) -> int | None:
        """Set this connection's WAL auto-checkpoint (pages); returns the setting it replaced
        (None, and nothing set, once the library is closed)."""
        if pages is None:
            return None
        with self._lock, contextlib.suppress(sqlite3.ProgrammingError):
            if not self._closed:
                conn = self.db.conn
                old = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
                conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
                return old
        return None

    def _import_unextracted(
        self, article: SourceArticle, meta: ArticleMeta, path: str
    ) -> ImportResult:
        source = None if path == "-" else displayable(str(Path(path).resolve()))
        result = self.import_text(
            article.text, meta, source, ExtractedArticle(None), article.database_id, article.note
        )
        result.source = path
        return result

    # --- writing -------------------------------------------------------------------------------

    def _article_id_by_sha(self, digest: str) -> int | None:
        with self._lock, library_errors(self.path):
            self._check_open()
            row = self.db.execute("SELECT id FROM articles WHERE sha256 = ?", [digest]).fetchone()
        return row[0] if row else None

    def _write_article(
        self,
        text: str,
        digest: str,
        meta: ArticleMeta,
        source_file: str | None,
        prepared: PreparedArticle,
        database_id: str | None = None,
        note: str | None = None,
        refresh: SpeakerRefresh | None = None,
    ) -> ImportResult:
        title = meta.title or prepared.title or _first_line(text)
        with self.transaction() as tx:
            existing = self._article_id_by_sha(digest)  # another thread may have won the race
            if existing is not None:
                return ImportResult(existing, False, 0, source_file, title)
            previous = None
            if database_id:  # the same database article, exported again with other text
                previous = self.db.execute(
                    "SELECT id, version FROM articles WHERE database_id = ? "
                    "ORDER BY version DESC, id DESC LIMIT 1",
                    [database_id],
                ).fetchone()
            if meta.url and previous is None:
                previous = self.db.execute(
                    "SELECT id, version FROM articles WHERE url = ? ORDER BY version DESC, id DESC "
                    "LIMIT 1",
                    [meta.url],
                ).fetchone()
            article = {
                "title": title,
                "standfirst": meta.standfirst or prepared.standfirst,
                "publisher": meta.publisher,
                **author_columns(meta.authors, meta.author_names or None),
                "short_title": meta.short_title,
                "published": meta.published,
                "published_note": meta.published_note,
                "url": meta.url,
                "accessed": meta.accessed or (today() if meta.url else None),
                "language": meta.language,
                "text": text,
                "sha256": digest,
                "source_file": source_file,
                "version": previous[1] + 1 if previous else 1,
                "previous_id": previous[0] if previous else None,
                "imported_at": now(),
                "database_id": database_id,
                "import_note": note,
            }
            article_id = int(insert_rows(self.db, "articles", [article]) or 0)
            stamp = now()
            local_speakers: dict[str, int] = {}
            # Every speaker first, then the quotes: a name matched within the article must
            # not find the speakers of the quotes being written (see _speaker_in_article).
            speaker_ids = [
                self._resolve_speaker(tx, speaker[0], speaker[1], article_id, local_speakers)
                if speaker
                else None
                for speaker in prepared.speakers
            ]
            execute = self.db.conn.execute
            tail = ("auto", "", stamp, stamp)  # status, note, created_at, updated_at
            quote_ids = [  # one by one: each quote's id comes back with it
                int(execute(_QUOTE_INSERT, (article_id, sid, *row, *tail)).lastrowid)
                for sid, row in zip(speaker_ids, prepared.quotes, strict=True)
            ]
            if previous:
                from homsquotes.core.analysis.maintenance import article_imported

                self._carry_edits(previous[0], article_id, text)
                article_imported(self.db, article_id)  # reads back what the edits changed
            else:
                from homsquotes.core.analysis.maintenance import new_article_imported

                written = [
                    {
                        "id": quote_id,
                        "speaker_id": speaker_id,
                        "start": values[_START],
                        "kind": values[_KIND],
                        "mention": values[_MENTION],
                        "mention_start": values[_MENTION + 1],
                        "mention_end": values[_MENTION + 2],
                    }
                    for quote_id, speaker_id, values in zip(
                        quote_ids, speaker_ids, prepared.quotes, strict=True
                    )
                ]
                # categories, gender evidence, word counts, provenance
                new_article_imported(
                    self.db, article_id, text, written, prepared.facts, refresh
                )
        return ImportResult(article_id, True, len(quote_ids), source_file, title, note=note)

    def _carry_edits(self, old_article_id: int, new_article_id: int, text: str) -> None:
        """Copy what the user changed on the previous version onto the quotes of the new one."""
        from homsquotes.core.library.changelog import quote_tags, set_quote_tags

        edited = [
            dict(r)
            for r in self.db.query(
                "SELECT * FROM quotes WHERE article_id = ? AND status != 'auto'", [old_article_id]
            )
        ]
        if not edited:
            return
        old_text = self.db.execute(
            "SELECT text FROM articles WHERE id = ?", [old_article_id]
        ).fetchone()[0]
        for old in edited:
            parts = _find_parts(old_text, text, old)
            if parts is None:
                continue
            span = (parts[0][0], parts[-1][1])
            user_fields = {k: old[k] for k in _USER_FIELDS}
            # The user's text (typed, or the span they kept whole) and its parts go with the edits.
            user_fields.update(text=old["text"], parts=encode_parts(parts))
            match = self.db.execute(
                "SELECT id FROM quotes WHERE article_id = ? AND start = ? AND end = ?",
                [new_article_id, *span],
            ).fetchone()
            if match:
                quote_id = match[0]
                self.db.table("quotes").update(quote_id, user_fields)
            else:
                prefix, suffix = anchor_context(text, *span)
                row = {k: v for k, v in old.items() if k != "id"}
                row.update(
                    user_fields,
                    article_id=new_article_id,
                    start=span[0],
                    end=span[1],
                    prefix=prefix,
                    suffix=suffix,
                    created_at=now(),
                    updated_at=now(),
                    cue_start=None,
                    cue_end=None,
                    mention_start=None,
                    mention_end=None,
                )
                quote_id = int(self.db.table("quotes").insert(row).last_pk)
            set_quote_tags(self.db, quote_id, quote_tags(self.db, old["id"]))


def _find_parts(
    old_text: str, new_text: str, old: dict[str, Any]
) -> list[tuple[int, int]] | None:
    """Where a quote of the previous version sits in the new text, part by part, or None.

    The whole stretch from the first part to the last is looked for first, by its exact text
    and anchors; when the words between the parts changed, each part is found on its own,
    in order, near where it was.
    """
    start, end = old["start"], old["end"]
    pieces = decode_parts(old["parts"], old["text"], start, end)
    pairs = [(p["start"], p["end"]) for p in pieces]
    span = find_anchor(
        new_text, old_text[start:end], old["prefix"] or "", old["suffix"] or "", start
    )
    if span is not None:
        return [(s - start + span[0], e - start + span[0]) for s, e in pairs]
    found: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(pairs):
        hint = s if not found else found[-1][1] + s - pairs[i - 1][1]
        where = find_anchor(
            new_text,
            old_text[s:e],
            old["prefix"] or "" if i == 0 else "",
            old["suffix"] or "" if i == len(pairs) - 1 else "",
            hint,
        )
        if where is None or (found and where[0] < found[-1][1]):
            return None
        found.append(where)
    return found


def displayable(name: str) -> str:
    """A file name as storable, printable text: bytes that are not UTF-8 (Python keeps them as
    lone surrogates, which SQLite and a UTF-8 terminal refuse) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line and len(line) > 3 and line.lower() not in {"skip to main content", "advertisement"}:
            return line[:300]
    return None
