"""The analysis an import writes from what its workers prepared equals what reading the
library back gives: the import hook of before (which read every quote back from the
library) and a full rebuild."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from analysis_library import add_article

from homsquotes.core import analysis
from homsquotes.core.analysis import maintenance
from homsquotes.core.library import Library, importing

# Made-up articles: honorifics and pronouns for gender, affiliations for categories, one
# quotation carried by three articles (once word for word, once with a word changed, once in
# part), a speaker matched across articles and unnamed speakers that stay per article.
HAND_BUILT = [
    (
        "Valley schools\n\nMs Nadia Amin spoke first at the meeting in Ashford on Monday. "
        '"We will rebuild every school in the valley before the winter comes," she said. '
        'Mr Omar Haddad, a UN envoy, was less sure. "The money is not there yet for any of '
        'it," Omar Haddad said. "It never is," a spokesman said.',
        [
            (
                "We will rebuild every school in the valley before the winter comes,",
                "Nadia Amin",
                "person",
                "she",
                "education minister",
            ),
            ("The money is not there yet for any of it,", "Omar Haddad", "person", None, "envoy"),
            ("It never is,", "a spokesman", "person", None, None),
        ],
        "Outlet A",
        "2021-03-01",
    ),
    (
        "Minister repeats pledge\n\nMs Amin repeated her pledge. \"We will rebuild every school "
        'in the valley before the winter comes," Nadia Amin told reporters. "It never is," a '
        'spokesman said again. "Prices will rise across the whole region next year," the '
        "central bank said.",
        [
            (
                "We will rebuild every school in the valley before the winter comes,",
                "Nadia Amin",
                "person",
                None,
                "minister",
            ),
            ("It never is,", "a spokesman", "person", None, None),
            (
                "Prices will rise across the whole region next year,",
                "Central Bank",
                "organisation",
                None,
                None,
            ),
        ],
        "Outlet B",
        "2021-03-02",
    ),
    (
        "Pledge, again\n\nThe pledge came back. \"We will rebuild each school in the valley "
        'before the winter comes," said Nadia Amín, the minister. "Rebuild every school in the '
        'valley," they said. Mr Haddad said: "The money is not there yet for any of it."',
        [
            (
                "We will rebuild each school in the valley before the winter comes,",
                "Nadia Amín",
                "person",
                None,
                "the minister",
            ),
            ("Rebuild every school in the valley,", "Aid workers", "organisation", "they", None),
            ("The money is not there yet for any of it.", "Omar Haddad", "person", None, None),
        ],
        "Outlet C",
        None,
    ),
]

# Texts for the extractor itself (import_files, extracted in this process).
EXTRACTED = [
    'Harbour bridge\n\n"We cannot keep patching a structure built for carts," said Margaret '
    "Ellison, the council's head of transport. Ms Ellison added that the engineers had been "
    'clear. "This will empty our streets in a month," said Tom Barraclough, a shopkeeper.',
    'Bridge vote\n\nMr Barraclough was not convinced. "This will empty our streets in a month," '
    'he said. "Nobody wants to lose the bridge," said the mayor, Priya Natarajan. She said '
    "the traders would be heard.",
    'Bridge, later\n\n"This will empty our streets within a month," Tom Barraclough said on '
    'Friday. "We will listen to the traders," Ms Natarajan said.',
]

TABLES = {
    "speaker_profiles": "SELECT * FROM speaker_profiles ORDER BY id",
    "gender_evidence": "SELECT * FROM gender_evidence ORDER BY id",
    "quote_provenance": "SELECT * FROM quote_provenance ORDER BY id",
    "quote_words": "SELECT * FROM quote_words ORDER BY id",
    "quote_fingerprints": "SELECT * FROM quote_fingerprints ORDER BY hash, quote_id",
}


def tables(lib: Library) -> dict[str, list[tuple[Any, ...]]]:
    return {name: [tuple(r) for r in lib.db.execute(sql)] for name, sql in TABLES.items()}


def groups(rows: list[tuple[Any, ...]]) -> set[frozenset[int]]:
    found: dict[int, set[int]] = {}
    for quote_id, _key, group_id, _prints in rows:
        found.setdefault(group_id, set()).add(quote_id)
    return {frozenset(g) for g in found.values()}


def build(folder: Path) -> Library:
    lib = Library.open(folder / "lib.sqlite")
    for text, quotes, publisher, published in HAND_BUILT:
        add_article(lib, text, quotes, publisher=publisher, published=published)
    paths = []
    for n, text in enumerate(EXTRACTED):
        path = folder / f"extracted{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    results = lib.import_files(paths)
    assert [r.created for r in results] == [True] * len(EXTRACTED)
    return lib


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    with build(tmp_path_factory.mktemp("prepared")) as lib:
        return tables(lib)


def test_the_articles_exercise_every_analysis_table(imported) -> None:
    evidence = {(row[4], row[5]) for row in imported["gender_evidence"]}  # kind, gender
    assert {("pronoun", "female"), ("honorific", "female"), ("honorific", "male")} <= evidence
    categories = {row[1] for row in imported["speaker_profiles"]}
    assert {"government", "unknown"} <= categories
    carried = max(groups(imported["quote_provenance"]), key=len)
    assert len(carried) >= 3
    assert imported["quote_fingerprints"] and all(w > 0 for _id, w in imported["quote_words"])


def test_prepared_imports_write_what_the_reading_hook_wrote(
    imported, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def reading_back(db: Any, article_id: int, *_known: Any) -> None:
        maintenance.article_imported(db, article_id)

    monkeypatch.setattr(maintenance, "new_article_imported", reading_back)
    with build(tmp_path) as lib:
        assert tables(lib) == imported


def test_prepared_imports_write_what_a_rebuild_computes(tmp_path: Path) -> None:
    with build(tmp_path) as lib:
        before = tables(lib)
        analysis.rebuild(lib)
        after = tables(lib)
    assert groups(after.pop("quote_provenance")) == groups(before.pop("quote_provenance"))
    assert after == before


def test_a_worker_prepares_plain_values_the_writer_only_inserts() -> None:
    [prepared] = importing.extract_chunk([EXTRACTED[0]])
    assert len(prepared.quotes) == len(prepared.speakers) == len(prepared.facts.words) >= 2
    columns = dict(zip(importing.QUOTE_COLUMNS, prepared.quotes[0], strict=True))
    text = EXTRACTED[0]
    assert text[columns["start"] : columns["end"]] == columns["text"]
    assert columns["prefix"] == text[max(0, columns["start"] - 32) : columns["start"]]
    assert prepared.speakers[0] == ("Margaret Ellison", "person")
    assert prepared.facts.honorifics and prepared.facts.honorifics[0][1] == "Ms"


def test_candidates_leave_out_fingerprints_of_stock_phrases(lib, monkeypatch) -> None:
    from homsquotes.core.analysis import provenance

    monkeypatch.setattr(provenance, "MAX_POSTINGS", 3)
    conn = lib.db.conn
    stock = [(7, quote_id) for quote_id in (1, 3, 4, 6)]  # held by 4 quotes: more than 3
    conn.executemany(
        "INSERT INTO quote_fingerprints(hash, quote_id) VALUES (?, ?)",
        [*stock, (8, 2), (9, 2), (8, 5)],
    )
    conn.executemany(
        "INSERT INTO quote_provenance(id, norm_key, group_id, prints) VALUES (?, 0, ?, ?)",
        [(2, 2, 2), (5, 5, 1)],
    )
    assert provenance._candidates(lib.db, frozenset({7, 8, 9}), exclude=99) == [2, 5]
    assert provenance._candidates(lib.db, frozenset({7, 8, 9}), exclude=5) == [2]
    conn.rollback()


def test_a_cancelled_batch_still_derives_its_written_speakers(tmp_path: Path) -> None:
    # Categories and genders wait for the end of a batch; a cancel ends the batch early, and
    # the articles it wrote must not be left with speakers nobody derived.
    paths = []
    for n, text in enumerate(EXTRACTED):
        path = tmp_path / f"extracted{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    with Library.open(tmp_path / "lib.sqlite") as lib:

        def one_article_written() -> bool:  # asked in the batch's transaction, after each article
            return lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0

        written = lib.import_files(paths, cancel=one_article_written)
        article_ids = [r.article_id for r in written]
        assert len(article_ids) == 1
        speakers = {
            r[0]
            for r in lib.db.execute(
                "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? "
                "AND speaker_id IS NOT NULL",
                article_ids,
            )
        }
        profiles = dict(lib.db.execute("SELECT id, gender FROM speaker_profiles").fetchall())
        ellison = lib.db.execute(
            "SELECT id FROM speakers WHERE name = 'Margaret Ellison'"
        ).fetchone()[0]
    assert speakers and speakers <= profiles.keys()
    assert profiles[ellison] == "female"  # "Ms Ellison" in the same article
