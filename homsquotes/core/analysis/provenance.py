"""Quote provenance: one quotation across articles, its first appearance and its variants.

Quotes are compared on normalised text (the parts' joiner, punctuation, quotation marks,
accents and case folded away). Two quotes are one quotation when their normalised texts
are equal, near-identical (rapidfuzz ratio >= VARIANT_CUTOFF: a word changed on the way)
or one is a fragment of the other (partial ratio >= FRAGMENT_CUTOFF). Groups are
transitive and stored (``quote_provenance.group_id``), so reading a quote's group is one
index lookup at any library size.

Finding candidates must not scan the library: each distinct normalised text keeps winnowed
word-trigram fingerprints (window 3), which guarantees that two texts sharing a run of
MIN_WORDS words share a fingerprint. A fingerprint held by more than MAX_POSTINGS texts is
a stock phrase and is ignored.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import unicodedata
import zlib
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from homsquotes.core.model import PART_JOINER

MIN_WORDS = 5  # shorter quotes ("terrorists", "a deep regret") are too common to trace
SHINGLE_WORDS = 3  # fingerprints() spells out these two for speed
WINDOW = 3  # with 3-word shingles: any shared run of 3 + 3 - 1 = 5 words shares a fingerprint
MAX_POSTINGS = 200
VARIANT_CUTOFF = 88.0
FRAGMENT_CUTOFF = 94.0
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
# Combining marks (accents once NFKD has split them off), removed in one C-level pass.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalise(text: str) -> str:
    """Words only: marks, punctuation, accents and case folded ("Don’t," -> "dont")."""
    text = text.replace(PART_JOINER, " ")
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = text.casefold()
    return " ".join(_WORD.findall(text.translate(_APOSTROPHES)))


def norm_key(norm: str) -> int:
    """A 63-bit key of a normalised text (equal texts, equal keys)."""
    return int.from_bytes(hashlib.blake2b(norm.encode(), digest_size=8).digest(), "big") >> 1


def fingerprints(norm: str) -> set[int]:
    """Winnowed shingle hashes of a normalised text (empty when it is too short to trace)."""
    words = norm.split()
    if len(words) < MIN_WORDS:
        return set()
    crc = zlib.crc32
    hashes = [
        crc(f"{a} {b} {c}".encode()) & 0x7FFFFFFF
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    ]
    chosen = {min(window) for window in zip(hashes, hashes[1:], hashes[2:], strict=False)}
    return chosen


def relation(a: str, b: str) -> str | None:
    """How normalised text `b` relates to `a`: same, variant, fragment, longer, or None."""
    if a == b:
        return "same"
    if not a or not b:
        return None
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # ratio() cannot reach the cutoff when the lengths differ too much: skip it then.
    if len(short) >= len(long) * (VARIANT_CUTOFF / (200 - VARIANT_CUTOFF)) and fuzz.ratio(
        a, b, score_cutoff=VARIANT_CUTOFF
    ):
        return "variant"
    if short.count(" ") + 1 >= MIN_WORDS and fuzz.partial_ratio(
        short, long, score_cutoff=FRAGMENT_CUTOFF
    ):
        return "fragment" if short is b else "longer"
    return None


def worth_comparing(shared: int, prints_a: int, prints_b: int) -> bool:
    """Whether two texts share enough fingerprints to be compared at all: two, or every one
    the shorter has (a five-word fragment has a single fingerprint)."""
    return shared >= min(2, prints_a, prints_b)


# --- keeping the groups ------------------------------------------------------------------------


def _live_text(db: Any, quote_id: int) -> str | None:
    """The text of a quote, or of another live quote with the same normalised text."""
    row = db.execute(
        "SELECT q.text FROM quote_provenance p JOIN quotes q ON q.id = p.id WHERE p.norm_key = "
        "(SELECT norm_key FROM quote_provenance WHERE id = ?) LIMIT 1",
        [quote_id],
    ).fetchone()
    return row[0] if row else None


# The quotes sharing fingerprints with a text, with how many each shares and how many it
# has, in one statement (not one per fingerprint: an import asks this of every new quote).
# A fingerprint held by more than MAX_POSTINGS quotes is left out: the test reads only h,
# so SQLite runs it once per fingerprint, in h's loop, and its count stops one past the
# limit, so a stock phrase costs MAX_POSTINGS index steps, not all its postings.
_SHARED_PRINTS = """
SELECT f.quote_id, count(*), p.prints FROM json_each(?) h
JOIN quote_fingerprints f ON f.hash = h.value
LEFT JOIN quote_provenance p ON p.id = f.quote_id
WHERE (SELECT count(*) FROM (SELECT 1 FROM quote_fingerprints g
                             WHERE g.hash = h.value LIMIT ?)) <= ?
