"""Charts for the Sources view, drawn with matplotlib (loaded on first use) in a Qt canvas.

matplotlib rather than QtCharts: QtCharts ships in PySide6-Addons (a 59 MB wheel on top of
PySide6-Essentials) and Qt licenses it under GPLv3 or commercial terms only, which we may
not ship; matplotlib (PSF-style licence; numpy BSD, pillow HPND) exports publication-quality
PNG and SVG. Importing it costs 0.5-4 s on a busy machine, so nothing here is imported until
the Sources view draws its first chart.

Every draw_* function takes plain rows from homsquotes.core.analysis and a Figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from homsquotes.ui.qt import QLabel, Qt, QVBoxLayout, QWidget

EXPORT_DPI = 200
MEASURE_LABELS = {"words": "quoted words", "quotes": "quotes"}
MAX_BARS = 15  # more bars than this are unreadable in a paper's column: the rest are "Other"


class ChartArea(QWidget):
    """A matplotlib figure in the window; created, with matplotlib, on the first draw."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Chart")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel("The chart appears here.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.placeholder)
        self.figure: Any = None
        self.canvas: Any = None

    def ensure_figure(self) -> Any:
        if self.figure is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.figure = Figure(figsize=(7.5, 4.2), layout="constrained")
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setAccessibleName("Chart canvas")
            self.canvas.setMinimumSize(480, 320)  # below this the labels have no room
            self._layout.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
            self._layout.addWidget(self.canvas)
        return self.figure

    def redraw(self) -> None:
        if self.canvas is not None:
            self.canvas.draw_idle()


def export_figure(figure: Any, path: str | Path) -> Path:
    """Write the figure as PNG or SVG, chosen by the file's suffix (PNG when it has none)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        path, fmt = path.with_suffix(".png"), "png"
    from matplotlib import rc_context

    # SVG keeps its text as text, so a journal's editor can restyle or translate the labels.
    with rc_context({"svg.fonttype": "none"}):
        figure.savefig(path, format=fmt, dpi=EXPORT_DPI, bbox_inches="tight", facecolor="white")
    return path


def _colours(names: Sequence[str]) -> dict[str, Any]:
    """One colour per name, the same in every chart for a category or gender; unknown grey."""
    from matplotlib import colormaps

    from homsquotes.core.analysis import CATEGORIES, GENDERS

    palette = list(colormaps["tab10"].colors) + list(colormaps["Dark2"].colors)
    fixed = [c for c in CATEGORIES.values() if c != "Unknown"]
    fixed += [g for g in GENDERS.values() if g != "Unknown"]
    out: dict[str, Any] = {}
    spare = iter(range(len(palette) * 4))
    for name in names:
        if name == "Unknown" or name.startswith("Other ("):
            out[name] = "#9e9e9e"
        elif name in fixed:
            index = fixed.index(name)
            out[name] = palette[index % 10] if index < 10 else palette[10 + index % 8]
        else:
            out[name] = palette[next(spare) % len(palette)]
    return out


def _short(label: str, limit: int = 32) -> str:
    """A bar's label, cut so a long speaker name or title leaves room for the bars."""
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _top(rows: list[dict], key: str, measure: str) -> list[dict]:
    if len(rows) <= MAX_BARS:
        return rows
    kept, rest = rows[: MAX_BARS - 1], rows[MAX_BARS - 1 :]
    other = {key: f"Other ({len(rest)})", measure: sum(r[measure] for r in rest)}
    other["share_" + measure] = sum(r["share_" + measure] for r in rest)
    return [*kept, other]


def draw_share(figure: Any, rows: list[dict], by: str, measure: str, title: str) -> None:
    """Horizontal bars: each value's share of the selection's quoted words (or quotes)."""
    figure.clear()
    ax = figure.add_subplot()
    rows = _top(rows, by, measure)
    labels = [_short(str(r[by])) for r in rows][::-1]
    shares = [100 * r["share_" + measure] for r in rows][::-1]
    colours = _colours([_short(str(r[by])) for r in rows])
    bars = ax.barh(labels, shares, color=[colours[label] for label in labels])
    ax.bar_label(bars, labels=[f"{s:.1f}%" for s in shares], padding=3, fontsize=8)
    ax.set_xlabel(f"share of {MEASURE_LABELS[measure]} (%)")
    ax.set_xlim(0, max([*shares, 1]) * 1.15)
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if not rows:
        ax.text(0.5, 0.5, "No quotes in the selection", ha="center", transform=ax.transAxes)


def _pivot(cells: list[dict], rows_by: str, series_by: str, measure: str):
    row_names = sorted({c[rows_by] for c in cells})
    totals: dict[str, int] = {}
    for c in cells:
        totals[c[series_by]] = totals.get(c[series_by], 0) + c[measure]
    series = sorted(totals, key=lambda s: -totals[s])
    table = {(c[rows_by], c[series_by]): c[measure] for c in cells}
    return row_names, series, table


def draw_timeline(figure: Any, cells: list[dict], series_by: str, measure: str, title: str) -> None:
    """Stacked bars per month, one colour per value of `series_by` (category, gender…)."""
    figure.clear()
    ax = figure.add_subplot()
    months, series, table = _pivot(cells, "month", series_by, measure)
    colours = _colours(series)
    bottoms = [0] * len(months)
    for name in series:
        values = [table.get((m, name), 0) for m in months]
        ax.bar(months, values, bottom=bottoms, label=name, color=colours[name])
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    ax.set_ylabel(MEASURE_LABELS[measure])
    ax.set_title(title, fontsize=11)
    ax.tick_params(axis="x", labelrotation=45 if len(months) > 6 else 0)
    ax.spines[["top", "right"]].set_visible(False)
    if series:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def draw_outlets(figure: Any, cells: list[dict], series_by: str, measure: str, title: str) -> None:
    """Per outlet, a 100% bar split by `series_by`: outlets compared however big they are."""
    figure.clear()
    ax = figure.add_subplot()
    outlets, series, table = _pivot(cells, "outlet", series_by, measure)
    outlets = outlets[::-1]
    totals = {o: sum(table.get((o, s), 0) for s in series) or 1 for o in outlets}
    colours = _colours(series)
    lefts = [0.0] * len(outlets)
    for name in series:
        values = [100 * table.get((o, name), 0) / totals[o] for o in outlets]
        ax.barh(outlets, values, left=lefts, label=name, color=colours[name])
        lefts = [a + v for a, v in zip(lefts, values, strict=True)]
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"share of {MEASURE_LABELS[measure]} (%)")
    ax.set_title(title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if series:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
