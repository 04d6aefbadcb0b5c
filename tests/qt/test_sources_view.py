"""The Sources view: charts that follow the filter, exported as PNG and SVG, numbers as CSV."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

from homsquotes.ui.qt import QImage


def _open_sources(window, qtbot):
    window.open_sources()
    view = window.sources_view
    qtbot.waitUntil(lambda: view.rows != [])
    return view


def test_the_chart_exports_as_a_png_that_shows_it(window, qtbot, tmp_path) -> None:
    view = _open_sources(window, qtbot)
    labels = [r["category"] for r in view.rows]
    assert "Government or official" in labels
    path = view.export_chart(tmp_path / "share.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 600 and image.height() > 300
    # A drawn chart, not a blank page: many pixels are neither white nor one flat colour.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 10


def test_the_chart_exports_as_svg_with_its_labels(window, qtbot, tmp_path) -> None:
    view = _open_sources(window, qtbot)
    path = view.export_chart(tmp_path / "share.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert "Share of quoted words by source category" in text  # text stays editable text
    assert "Government or official" in text
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 5


def test_numbers_export_as_csv_matching_the_table(window, qtbot, tmp_path) -> None:
    view = _open_sources(window, qtbot)
    path = view.export_numbers(tmp_path / "numbers.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["category"] for r in rows] == [r["category"] for r in view.rows]
    from homsquotes.core.library import QuoteFilter

    assert sum(int(r["quotes"]) for r in rows) == window.lib.count_quotes(
        QuoteFilter(kind="direct")
    )
    assert view.table.rowCount() == len(rows)


def test_the_view_follows_the_filter_and_its_controls(window, qtbot) -> None:
    view = _open_sources(window, qtbot)
    everything = sum(r["quotes"] for r in view.rows)
    window.filters.search.setText("negotiating")
    window.apply_filters()
    qtbot.waitUntil(lambda: sum(r["quotes"] for r in view.rows) < everything)
    assert "matching “negotiating”" in view.scope.text()
    view.chart_choice.setCurrentIndex(view.chart_choice.findData("month"))
    qtbot.waitUntil(lambda: view.columns[:2] == ["month", "category"])
    assert {r["month"] for r in view.rows} == {"2014-04"}
    view.chart_choice.setCurrentIndex(view.chart_choice.findData("outlet"))
    view.grouping.setCurrentIndex(view.grouping.findData("gender"))
    qtbot.waitUntil(lambda: view.columns[:2] == ["outlet", "gender"])


def test_detail_pane_says_where_else_a_quote_appears(window, qtbot, lib) -> None:
    from analysis_library import add_article

    seed_quote = next(q for q in lib.quotes() if "deep regret" in q["text"])
    add_article(
        lib,
        "Copy\n\n“It is a matter of deep regret that negotiations were brutally stopped and "
        "violence is now rife again when a comprehensive agreement seemed close at hand,” "
        "Lakhdar Brahimi said.",
        [
            (
                "It is a matter of deep regret that negotiations were brutally stopped and "
                "violence is now rife again when a comprehensive agreement seemed close at hand,",
                "Lakhdar Brahimi",
                "person",
                "Lakhdar Brahimi",
                None,
            )
        ],
        publisher="Wire Agency",
        published="2014-04-20",
    )
    window.refresh_all()
    window.select_quote(seed_quote["id"])
    qtbot.waitUntil(lambda: window.detail.provenance.isVisible())
    assert "Also in 1 article" in window.detail.provenance.text()
    assert "first here" in window.detail.provenance.text()
    window.detail.provenance_requested.emit(seed_quote["id"])
    view = window.provenance_view
    qtbot.waitUntil(lambda: view.groups != [])
    assert view.groups[0]["article_count"] == 2
    assert "Wire Agency" in view.details.toPlainText()


def test_a_category_set_from_the_numbers_moves_the_chart(window, qtbot) -> None:
    from homsquotes.core import analysis

    view = _open_sources(window, qtbot)
    view.grouping.setCurrentIndex(view.grouping.findData("speaker"))
    qtbot.waitUntil(lambda: "speaker" in view.columns)
    row = next(r for r in view.rows if r["speaker"] == "Orwa Nyrabia")
    view.category_chosen.emit(int(row["key"]), "media")
    assert analysis.speaker_profile(window.lib, "Orwa Nyrabia")["category_source"] == "user"
    qtbot.waitUntil(
        lambda: next(r for r in view.rows if r["speaker"] == "Orwa Nyrabia")["category"] == "Media"
    )
    window.undo()
    assert analysis.speaker_profile(window.lib, "Orwa Nyrabia")["category_source"] == "rule"


def test_the_window_loads_matplotlib_only_when_a_chart_is_drawn() -> None:
    import subprocess
    import sys

    code = (
        "import sys, homsquotes.ui.window.main_window, homsquotes.ui.views.sources_view; "
        "print('matplotlib' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert result.stdout.strip() == "False"