GROUP BY f.quote_id ORDER BY f.quote_id
"""


def _candidates(db: Any, prints: frozenset[int] | set[int], exclude: int) -> list[int]:
    """Quotes sharing enough fingerprints with a text to be worth comparing with it."""
    if not prints:
        return []
    rows = db.execute(
        _SHARED_PRINTS, [json.dumps(sorted(prints)), MAX_POSTINGS + 1, MAX_POSTINGS]
    ).fetchall()
    return [
        quote_id
        for quote_id, shared, quote_prints in rows
        if quote_id != exclude and worth_comparing(shared, len(prints), quote_prints or 0)
    ]


# What provenance needs of one quote's text, computed once (for an import, in its worker
# processes): its normalised text, that text's key and its fingerprints.
Traced = tuple[str, int, frozenset[int]]


def traced(text: str) -> Traced | None:
    """(normalised text, key, fingerprints) of a quote, or None when it is too short to trace."""
    norm = normalise(text)
    if norm.count(" ") + 1 < MIN_WORDS:
        return None
    return norm, norm_key(norm), frozenset(fingerprints(norm))


def index_quotes(db: Any, quotes: Sequence[tuple[int, str]]) -> int:
    """Add quotes (id, text) to the provenance groups, joining the groups they match.

    Runs inside the caller's transaction; the cost grows with the matches, not the library.
    """
    return index_traced(db, [(quote_id, traced(text)) for quote_id, text in quotes])


def index_traced(db: Any, quotes: Sequence[tuple[int, Traced | None]]) -> int:
    """index_quotes for quotes whose texts are already traced (None: too short, skipped)."""
    merged = 0
    for quote_id, found in quotes:
        if found is None:
            continue
        norm, key, quote_prints = found
        same = db.execute(
            "SELECT p.group_id FROM quote_provenance p JOIN quotes q ON q.id = p.id "
            "WHERE p.norm_key = ? AND p.id != ? LIMIT 1",
            [key, quote_id],
        ).fetchone()
        groups = {quote_id}
        prints: frozenset[int] = frozenset()
        if same is not None:  # a text already traced: its group, no fingerprints of its own
            groups.add(same[0])
        else:
            prints = quote_prints
            for other in _candidates(db, prints, quote_id):
                other_text = _live_text(db, other)
                if other_text is not None and relation(normalise(other_text), norm):
                    row = db.execute(
                        "SELECT group_id FROM quote_provenance WHERE id = ?", [other]
                    ).fetchone()
                    if row:
                        groups.add(row[0])
            db.conn.executemany(
                "INSERT OR IGNORE INTO quote_fingerprints(hash, quote_id) VALUES (?, ?)",
                [(h, quote_id) for h in prints],
            )
        target = min(groups)
        db.execute(
            "INSERT OR REPLACE INTO quote_provenance(id, norm_key, group_id, prints) "
            "VALUES (?, ?, ?, ?)",
            [quote_id, key, target, len(prints)],
        )
        others = sorted(groups - {target, quote_id})
        if others:
            merged += len(others)
            marks = ",".join("?" * len(others))
            db.execute(
                f"UPDATE quote_provenance SET group_id = ? WHERE group_id IN ({marks})",
                [target, *others],
            )
    return merged


def index_article(db: Any, article_id: int) -> int:
    """Add one article's direct quotes to the groups (the import hook calls this)."""
    rows = db.execute(
        "SELECT id, text FROM quotes WHERE article_id = ? AND kind = 'direct' ORDER BY id",
        [article_id],
    ).fetchall()
    return index_quotes(db, rows)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def rebuild(db: Any, progress: Any = None) -> int:
    """Recompute every group from scratch (inside the caller's transaction); returns the
    number of quotes indexed. Pairs come from a join on shared fingerprints, so the work is
    one pass over the quotes plus one over the fingerprints, not one query per quote."""
    db.execute("DELETE FROM quote_provenance")
    db.execute("DELETE FROM quote_fingerprints")
    first_of: dict[int, int] = {}  # norm key -> the first quote with that text
    rows: list[tuple[int, int, int]] = []
    prints: list[tuple[int, int]] = []
    print_counts: dict[int, int] = {}
    uf = _UnionFind()
    cursor = db.execute("SELECT id, text FROM quotes WHERE kind = 'direct' ORDER BY id")
    count = 0
    while batch := cursor.fetchmany(5000):
        for quote_id, text in batch:
            norm = normalise(text)
            if norm.count(" ") + 1 < MIN_WORDS:
                continue
            key = norm_key(norm)
            count += 1
            first = first_of.setdefault(key, quote_id)
            if first != quote_id:
                uf.union(first, quote_id)
            else:
                found = fingerprints(norm)
                print_counts[quote_id] = len(found)
                prints.extend((h, quote_id) for h in found)
            rows.append((quote_id, key, print_counts.get(quote_id, 0)))
        if progress:
            progress(count)
    db.conn.executemany("INSERT INTO quote_fingerprints(hash, quote_id) VALUES (?, ?)", prints)
    del prints
    pairs = db.execute(
        "WITH shared AS (SELECT hash FROM quote_fingerprints GROUP BY hash "
        "HAVING count(*) BETWEEN 2 AND ?) "
        "SELECT a.quote_id, b.quote_id, count(*) FROM shared "
        "JOIN quote_fingerprints a ON a.hash = shared.hash "
        "JOIN quote_fingerprints b ON b.hash = shared.hash AND a.quote_id < b.quote_id "
        "GROUP BY a.quote_id, b.quote_id",
        [MAX_POSTINGS],
    ).fetchall()
    pairs = [
        (a, b)
        for a, b, shared in pairs
        if worth_comparing(shared, print_counts.get(a, 0), print_counts.get(b, 0))
    ]
    texts: dict[int, str] = {}
    wanted = sorted({i for pair in pairs for i in pair})
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for quote_id, text in db.execute(
            f"SELECT id, text FROM quotes WHERE id IN ({marks})", chunk
        ):
            texts[quote_id] = normalise(text)
    for a, b in pairs:
        if uf.find(a) != uf.find(b) and relation(texts[a], texts[b]):
            uf.union(a, b)
    db.conn.executemany(
        "INSERT INTO quote_provenance(id, norm_key, group_id, prints) VALUES (?, ?, ?, ?)",
        [(quote_id, key, uf.find(quote_id), n) for quote_id, key, n in rows],
    )
    return count


