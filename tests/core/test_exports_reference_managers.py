"""BibTeX, RIS and CSL-JSON as reference managers read them: a round trip through
bibtexparser and rispy checks each item's type and fields (see docs/exports.md for what
Zotero, JabRef and BibLaTeX read from each)."""

from __future__ import annotations

import io
import json

import rispy
from bibtex_reading import read_bibtex

from homsquotes.core.exports import CSL_QUOTES_LABEL, export_quotes
from homsquotes.core.model import ArticleMeta

ARTICLES = {
    1: ArticleMeta(title="García Márquez aid reaches the Homs old city", short_title="Aid",
                   publisher="El País", published="2014-04-17",
                   authors=["Gabriel García Márquez", "Beethoven, Ludwig van"],
                   url="https://elpais.example/aid", accessed="2024-05-02", language="es",
                   standfirst="Convoys crossed at dawn"),
    2: ArticleMeta(title="Von der Leyen pledges support", publisher="Brussels Daily",
                   authors=["Ursula von der Leyen", "Martin Luther King Jr."], published="2024"),
}
QUOTES = [
    {"id": 1, "article_id": 1, "text": "“We crossed at dawn.”", "speaker": "Ana López"},
    {"id": 2, "article_id": 1, "text": "“Nobody stopped us,”", "speaker": "Ana López"},
    {"id": 3, "article_id": 2, "text": "“We stand together.”", "speaker": "Ursula von der Leyen"},
]


def export(fmt: str) -> str:
    out = io.StringIO()
    export_quotes(fmt, QUOTES, ARTICLES, out)
    return out.getvalue()


def test_bibtex_round_trip_keeps_type_names_and_ascii_keys() -> None:
    entries = read_bibtex(export("bibtex"))
    assert set(entries) == {"GarciaMarquez2014Garcia", "Leyen2024Von"}  # not "GarcaMrquez"
    aid = entries["GarciaMarquez2014Garcia"]
    assert (aid["ENTRYTYPE"], aid["entrysubtype"]) == ("article", "newspaper")
    assert aid["journal"] == "El País"
    assert aid["author"] == "{García Márquez}, Gabriel and van Beethoven, Ludwig"
    assert aid["title"] == "García {Márquez} aid reaches the {Homs} old city"
    assert aid["shorttitle"] == "Aid"
    assert (aid["date"], aid["urldate"], aid["langid"]) == ("2014-04-17", "2024-05-02", "spanish")
    assert aid["abstract"] == "Convoys crossed at dawn"
    assert aid["annote"].count("Ana López") == 2
    other = entries["Leyen2024Von"]
    assert other["author"] == "von der Leyen, Ursula and King, Jr., Martin Luther"
    assert other["title"] == "Von der {Leyen} pledges support"


def test_ris_round_trip_is_a_newspaper_article_with_a_note_per_quote() -> None:
    records = rispy.loads(export("ris"))
    assert [r["type_of_reference"] for r in records] == ["NEWS", "NEWS"]
    aid = records[0]
    assert aid["authors"] == ["García Márquez, Gabriel", "van Beethoven, Ludwig"]
    assert aid["title"] == "García Márquez aid reaches the Homs old city"
    assert aid["short_title"] == "Aid"
    assert aid["secondary_title"] == "El País"
    assert aid["year"] == "2014" and aid["date"] == "2014/04/17"
    assert aid["access_date"] == "2024/05/02"
    assert aid["urls"] == ["https://elpais.example/aid"]
    assert aid["language"] == "es"
    assert len(aid["notes"]) == 2 and all("Ana López" in n for n in aid["notes"])
    assert records[1]["authors"] == ["von der Leyen, Ursula", "King, Martin Luther, Jr."]


def test_csl_json_keeps_name_parts_and_labels_the_quotes() -> None:
    items = json.loads(export("csl-json"))
    assert [i["type"] for i in items] == ["article-newspaper", "article-newspaper"]
    assert items[0]["author"] == [
        {"given": "Gabriel", "family": "García Márquez"},
        {"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"}]
    assert items[0]["title-short"] == "Aid"
    assert items[0]["accessed"] == {"date-parts": [[2024, 5, 2]]}
    lines = items[0]["note"].splitlines()
    assert lines[0] == CSL_QUOTES_LABEL and ":" not in lines[0]
    assert len(lines) == 3 and all(line.startswith("“") for line in lines[1:])
    assert items[1]["author"][0] == {
        "given": "Ursula", "non-dropping-particle": "von der", "family": "Leyen"}


def test_an_interrupted_quotation_exports_only_the_quoted_words() -> None:
    holt = {"id": 9, "article_id": 2, "speaker": "Jane Holt",
            "text": '"We will get through this," … "but it will not be easy for anyone."',
            "parts": [{"start": 0, "end": 28, "text": '"We will get through this,"'},
                      {"start": 40, "end": 78, "text": '"but it will not be easy for anyone."'}]}
    expected = "“We will get through this … but it will not be easy for anyone” — Jane Holt"
    for fmt in ("bibtex", "ris", "csl-json"):
        out = io.StringIO()
        export_quotes(fmt, [holt], {2: ARTICLES[2]}, out)
        text = out.getvalue().replace("\\n", "\n")
        assert expected in text, fmt
        assert "Holt said" not in text and '"' + "but" not in text
