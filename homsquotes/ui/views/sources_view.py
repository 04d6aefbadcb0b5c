"""The Sources view: who gets a voice in the current selection, as charts and numbers.

Layout and export only: the window fills it with rows from homsquotes.core.analysis
(``show_data``) whenever its controls or the main window's filter change. The chart exports
as PNG or SVG, the numbers as CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homsquotes.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from homsquotes.ui.views.charts import (
    ChartArea,
    draw_outlets,
    draw_share,
    draw_timeline,
    export_figure,
)

CHARTS = {"share": "Share of voice", "month": "Timeline by month", "outlet": "By outlet"}
GROUPINGS = {
    "category": "Source category",
    "gender": "Referred gender",
    "speaker": "Speaker (top)",
    "outlet": "Outlet",
    "month": "Month",
}
MEASURES = {"words": "Quoted words", "quotes": "Quotes"}
TOP_SPEAKERS = 15


class SourcesView(QWidget):
    """A window of its own (View ▸ Sources); ``changed`` asks the main window for new data."""

    changed = Signal()
    category_chosen = Signal(int, str)  # speaker id, category key ('' = back to the rules)
    gender_chosen = Signal(int, str)  # speaker id, gender key ('' = back to the evidence)

    def __init__(self, categories: dict[str, str], genders: dict[str, str], parent: Any = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Sources — who gets a voice")
        self.setAccessibleName("Sources")
        self.resize(1100, 640)
        self.categories, self.genders = categories, genders
        self.rows: list[dict[str, Any]] = []
        self.columns: list[str] = []

        self.chart_choice = self._combo(CHARTS, "Chart")
        self.grouping = self._combo(GROUPINGS, "Group by")
        self.measure = self._combo(MEASURES, "Count")
        self.export_chart_button = QPushButton("Export &chart…")
        self.export_numbers_button = QPushButton("Export &numbers…")
        self.scope = QLabel()
        self.scope.setAccessibleName("Selection")
        self.scope.setWordWrap(True)
        self.chart = ChartArea()
        self.table = QTableWidget()
        self.table.setAccessibleName("Numbers")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().hide()

        controls = QHBoxLayout()
        for label, combo in (
            ("C&hart:", self.chart_choice),
            ("&Group by:", self.grouping),
            ("C&ount:", self.measure),
        ):
            text = QLabel(label)
            text.setBuddy(combo)
            controls.addWidget(text)
            controls.addWidget(combo)
        controls.addStretch(1)
        controls.addWidget(self.export_chart_button)
        controls.addWidget(self.export_numbers_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.scope)
        layout.addWidget(splitter, 1)

        for combo in (self.chart_choice, self.grouping, self.measure):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.export_chart_button.clicked.connect(self.choose_chart_file)
        self.export_numbers_button.clicked.connect(self.choose_numbers_file)
        self.table.customContextMenuRequested.connect(self._table_menu)

    @staticmethod
    def _combo(choices: dict[str, str], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for key, label in choices.items():
            combo.addItem(label, key)
        return combo

    def choice(self) -> tuple[str, str, str]:
        """(chart, grouping, measure) keys as chosen."""
        return (
            self.chart_choice.currentData(),
            self.grouping.currentData(),
            self.measure.currentData(),
        )

    @staticmethod
    def series_for(chart: str, grouping: str) -> str:
        """What a chart's bars show: the grouping itself for share of voice; for a timeline
        or the outlet comparison, what splits each bar (category when the grouping is the
        chart's own axis, or speakers, too many to tell apart by colour)."""
        if chart == "share":
            return grouping
        return "category" if grouping in ("speaker", chart) else grouping

    def show_data(self, rows: list[dict[str, Any]], scope: str) -> None:
        """Draw the chosen chart from `rows` (voice() rows, or crosstab() cells) and list them."""
        chart, grouping, measure = self.choice()
        series = self.series_for(chart, grouping)
        self.rows = rows
        self.scope.setText(scope)
        figure = self.chart.ensure_figure()
        what = MEASURES[measure].lower()
        if chart == "share":
            title = f"Share of {what} by {GROUPINGS[grouping].lower()}"
            draw_share(figure, rows, grouping, measure, title)
            self.columns = [grouping, "quotes", "words", "share_words", "share_quotes"]
            if grouping == "speaker":
                self.columns += ["category", "gender"]
        elif chart == "month":
            draw_timeline(figure, rows, series, measure, f"{MEASURES[measure]} by month")
            self.columns = ["month", series, "quotes", "words"]
        else:
            title = f"Share of {what} by outlet and {GROUPINGS[series].lower()}"
            draw_outlets(figure, rows, series, measure, title)
            self.columns = ["outlet", series, "quotes", "words"]
        self.chart.redraw()
        self._fill_table()

    def _fill_table(self) -> None:
        self.table.clear()
        self.table.setColumnCount(len(self.columns))
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels([c.replace("_", " ") for c in self.columns])
        for r, row in enumerate(self.rows):
            for c, column in enumerate(self.columns):
                value = row.get(column)
                text = f"{100 * value:.1f}%" if column.startswith("share_") else str(value or "")
                item = QTableWidgetItem(text if value is not None else "")
                if isinstance(value, int | float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # --- export ----------------------------------------------------------------------------

    def export_chart(self, path: str | Path) -> Path:
        return export_figure(self.chart.ensure_figure(), path)

    def export_numbers(self, path: str | Path) -> Path:
        from homsquotes.core.formatting import write_records

        path = Path(path)
        with path.open("w", encoding="utf-8", newline="") as out:
            write_records(
                [{c: r.get(c) for c in self.columns} for r in self.rows],
                "csv",
                out,
                table_columns=self.columns,
            )
        return path

    def choose_chart_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export chart", "sources-chart.png", "PNG image (*.png);;SVG drawing (*.svg)"
        )
        if path:
            self._report(self.export_chart, path)

    def choose_numbers_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export numbers", "sources.csv", "CSV (*.csv)")
        if path:
            self._report(self.export_numbers, path)

    def _report(self, write: Any, path: str) -> None:
        from homsquotes.ui.dialogs import basic as dialogs

        try:
            written = write(path)
        except OSError as exc:
            dialogs.show_error(self, f"{path}: cannot write ({exc.strerror or exc})")
            return
        self.scope.setText(f"Saved {written}")

    # --- editing a speaker from the numbers -----------------------------------------------

    def _table_menu(self, pos: Any) -> None:
        row = self.table.rowAt(pos.y())
        if row < 0 or self.choice()[:2] != ("share", "speaker") or row >= len(self.rows):
            return
        speaker_id = self.rows[row].get("key")
        if speaker_id is None:
            return
        menu = QMenu(self)
        categories = menu.addMenu("Set &category")
        for key, label in self.categories.items():
            categories.addAction(label).triggered.connect(
                lambda _c=False, k=key: self.category_chosen.emit(int(speaker_id), k)
            )
        categories.addSeparator()
        categories.addAction("From the rules").triggered.connect(
            lambda: self.category_chosen.emit(int(speaker_id), "")
        )
        genders = menu.addMenu("Set referred &gender")
        for key, label in self.genders.items():
            genders.addAction(label).triggered.connect(
                lambda _c=False, k=key: self.gender_chosen.emit(int(speaker_id), k)
            )
        genders.addSeparator()
        genders.addAction("From the article's evidence").triggered.connect(
            lambda: self.gender_chosen.emit(int(speaker_id), "")
        )
        menu.exec(self.table.viewport().mapToGlobal(pos))