# --- reading the groups ------------------------------------------------------------------------

_MEMBER_SELECT = """
SELECT q.id AS quote_id, q.text, q.article_id, a.title AS article_title,
       a.publisher AS outlet, a.published, a.url, q.speaker_id, s.name AS speaker,
       s.normalized AS speaker_key, q.affiliation
FROM quote_provenance p
JOIN quotes q ON q.id = p.id
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id
"""
# First appearance: earliest published date (undated articles last), then the first imported.
_FIRST_ORDER = "ORDER BY a.published IS NULL, a.published, a.id, q.start, q.id"

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str) -> list[tuple[str, str]]:
    """(word as written, its normalised form) for each word of a quote."""
    words = _TOKEN.findall(text.replace(PART_JOINER, " "))
    return [(w, normalise(w)) for w in words]


def word_differences(first: str, other: str) -> list[dict[str, str]]:
    """Word-by-word changes from `first` to `other` (only the words that differ).

    When `other` is a fragment, `first` is cut to the stretch it matches, so a fragment
    shows only changed words, not everything it left out.
    """
    a, b = _tokens(first), _tokens(other)
    keys_a, keys_b = [k for _, k in a], [k for _, k in b]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if blocks and len(b) < len(a):
        lo, hi = (
            blocks[0].a - blocks[0].b,
            blocks[-1].a + blocks[-1].size + (len(b) - blocks[-1].b - blocks[-1].size),
        )
        lo, hi = max(lo, 0), min(hi, len(a))
        a, keys_a = a[lo:hi], keys_a[lo:hi]
        matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            changes.append(
                {
                    "op": op,
                    "first": " ".join(w for w, _ in a[i1:i2]),
                    "this": " ".join(w for w, _ in b[j1:j2]),
                }
            )
    return changes


