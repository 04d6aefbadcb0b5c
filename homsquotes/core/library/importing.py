"""Importing articles (read by sources.py) into the library, with metadata overrides.

Extraction is the slow part, so many files are extracted in two worker
processes while this process writes each finished article in its own short
transaction. A text already in the library (same sha256) is not extracted or
written again, so re-imports are fast and never touch user edits.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from homsquotes.core.errors import HomsquotesError, InputError
from homsquotes.core.library.anchors import anchor_context, find_anchor
from homsquotes.core.library.connection import library_errors, now
from homsquotes.core.library.sources import expand_folders, is_iso_date, merge_meta, read_source
from homsquotes.core.model import ArticleMeta, ExtractedArticle

__all__ = ["ImportResult", "ImportingMixin", "extract_chunk", "sha256_text"]

# Worth starting worker processes (each loads spaCy) only for several articles.
PARALLEL_MIN_ARTICLES = 4
# One article per task, so each finished extraction reaches the writer (and progress) at once
# instead of the progress bar sitting still for a whole chunk. The price of parsing articles
# one by one rather than four per spaCy pass: 80 PolNeAR articles, paired runs, best 1.69 s vs
# 1.77 s (+5%), worst +18%, on a busy 2-core machine.
CHUNK_SIZE = 1


@dataclass(slots=True)
class ImportResult:
    article_id: int | None
    created: bool
    quotes_added: int
    source: str | None = None
    title: str | None = None
    error: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- extraction in worker processes ------------------------------------------------------------


def extract_chunk(texts: list[str]) -> list[ExtractedArticle]:
    """Run in a worker process: extract a few texts (spaCy loads once per worker)."""
    from homsquotes.core.extraction import extract_many

    return list(extract_many(texts))


def _extract_all(texts: Sequence[str], parallel: bool) -> Iterator[ExtractedArticle]:
    """Extractions in input order; with `parallel`, computed by two worker processes."""
    if not parallel:
        for text in texts:  # one at a time, so progress moves per article
            yield from extract_chunk([text])
        return
    import multiprocessing

    chunks = [list(texts[i : i + CHUNK_SIZE]) for i in range(0, len(texts), CHUNK_SIZE)]
    # spawn, not fork: the GUI calls this from a thread of a Qt process.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1), mp_context=context) as pool:
        try:
            for extracted in pool.map(extract_chunk, chunks):
                yield from extracted
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


# --- the mixin ---------------------------------------------------------------------------------


class ImportingMixin:
    def import_text(
        self,
        text: str,
        meta: ArticleMeta | None = None,
        source_file: str | None = None,
        extracted: ExtractedArticle | None = None,
    ) -> ImportResult:
        """Import one article's text; the same text again adds nothing."""
        meta = meta or ArticleMeta()
        digest = sha256_text(text)
        existing = self._article_id_by_sha(digest)
        if existing is not None:
            return ImportResult(existing, False, 0, source_file, meta.title)
        if extracted is None:
            from homsquotes.core.extraction import extract

            extracted = extract(text)
        return self._write_article(text, digest, meta, source_file, extracted)

    def import_files(
        self,
        paths: Iterable[str | Path],
        overrides: ArticleMeta | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[ImportResult]:
        """Import many files ('-' = stdin); an unreadable file gets an ImportResult with `error`.

        A folder stands for the .txt, .md and .html files in it and its subfolders.

        progress(done, total) is called once before extraction and after each article
        as soon as it is extracted and written; cancel() is polled between articles
        and stops the import (articles already written stay).
        """
        for name in ("published", "accessed"):
            value = getattr(overrides, name, None)
            if value and not is_iso_date(value):
                raise InputError(
                    f"{name} {value!r}: not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"
                )
        paths = expand_folders(paths)
        results: list[ImportResult | None] = [None] * len(paths)
        pending: list[tuple[int, str, ArticleMeta, str]] = []
        for i, path in enumerate(paths):
            try:
                text, file_meta = read_source(path)
            except HomsquotesError as exc:
                results[i] = ImportResult(None, False, 0, path, error=str(exc))
                continue
            meta = merge_meta(file_meta, overrides)
            existing = self._article_id_by_sha(sha256_text(text))
            if existing is not None:
                results[i] = ImportResult(existing, False, 0, path, meta.title)
            else:
                pending.append((i, text, meta, path))
        total, done = len(paths), len(paths) - len(pending)
        if progress:
            progress(done, total)
        if pending and not (cancel and cancel()):
            parallel = len(pending) >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1
            extractions = _extract_all([p[1] for p in pending], parallel)
            try:
                for (i, text, meta, path), extracted in zip(pending, extractions, strict=False):
                    source = None if path == "-" else displayable(str(Path(path).resolve()))
                    results[i] = self.import_text(text, meta, source, extracted)
                    results[i].source = path
                    done += 1
                    if progress:
                        progress(done, total)
                    if cancel and cancel():
                        break
            finally:
                extractions.close()
        return [r for r in results if r is not None]

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
        extracted: ExtractedArticle,
    ) -> ImportResult:
        from homsquotes.core.library.editing import _attribution_columns

        title = meta.title or extracted.title or _first_line(text)
        with self.transaction() as tx:
            existing = self._article_id_by_sha(digest)  # another thread may have won the race
            if existing is not None:
                return ImportResult(existing, False, 0, source_file, title)
            previous = None
            if meta.url:
                previous = self.db.execute(
                    "SELECT id, version FROM articles WHERE url = ? ORDER BY version DESC, id DESC "
                    "LIMIT 1",
                    [meta.url],
                ).fetchone()
            article = {
                "title": title,
                "standfirst": meta.standfirst or extracted.standfirst,
                "publisher": meta.publisher,
                "authors": json.dumps(meta.authors or [], ensure_ascii=False),
                "published": meta.published,
                "published_note": meta.published_note,
                "url": meta.url,
                "accessed": meta.accessed,
                "language": meta.language,
                "text": text,
                "sha256": digest,
                "source_file": source_file,
                "version": previous[1] + 1 if previous else 1,
                "previous_id": previous[0] if previous else None,
                "imported_at": now(),
            }
            article_id = int(self.db.table("articles").insert(article).last_pk)
            stamp = now()
            rows = []
            local_speakers: dict[str, int] = {}
            for quote in extracted.quotes:
                prefix, suffix = anchor_context(text, quote.start, quote.end)
                speaker_id = (
                    self._resolve_speaker(
                        tx, quote.speaker, quote.speaker_type, article_id, local_speakers
                    )
                    if quote.speaker
                    else None
                )
                rows.append(
                    {
                        "article_id": article_id,
                        "speaker_id": speaker_id,
                        "text": quote.text,
                        "start": quote.start,
                        "end": quote.end,
                        "prefix": prefix,
                        "suffix": suffix,
                        "kind": quote.kind,
                        **_attribution_columns(quote),
                        "status": "auto",
                        "note": "",
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
            if rows:
                self.db.table("quotes").insert_all(rows)
            if previous:
                self._carry_edits(previous[0], article_id, text)
            from homsquotes.core.analysis.maintenance import article_imported

            article_imported(self.db, article_id)  # categories, gender evidence, provenance
        return ImportResult(article_id, True, len(rows), source_file, title)

    def _carry_edits(self, old_article_id: int, new_article_id: int, text: str) -> None:
        """Copy what the user changed on the previous version onto the quotes of the new one."""
        from homsquotes.core.library.changelog import quote_tags, set_quote_tags

        edited = [
            dict(r)
            for r in self.db.query(
                "SELECT * FROM quotes WHERE article_id = ? AND status != 'auto'", [old_article_id]
            )
        ]
        for old in edited:
            span = find_anchor(
                text, old["text"], old["prefix"] or "", old["suffix"] or "", old["start"]
            )
            if span is None:
                continue
            user_fields = {
                k: old[k]
                for k in ("speaker_id", "affiliation", "context", "kind", "note", "status")
            }
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
