"""Editing the library: quotes, speakers, undo and redo. Every call is one logged operation."""

from __future__ import annotations

from typing import Any

from homsquotes.core.errors import InputError, NotFoundError
from homsquotes.core.library import changelog
from homsquotes.core.library.anchors import anchor_context
from homsquotes.core.library.authors import author_columns
from homsquotes.core.library.connection import insert_rows, locked, now
from homsquotes.core.library.parts import (
    encode_parts,
    joined_text,
    parts_from_offsets,
    split_at_marks,
)
from homsquotes.core.library.queries import KINDS, STATUSES
from homsquotes.core.library.sources import is_iso_date
from homsquotes.core.library.speakers import SpeakerIndex, is_shareable_name, normalize_name

ARTICLE_FIELDS = (
    "title",
    "standfirst",
    "publisher",
    "authors",
    "published",
    "published_note",
    "url",
    "accessed",
    "language",
    "short_title",
    "author_names",
)
EDITABLE = (
    "speaker",
    "speaker_id",
    "affiliation",
    "context",
    "kind",
    "note",
    "status",
    "tags",
    "text",
    "parts",
    "review",
)


class EditingMixin:
    # --- speakers, shared with import ------------------------------------------------------------

    def _speakers_index(self) -> SpeakerIndex:
        if self._speaker_index is None:
            pairs = self.db.execute(
                "SELECT normalized, id FROM speakers UNION ALL "
                "SELECT normalized, speaker_id FROM speaker_aliases"
            ).fetchall()
            self._speaker_index = SpeakerIndex([(k, i) for k, i in pairs])
        return self._speaker_index

    def _resolve_speaker(
        self,
        tx: Any,
        name: str,
        speaker_type: str | None = None,
        article_id: int | None = None,
        local: dict[str, int] | None = None,
        fuzzy: bool = True,
    ) -> int | None:
        """The id of the speaker called `name`, matching known names and aliases, else a new one.

        Only proper names are matched across articles; "she", "the minister" or
        "a leaked document" are matched within `article_id` only (via `local`, the
        speakers already resolved for an article being imported). A name the user
        types is matched exactly (fuzzy=False): a corrected spelling must not snap
        back to the misspelt speaker it is meant to replace.
        """
        name = " ".join(name.split())
        if not name:
            return None
        key = normalize_name(name)
        shared = is_shareable_name(name, speaker_type)
        if shared:
            index = self._speakers_index()
            speaker_id, exact = index.match(name, fuzzy=fuzzy)
        else:
            speaker_id, exact = self._speaker_in_article(key, article_id, local), True
        if speaker_id is None:
            row = {
                "name": name,
                "normalized": key,
                "type": speaker_type,
                "description": None,
                "created_at": now(),
            }
            speaker_id = insert_rows(self.db, "speakers", [row])
            tx.record("speakers", speaker_id, changelog.ROW, None, {"id": speaker_id, **row})
        elif not exact:
            self._add_alias(tx, speaker_id, name)
        if shared:
            index.add(key, speaker_id)
        elif local is not None:
            local[key] = int(speaker_id)
        return int(speaker_id)

    def _speaker_in_article(
        self, key: str, article_id: int | None, local: dict[str, int] | None
    ) -> int | None:
        if local is not None and key in local:
            return local[key]
        if article_id is None:
            return None
        row = self.db.execute(
            "SELECT s.id FROM speakers s JOIN quotes q ON q.speaker_id = s.id "
            "WHERE q.article_id = ? AND s.normalized = ? LIMIT 1",
            [article_id, key],
        ).fetchone()
        return row[0] if row else None

    def _add_alias(self, tx: Any, speaker_id: int, alias: str) -> None:
        row = {"speaker_id": speaker_id, "alias": alias, "normalized": normalize_name(alias)}
        alias_id = insert_rows(self.db, "speaker_aliases", [row])
        tx.record("speaker_aliases", alias_id, changelog.ROW, None, {"id": alias_id, **row})

    def _speaker_row(self, name_or_id: str | int) -> dict[str, Any]:
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            rows = list(self.db.query("SELECT * FROM speakers WHERE id = ?", [int(name_or_id)]))
        else:
            key = normalize_name(str(name_or_id))
            rows = list(
                self.db.query(
                    "SELECT * FROM speakers WHERE normalized = ? OR id IN "
                    "(SELECT speaker_id FROM speaker_aliases WHERE normalized = ?) ORDER BY id",
                    [key, key],
                )
            )
        if not rows:
            raise NotFoundError(f"no speaker called {name_or_id!r}")
        return dict(rows[0])

    # --- quotes ----------------------------------------------------------------------------------

    def _quote_row(self, quote_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM quotes WHERE id = ?", [int(quote_id)]))
        if not rows:
            raise NotFoundError(f"no quote with id {quote_id}")
        return dict(rows[0])

    def edit_quote(self, quote_id: int, **fields: Any) -> None:
        """Change fields of one quote in one undoable operation.

        Fields: speaker (a name; "" or None unlinks), speaker_id, affiliation,
        context, kind, note, status, tags (list of names), review (None clears the
        flag), parts and text. Editing anything but the status or the review flag
        marks an automatic quote as "edited".

        ``parts`` are (start, end) offsets into the article, in text order: the quote
        becomes those parts (its text their words joined by PART_JOINER, its span from
        the first to the last), and the review flag is cleared. ``text`` is words typed
        by hand: the same text keeps the parts; a different one makes the quote one part
        over its whole span holding exactly what was typed.
        """
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise TypeError(f"edit_quote() cannot change {', '.join(sorted(unknown))}")
        if "kind" in fields and fields["kind"] not in KINDS:
            raise InputError(f"kind must be one of {', '.join(KINDS)}, not {fields['kind']!r}")
        if "status" in fields and fields["status"] not in STATUSES:
            raise InputError(
                f"status must be one of {', '.join(STATUSES)}, not {fields['status']!r}"
            )
        if "parts" in fields and "text" in fields:
            raise InputError("give the parts or the text of a quote, not both")
        if "text" in fields and not (fields["text"] or "").strip():
            raise InputError("a quote's text cannot be empty")
        with self.transaction(f"edit quote {quote_id}: {', '.join(fields)}") as tx:
            old = self._quote_row(quote_id)
            updates: dict[str, Any] = self._span_updates(old, fields)
            if "speaker" in fields:
                name = fields["speaker"] or ""
                updates["speaker_id"] = (
                    self._resolve_speaker(tx, name, article_id=old["article_id"], fuzzy=False)
                    if name.strip()
                    else None
                )
            if "speaker_id" in fields:
                if fields["speaker_id"] is not None:
                    self._speaker_row(int(fields["speaker_id"]))
                updates["speaker_id"] = fields["speaker_id"]
            for name in ("affiliation", "context", "kind", "note", "status", "review"):
                if name in fields:
                    updates[name] = fields[name]
            if "tags" in fields:
                unique: dict[str, str] = {}
                for tag in fields["tags"]:
                    if tag and tag.strip():
                        unique.setdefault(tag.strip().casefold(), tag.strip())
                new_tags = sorted(unique.values(), key=str.casefold)
                old_tags = changelog.quote_tags(self.db, quote_id)
                if [t.casefold() for t in new_tags] != [t.casefold() for t in old_tags]:
                    changelog.set_quote_tags(self.db, quote_id, new_tags)
                    tx.record("quotes", quote_id, changelog.TAGS, old_tags, new_tags)
            changed = {k: v for k, v in updates.items() if old.get(k) != v}
            user_change = set(changed) - {"review"} or "tags" in fields
            if "status" not in fields and old["status"] == "auto" and user_change:
                changed["status"] = "edited"
            if changed:
                self.db.table("quotes").update(quote_id, {**changed, "updated_at": now()})
                for key, value in changed.items():
                    tx.record("quotes", quote_id, key, old.get(key), value)

    def _span_updates(self, old: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        """The text, parts, span and anchors an edit of the parts or the text gives."""
        if "text" in fields:
            if fields["text"] == old["text"]:
                return {}
            return {"text": fields["text"], "parts": None}
        if "parts" not in fields:
            return {}
        article = self.db.execute(
            "SELECT text FROM articles WHERE id = ?", [old["article_id"]]
        ).fetchone()[0]
        pairs = [(p["start"], p["end"]) if isinstance(p, dict) else p for p in fields["parts"]]
        spans = parts_from_offsets(article, pairs)
        start, end = spans[0].start, spans[-1].end
        prefix, suffix = anchor_context(article, start, end)
        return {
            "text": joined_text(spans),
            "parts": encode_parts(spans),
            "start": start,
            "end": end,
            "prefix": prefix,
            "suffix": suffix,
            "review": None,
        }

    @locked
    def suggested_parts(self, quote_id: int) -> list[tuple[int, int]] | None:
        """The pairs of marks a quote's span is made of, when it runs over several (an
        interrupted quotation kept whole); None when it is one pair or already in parts."""
        old = self._quote_row(quote_id)
        if old["parts"]:
            return None
        article = self.db.execute(
            "SELECT text FROM articles WHERE id = ?", [old["article_id"]]
        ).fetchone()[0]
        start, end = old["start"], old["end"]
        pairs = split_at_marks(article[start:end])
        return None if pairs is None else [(start + s, start + e) for s, e in pairs]

    def add_quote(
        self,
        article_id: int,
        start: int,
        end: int,
        speaker: str | None = None,
        kind: str = "direct",
    ) -> int:
        """A user-marked quote over article text[start:end]; the speaker is guessed if not given."""
        article = self.article(article_id)
        text = article["text"]
        if not (0 <= start < end <= len(text)):
            raise InputError(f"offsets {start}-{end} are outside the article (length {len(text)})")
        if kind not in KINDS:
            raise InputError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        guess = _guess_attribution(text, start, end) if speaker is None else None
        prefix, suffix = anchor_context(text, start, end)
        with self.transaction(f"add quote to article {article_id}") as tx:
            speaker_name = speaker if speaker is not None else (guess.speaker if guess else None)
            row = {
                "article_id": article_id,
                "text": text[start:end],
                "start": start,
                "end": end,
                "prefix": prefix,
                "suffix": suffix,
                "kind": kind,
                "status": "edited",
                "note": "",
                "speaker_id": (
                    self._resolve_speaker(
                        tx, speaker_name, article_id=article_id, fuzzy=speaker is None
                    )
                    if speaker_name
                    else None
                ),
                "created_at": now(),
                "updated_at": now(),
            }
            if guess is not None:
                row.update(_attribution_columns(guess))
            quote_id = int(self.db.table("quotes").insert(row).last_pk)
            tx.record("quotes", quote_id, changelog.ROW, None, {"id": quote_id, **row})
        return quote_id

    def delete_quote(self, quote_id: int) -> None:
        """Delete one quote (undoable)."""
        with self.transaction(f"delete quote {quote_id}") as tx:
            old = self._quote_row(quote_id)
            tags = changelog.quote_tags(self.db, quote_id)
            if tags:
                changelog.set_quote_tags(self.db, quote_id, [])
                tx.record("quotes", quote_id, changelog.TAGS, tags, [])
            self.db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])
            tx.record("quotes", quote_id, changelog.ROW, old, None)

    # --- articles --------------------------------------------------------------------------------

    def edit_article(self, article_id: int, **fields: Any) -> None:
        """Correct an article's metadata (one undoable operation); the text itself never changes.

        Fields: title, short_title, standfirst, publisher, authors (list of names, parsed
        into name parts), author_names (list of CSL name-part dicts: given, family,
        non-dropping-particle, dropping-particle, suffix or literal; the display names
        follow), published (YYYY, YYYY-MM or YYYY-MM-DD), published_note, url, accessed,
        language.
        """
        unknown = set(fields) - set(ARTICLE_FIELDS)
        if unknown:
            raise TypeError(f"edit_article() cannot change {', '.join(sorted(unknown))}")
        for name in ("published", "accessed"):
            if fields.get(name) and not is_iso_date(str(fields[name])):
                raise InputError(
                    f"{name} {fields[name]!r}: not a real date (use YYYY-MM-DD, YYYY-MM or YYYY)"
                )
        if "author_names" in fields:
            fields.update(author_columns(author_names=fields.pop("author_names") or []))
        elif "authors" in fields:
            fields.update(author_columns(fields["authors"] or []))
        with self.transaction(f"edit article {article_id}: {', '.join(fields)}") as tx:
            rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [int(article_id)]))
            if not rows:
                raise NotFoundError(f"no article with id {article_id}")
            old = dict(rows[0])
            changed = {k: (v if v != "" else None) for k, v in fields.items()}
            changed = {k: v for k, v in changed.items() if old.get(k) != v}
            if changed:
                self.db.table("articles").update(article_id, changed)
                for key, value in changed.items():
                    tx.record("articles", article_id, key, old.get(key), value)

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its quotes (undoable)."""
        with self.transaction(f"delete article {article_id}") as tx:
            rows = list(self.db.query("SELECT * FROM articles WHERE id = ?", [int(article_id)]))
            if not rows:
                raise NotFoundError(f"no article with id {article_id}")
            for quote in self.db.query("SELECT * FROM quotes WHERE article_id = ?", [article_id]):
                tags = changelog.quote_tags(self.db, quote["id"])
                if tags:
                    changelog.set_quote_tags(self.db, quote["id"], [])
                    tx.record("quotes", quote["id"], changelog.TAGS, tags, [])
                self.db.execute("DELETE FROM quotes WHERE id = ?", [quote["id"]])
                tx.record("quotes", quote["id"], changelog.ROW, dict(quote), None)
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            tx.record("articles", article_id, changelog.ROW, dict(rows[0]), None)

    # --- speakers --------------------------------------------------------------------------------

    def rename_speaker(self, name_or_id: str | int, new_name: str) -> None:
        """Give a speaker a new canonical name; the old name stays as an alias."""
        new_name = " ".join(new_name.split())
        if not new_name:
            raise InputError("the new speaker name is empty")
        with self.transaction(f"rename speaker {name_or_id} to {new_name}") as tx:
            old = self._speaker_row(name_or_id)
            key = normalize_name(new_name)
            clash = self.db.execute(
                "SELECT id, name FROM speakers WHERE id != ? AND (normalized = ? OR id IN "
                "(SELECT speaker_id FROM speaker_aliases WHERE normalized = ?)) LIMIT 1",
                [old["id"], key, key],
            ).fetchone()
            if clash:
                raise InputError(
                    f"there is already a speaker called {clash[1]!r} (id {clash[0]}); "
                    "use merge-speakers to combine them"
                )
            self.db.table("speakers").update(
                old["id"], {"name": new_name, "normalized": normalize_name(new_name)}
            )
            tx.record("speakers", old["id"], "name", old["name"], new_name)
            tx.record(
                "speakers", old["id"], "normalized", old["normalized"], normalize_name(new_name)
            )
            known = {
                r[0]
                for r in self.db.execute(
                    "SELECT normalized FROM speaker_aliases WHERE speaker_id = ?", [old["id"]]
                )
            }
            if old["normalized"] != normalize_name(new_name) and old["normalized"] not in known:
                self._add_alias(tx, old["id"], old["name"])
        self._speaker_index = None

    def merge_speakers(self, keep: str | int, absorb: str | int) -> None:
        """Merge `absorb` into `keep`: its quotes and aliases move, its name becomes an alias."""
        with self.transaction(f"merge speaker {absorb} into {keep}") as tx:
            kept, gone = self._speaker_row(keep), self._speaker_row(absorb)
            if kept["id"] == gone["id"]:
                raise InputError(f"{keep!r} and {absorb!r} are already the same speaker")
            for (quote_id,) in self.db.execute(
                "SELECT id FROM quotes WHERE speaker_id = ?", [gone["id"]]
            ).fetchall():
                self.db.execute(
                    "UPDATE quotes SET speaker_id = ? WHERE id = ?", [kept["id"], quote_id]
                )
                tx.record("quotes", quote_id, "speaker_id", gone["id"], kept["id"])
            for (alias_id,) in self.db.execute(
                "SELECT id FROM speaker_aliases WHERE speaker_id = ?", [gone["id"]]
            ).fetchall():
                self.db.execute(
                    "UPDATE speaker_aliases SET speaker_id = ? WHERE id = ?", [kept["id"], alias_id]
                )
                tx.record("speaker_aliases", alias_id, "speaker_id", gone["id"], kept["id"])
            self._add_alias(tx, kept["id"], gone["name"])
            self.db.execute("DELETE FROM speakers WHERE id = ?", [gone["id"]])
            tx.record("speakers", gone["id"], changelog.ROW, gone, None)
        self._speaker_index = None

    # --- undo / redo -----------------------------------------------------------------------------

    def undo(self) -> str | None:
        """Undo the last operation; returns its description, or None if there is nothing to undo."""
        with self.transaction():
            description = changelog.undo(self.db)
        self._speaker_index = None
        return description

    def redo(self) -> str | None:
        """Redo the last undone operation; returns its description, or None."""
        with self.transaction():
            description = changelog.redo(self.db)
        self._speaker_index = None
        return description


def _guess_attribution(text: str, start: int, end: int) -> Any:
    """The extractor's quote that overlaps the span most, for its speaker and cue."""
    from homsquotes.core.extraction import extract

    best, best_overlap = None, 0
    for quote in extract(text).quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def _attribution_columns(quote: Any) -> dict[str, Any]:
    """Quote columns that come from the extractor's attribution (speaker is resolved apart)."""
    return {
        "cue": quote.cue.text if quote.cue else None,
        "cue_start": quote.cue.start if quote.cue else None,
        "cue_end": quote.cue.end if quote.cue else None,
        "mention": quote.speaker_mention.text if quote.speaker_mention else None,
        "mention_start": quote.speaker_mention.start if quote.speaker_mention else None,
        "mention_end": quote.speaker_mention.end if quote.speaker_mention else None,
        "affiliation": quote.affiliation,
        "context": quote.context or "",
        "setting": quote.setting,
        "confidence": quote.confidence,
    }
