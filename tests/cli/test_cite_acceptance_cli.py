"""Issue 10's acceptance from the command line: a quote by Ursula von der Leyen from an
article with a URL and no date, cited in APA 7 and Cite Them Right, and three quotes of
one article copied at once.

APA 7 §8.6 ("(von der Leyen, as cited in …)"), §10.2 example 16 (a news article's reference
ends with its bare URL, no "Retrieved"); Cite Them Right 12 "Newspaper articles (online)"
("Available at: URL (Accessed: date)").
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from homsquotes.cli import main

ARTICLE = """---
title: EU leaders pledge support for Ukraine at Brussels summit
publisher: Brussels Daily
url: https://brussels.example/eu-ukraine
---
EU leaders pledge support for Ukraine at Brussels summit

The European Commission president spoke to reporters on Thursday.

"Europe will stand by Ukraine for as long as it takes," Ursula von der Leyen said.

"We have agreed a new package of support worth fifty billion euros," von der Leyen added.

"Nobody should doubt our resolve," she said.
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("acceptance")
    db, source = folder / "library.sqlite", folder / "eu.md"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["--db", str(db), "import", str(source)]) == 0
    return db


def _quotes(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "list", "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _cite(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "cite", *argv]) == 0
    return capsys.readouterr().out.strip()


def _leyen_quote(db: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    quotes = [q for q in _quotes(db, capsys) if "stand by Ukraine" in q["text"]]
    assert len(quotes) == 1 and quotes[0]["speaker"] == "Ursula von der Leyen"
    return quotes[0]


def test_apa_names_the_surname_and_ends_with_the_bare_url(library, capsys) -> None:
    db = library
    out = _cite(db, capsys, str(_leyen_quote(db, capsys)["id"]), "--style", "apa")
    in_text, reference = out.split("\n\n")
    assert "(von der Leyen, as cited in “EU Leaders Pledge Support,” n.d.)" in in_text
    assert "Ursula" not in in_text
    assert reference.endswith("Brussels Daily. https://brussels.example/eu-ukraine")
    assert "Retrieved" not in out


def test_harvard_shows_the_access_date(library, capsys) -> None:
    db = library
    out = _cite(db, capsys, str(_leyen_quote(db, capsys)["id"]), "--style", "harvard")
    today = datetime.date.today()
    assert f"(Accessed: {today.day} {today:%B %Y})" in out
    assert "(von der Leyen, cited in" in out


def test_three_quotes_from_one_article_give_one_reference(library, capsys) -> None:
    db = library
    article_id = _leyen_quote(db, capsys)["article_id"]
    quotes = [q for q in _quotes(db, capsys) if q["article_id"] == article_id]
    ids = [str(q["id"]) for q in quotes][:3]
    assert len(ids) == 3
    out = _cite(db, capsys, *ids, "--style", "apa")
    assert out.count("https://brussels.example/eu-ukraine") == 1
    assert out.count("as cited in") == 3
