"""The speakers sidebar: readable in a narrow column (full names in tooltips, aligned headers)."""

from __future__ import annotations

from homsquotes.ui.qt import Qt
from homsquotes.ui.views.speakers_view import SpeakersView

SPEAKERS = [
    {"name": "Syrian state television", "type": "organisation", "quote_count": 2, "aliases": []},
    {"name": "Ban Ki-moon", "type": "person", "quote_count": 1, "aliases": ["Ban", "Ki-moon"]},
]


def test_tooltip_gives_the_full_name_and_any_aliases(qtbot):
    view = SpeakersView()
    qtbot.addWidget(view)
    view.set_speakers(SPEAKERS)
    tips = {
        view.model.index(r, 0).data(): view.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(view.model.rowCount())
    }
    assert tips["Syrian state television"] == "Syrian state television"
    assert tips["Ban Ki-moon"] == "Ban Ki-moon\nAlso: Ban; Ki-moon"


def test_headers_sit_over_their_columns_text(qtbot):
    view = SpeakersView()
    qtbot.addWidget(view)
    view.set_speakers(SPEAKERS)
    model = view.model
    horizontal = Qt.Orientation.Horizontal
    alignment = Qt.ItemDataRole.TextAlignmentRole
    for column in range(model.columnCount()):
        header = Qt.AlignmentFlag(model.headerData(column, horizontal, alignment))
        cell = model.index(0, column).data(alignment)
        cell = Qt.AlignmentFlag(cell) if cell is not None else Qt.AlignmentFlag.AlignLeft
        assert header & Qt.AlignmentFlag.AlignHorizontal_Mask == (
            cell & Qt.AlignmentFlag.AlignHorizontal_Mask
        )
    assert model.headerData(2, horizontal, alignment) & Qt.AlignmentFlag.AlignRight