def marked_differences(first: str, other: str) -> str:
    """`other` with its changes marked inline: [-first's words-]{+this one's+}."""
    a, b = _tokens(first), _tokens(other)
    matcher = difflib.SequenceMatcher(None, [k for _, k in a], [k for _, k in b], autojunk=False)
    out: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = " ".join(w for w, _ in a[i1:i2]), " ".join(w for w, _ in b[j1:j2])
        if op == "equal":
            out.append(new)
        elif op == "delete" and len(b) < len(a) and (i1 == 0 or i2 == len(a)):
            continue  # the part a fragment leaves out at either end is not a change
        else:
            out.append((f"[-{old}-]" if old else "") + (f"{{+{new}+}}" if new else ""))
    return " ".join(p for p in out if p)


def group_id_of(db: Any, quote_id: int) -> int | None:
    row = db.execute("SELECT group_id FROM quote_provenance WHERE id = ?", [quote_id]).fetchone()
    return row[0] if row else None


def describe_group(db: Any, group_id: int) -> dict[str, Any] | None:
    """A group: its first appearance, every member with its relation, speaker and changes."""
    members = [
        dict(r)
        for r in db.query(
            _MEMBER_SELECT + " WHERE p.group_id = ? AND +q.kind = 'direct' " + _FIRST_ORDER,
            [group_id],
        )
    ]
    if not members:
        return None
    first = members[0]
    first_norm, first_key = normalise(first["text"]), first["speaker_key"]
    for member in members:
        member_norm = normalise(member["text"])
        member["relation"] = (
            "first" if member is first else (relation(first_norm, member_norm) or "related")
        )
        member["different_speaker"] = bool(
            member["speaker_key"] and first_key and member["speaker_key"] != first_key
        )
        member["differences"] = (
            [] if member is first else word_differences(first["text"], member["text"])
        )
        member["marked"] = marked_differences(first["text"], member["text"])
        del member["speaker_key"]
    articles = {m["article_id"] for m in members}
    return {
        "group_id": group_id,
        "first": first,
        "members": members,
        "article_count": len(articles),
        "outlets": sorted({m["outlet"] for m in members if m["outlet"]}, key=str.casefold),
        "speakers": sorted({m["speaker"] for m in members if m["speaker"]}, key=str.casefold),
        "variant_count": sum(1 for m in members if m["differences"]),
        "different_speakers": any(m["different_speaker"] for m in members),
    }


def group_ids(db: Any, min_articles: int = 2, article_id: int | None = None) -> list[int]:
    """Groups carried by at least `min_articles` articles (optionally: touching one article),
    most widely carried first."""
    where = ""
    params: list[Any] = []
    if article_id is not None:
        where = (
            "WHERE p.group_id IN (SELECT p2.group_id FROM quote_provenance p2 "
            "JOIN quotes q2 ON q2.id = p2.id WHERE q2.article_id = ?)"
        )
        params.append(int(article_id))
    rows = db.execute(
        f"SELECT p.group_id, count(DISTINCT q.article_id) AS n FROM quote_provenance p "
        f"JOIN quotes q ON q.id = p.id AND +q.kind = 'direct' {where} "
        "GROUP BY p.group_id HAVING n >= ? "
        "ORDER BY n DESC, p.group_id",
        [*params, int(min_articles)],
    ).fetchall()
    return [r[0] for r in rows]


def also_in(db: Any, quote_id: int) -> dict[str, Any] | None:
    """For the detail pane: how many other articles carry this quote, and the first one."""
    group = group_id_of(db, quote_id)
    if group is None:
        return None
    row = db.execute(
        "SELECT count(DISTINCT q.article_id) FROM quote_provenance p JOIN quotes q ON q.id = p.id "
        "WHERE p.group_id = ? AND +q.kind = 'direct' "
        "AND q.article_id != (SELECT article_id FROM quotes WHERE id = ?)",
        [group, quote_id],
    ).fetchone()
    if not row or not row[0]:
        return None
    first = db.execute(
        "SELECT q.id, a.id, a.title, a.publisher, a.published FROM quote_provenance p "
        "JOIN quotes q ON q.id = p.id JOIN articles a ON a.id = q.article_id "
        "WHERE p.group_id = ? AND +q.kind = 'direct' " + _FIRST_ORDER + " LIMIT 1",
        [group],
    ).fetchone()
    return {
        "group_id": group,
        "other_articles": int(row[0]),
        "first_quote_id": first[0],
        "first_article_id": first[1],
        "first_title": first[2],
        "first_outlet": first[3],
        "first_published": first[4],
        "is_first": first[0] == quote_id,
    }
