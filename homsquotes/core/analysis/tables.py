"""The tables source analysis and provenance keep in the library (schema version 5).

All of it is derived from quotes, speakers and article texts, except what the user
sets (a speaker's category or gender with source 'user'), so any of it can be rebuilt.
None of these tables has a foreign key: deleting a quote or an article must never be
refused because of them; readers join with ``quotes`` and so skip rows left behind.

  speaker_profiles   id = speaker id; category + category_source ('rule' | 'user') +
                     category_reason (the role word or name that decided it); gender (what
                     the evidence says, kept in step with gender_evidence); gender_user
                     (a gender the user set, else NULL: the evidence decides).
  gender_evidence    one he/she/they mention or honorific in an article that refers to a
                     speaker: pronoun rows follow their quote (quote_id) to whoever is its
                     speaker now; honorific rows name the speaker_id they were matched to.
  quote_provenance   id = quote id; norm_key (hash of the normalised text), group_id
                     (the quotation it belongs to; the group's smallest quote id at creation)
                     and prints (how many fingerprints its text has).
  quote_words        id = quote id; its number of quoted words (a quote's text never
                     changes, so this is counted once, for the share-of-voice sums).
  quote_fingerprints winnowed word-trigram hashes of one quote per distinct normalised text,
                     so a new quote finds its variants and fragments without a full scan.
"""

from __future__ import annotations

import sqlite_utils

PENDING_KEY = "analysis_pending"

ANALYSIS_DDL = (
    """CREATE TABLE IF NOT EXISTS speaker_profiles (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL DEFAULT 'unknown',
        category_source TEXT NOT NULL DEFAULT 'rule',
        category_reason TEXT,
        gender TEXT NOT NULL DEFAULT 'unknown',
        gender_user TEXT,
        name_seen TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS gender_evidence (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL,
        quote_id INTEGER,
        speaker_id INTEGER,
        kind TEXT NOT NULL,
        gender TEXT NOT NULL,
        word TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        snippet TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS idx_gender_evidence_article ON gender_evidence(article_id)",
    "CREATE INDEX IF NOT EXISTS idx_gender_evidence_quote ON gender_evidence(quote_id)",
    "CREATE INDEX IF NOT EXISTS idx_gender_evidence_speaker ON gender_evidence(speaker_id)",
    """CREATE TABLE IF NOT EXISTS quote_provenance (
        id INTEGER PRIMARY KEY,
        norm_key INTEGER NOT NULL,
        group_id INTEGER NOT NULL,
        prints INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS idx_provenance_norm ON quote_provenance(norm_key)",
    "CREATE INDEX IF NOT EXISTS idx_provenance_group ON quote_provenance(group_id)",
    """CREATE TABLE IF NOT EXISTS quote_words (
        id INTEGER PRIMARY KEY,
        words INTEGER NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS quote_fingerprints (
        hash INTEGER NOT NULL,
        quote_id INTEGER NOT NULL,
        PRIMARY KEY (hash, quote_id)
    ) WITHOUT ROWID""",
)


def ensure_analysis_tables(db: sqlite_utils.Database) -> None:
    """Create the analysis tables and indexes that are missing (inside the open transaction)."""
    for sql in ANALYSIS_DDL:
        db.execute(sql)


def mark_analysis_pending(db: sqlite_utils.Database) -> None:
    """Say the derived tables must be rebuilt before use (after a migration from before v5)."""
    db.execute("INSERT OR REPLACE INTO library_info(key, value) VALUES (?, '1')", [PENDING_KEY])
