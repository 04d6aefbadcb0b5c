"""The window's source analysis and provenance: the Sources and Provenance views, the
detail pane's "Also in N articles" line, and the first-use rebuild of a migrated library.

The views follow the main window's filter (the article list and the filter bar). Their
numbers come from homsquotes.core.analysis; on a big library they are read on the read
thread, like the quote table's rows.
"""

from __future__ import annotations

from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.qt import QMainWindow, QMenu

# The Provenance view lists the most widely carried quotations first; this many at most.
GROUPS_SHOWN = 500


def describe_filter(flt: Any, article_title: str | None) -> str:
    """The selection in words, under the chart: what a reader of the figure must know."""
    parts = [{"direct": "Direct quotes", "term": "Terms"}.get(flt.kind, "All quotes")]
    if article_title:
        parts.append(f"in “{article_title}”")
    if flt.search:
        parts.append(f"matching “{flt.search}”")
    if flt.speaker:
        parts.append(f"by {flt.speaker}")
    if flt.tag:
        parts.append(f"tagged {flt.tag}")
    if flt.status:
        parts.append(f"with status {flt.status}")
    return " ".join(parts)


class AnalysisViews(QMainWindow):
    """Mixin for MainWindow."""

    sources_view: Any = None
    provenance_view: Any = None

    def _add_analysis_actions(self, view_menu: QMenu) -> None:
        view_menu.addSeparator()
        self._action(view_menu, "S&ources and share of voice", self.open_sources, "Ctrl+6")
        self._action(view_menu, "Pro&venance", lambda: self.open_provenance(), "Ctrl+7")

    def _analysis_pending(self) -> bool:
        from homsquotes.core.analysis.maintenance import is_pending

        try:
            return is_pending(self.lib)
        except HomsquotesError:
            return False

    def start_pending_analysis(self, pending: bool | None = None) -> None:
        """A library from before version 5 gets its categories, gender and groups once.
        `pending`: the answer already read (at start-up, before any background read)."""
        if not (self._analysis_pending() if pending is None else pending):
            return
        from homsquotes.core.analysis import ensure_current

        self.jobs.start(
            lambda lib, _progress, _cancel: ensure_current(lib),
            "Analysing sources and provenance…",
            lambda _result: self.refresh_analysis_views(),
        )

    def _analysis_read(self, query: Any, on_done: Any) -> None:
        """Run query(lib) after catching up with edits; on the read thread if the library is big."""
        if self._analysis_pending():
            return  # the first-use rebuild is running; it refreshes the views when done

        def read(lib: Any) -> Any:
            from homsquotes.core.analysis import ensure_current

            ensure_current(lib)
            return query(lib)

        if self.model.reader is not None:
            self.read_in_background(read, on_done)
            return
        try:
            on_done(read(self.lib))
        except HomsquotesError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    # --- the detail pane ---------------------------------------------------------------------

    def show_quote_provenance(self, quote: dict) -> None:
        from homsquotes.core.analysis import also_in

        quote_id = int(quote["id"])
        if self._analysis_pending():
            self.detail.show_provenance(None)
            return
        try:
            found = also_in(self.lib, quote_id)
        except HomsquotesError:
            found = None
        if self.detail.quote is not None and int(self.detail.quote["id"]) == quote_id:
            self.detail.show_provenance(found)

    # --- Sources -----------------------------------------------------------------------------

    def open_sources(self) -> None:
        if self.sources_view is None:
            from homsquotes.core.analysis import CATEGORIES, GENDERS
            from homsquotes.ui.views.sources_view import SourcesView

            self.sources_view = SourcesView(CATEGORIES, GENDERS, self)
            self.sources_view.changed.connect(self.refresh_sources)
            self.sources_view.category_chosen.connect(self._set_category)
            self.sources_view.gender_chosen.connect(self._set_gender)
        self.sources_view.show()
        self.sources_view.raise_()
        self.sources_view.activateWindow()
        self.refresh_sources()

    def refresh_sources(self) -> None:
        view = self.sources_view
        if view is None or not view.isVisible():
            return
        from homsquotes.core.analysis import crosstab, voice
        from homsquotes.ui.views.sources_view import TOP_SPEAKERS

        chart, grouping, _measure = view.choice()
        flt = self.current_filter()
        if flt.kind == "all":
            flt.kind = "direct"  # terms are not voices
        series = view.series_for(chart, grouping)
        title = None
        if flt.article_id is not None:
            rows = self.articles.list_model.rows
            title = next((t for row_id, t, _d in rows if row_id == flt.article_id), None)
        scope = describe_filter(flt, title)

        def query(lib: Any) -> list[dict]:
            if chart == "share":
                top = TOP_SPEAKERS if grouping == "speaker" else None
                return voice(lib, grouping, flt, top=top)
            return crosstab(lib, chart, series, flt)

        self._analysis_read(query, lambda rows: view.show_data(rows, scope))

    def _set_category(self, speaker_id: int, key: str) -> None:
        from homsquotes.core.analysis import set_speaker_category

        self.run_change(lambda: set_speaker_category(self.lib, speaker_id, key or None))

    def _set_gender(self, speaker_id: int, key: str) -> None:
        from homsquotes.core.analysis import set_speaker_gender

        self.run_change(lambda: set_speaker_gender(self.lib, speaker_id, key or None))

    # --- Provenance --------------------------------------------------------------------------

    def open_provenance(self, quote_id: int | None = None) -> None:
        if self.provenance_view is None:
            from homsquotes.ui.views.provenance_view import ProvenanceView

            self.provenance_view = ProvenanceView(self)
            self.provenance_view.min_articles_changed.connect(lambda _n: self.refresh_provenance())
            self.provenance_view.quote_activated.connect(self.select_quote)
        view = self.provenance_view
        if quote_id is not None and view.min_articles.value() > 2:
            view.min_articles.setValue(2)
        view.show()
        view.raise_()
        view.activateWindow()
        self.refresh_provenance(quote_id)

    def refresh_provenance(self, quote_id: int | None = None) -> None:
        view = self.provenance_view
        if view is None or not view.isVisible():
            return
        from homsquotes.core.analysis import provenance

        minimum = view.min_articles.value()
        article_id = self.current_filter().article_id

        def query(lib: Any) -> tuple[list[dict], int | None, int]:
            with lib._lock:
                lib._check_open()
                ids = provenance.group_ids(lib.db, minimum, article_id)
                group = provenance.group_id_of(lib.db, quote_id) if quote_id is not None else None
                shown = ids[:GROUPS_SHOWN]
                if group is not None and group in ids and group not in shown:
                    shown.append(group)
                groups = [provenance.describe_group(lib.db, g) for g in shown]
            return [g for g in groups if g is not None], group, len(ids)

        self._analysis_read(query, lambda found: view.set_groups(*found))

    def refresh_analysis_views(self) -> None:
        """After a filter change or a write: redraw whichever analysis view is open.

        With neither open, a small library still catches up with the write at once, so the
        detail pane's "Also in N articles" counts a quote just added by hand."""
        views = (self.sources_view, self.provenance_view)
        if not any(v is not None and v.isVisible() for v in views):
            if self.model.reader is None and not self._analysis_pending():
                from homsquotes.core.analysis import ensure_current

                try:
                    ensure_current(self.lib)
                except HomsquotesError as exc:
                    self.statusBar().showMessage(str(exc), 5000)
            return
        try:
            self.refresh_sources()
            self.refresh_provenance()
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
