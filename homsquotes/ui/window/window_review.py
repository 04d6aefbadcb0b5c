"""Review mode and the "Needs review" filter: the window's side of core.library.review.

Review mode swaps the central area for the review pane (the table keeps its place and
follows the quote under review, so leaving review lands on it). Each key is one decision,
one undoable library edit; Ctrl+Z undoes it and brings the walk back to that quote.
"""

from __future__ import annotations

from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.core.library import QuoteFilter
from homsquotes.core.library.review import (
    ReviewSession,
    context_segments,
    needs_review_filter,
    review_queue,
)
from homsquotes.core.preferences import get_preference
from homsquotes.ui.qt import QAction, QCheckBox, QKeySequence, QMainWindow, QStackedWidget
from homsquotes.ui.views.review_panel import ReviewPanel


class ReviewMode(QMainWindow):
    """Mixin for MainWindow (listed before EditOperations: it extends undo and the filter)."""

    review_session: ReviewSession | None = None

    def _build_review(self) -> None:
        self.review_panel = ReviewPanel()
        self.central_stack = QStackedWidget()
        self.central_stack.addWidget(self.takeCentralWidget())
        self.central_stack.addWidget(self.review_panel)
        self.setCentralWidget(self.central_stack)

        self.review_action = QAction("&Review Quotes", self, checkable=True)
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action.setToolTip("Walk the unverified quotes, least sure first (Ctrl+R)")
        self.review_action.toggled.connect(self.set_reviewing)
        self.needs_review_action = QAction("&Needs Review Only", self, checkable=True)
        self.needs_review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.needs_review_action.setToolTip(
            "Only quotes not yet verified and below the confidence threshold in Preferences"
        )
        self.needs_review_box = QCheckBox("Needs review")
        self.needs_review_box.setAccessibleName("Needs review filter")
        self.needs_review_box.setToolTip(self.needs_review_action.toolTip())
        self.needs_review_box.toggled.connect(self.needs_review_action.setChecked)
        self.needs_review_action.toggled.connect(self.needs_review_box.setChecked)
        self.needs_review_action.toggled.connect(lambda _on: self.apply_filters())
        view_menu = self.menu_named("&View")
        view_menu.addSeparator()
        view_menu.addAction(self.review_action)
        view_menu.addAction(self.needs_review_action)
        row = self.filters.layout()
        row.insertWidget(max(row.count() - 1, 0), self.needs_review_box)

        panel = self.review_panel
        panel.accept.connect(lambda: self._decide("accept", "Verified quote {id}"))
        panel.not_a_quote.connect(
            lambda: self._decide("not_a_quote", "Removed quote {id}: not a quote (Ctrl+Z to undo)")
        )
        panel.change_kind.connect(
            lambda: self._decide("change_kind", "Quote {id} is now a {result}")
        )
        panel.speaker_fixed.connect(
            lambda name: self._decide("fix_speaker", "Speaker of quote {id} set", name)
        )
        panel.affiliation_fixed.connect(
            lambda text: self._decide("fix_affiliation", "Affiliation of quote {id} set", text)
        )
        panel.skip.connect(lambda: self._move(forward=True))
        panel.back.connect(lambda: self._move(forward=False))
        panel.leave.connect(lambda: self.review_action.setChecked(False))

    def menu_named(self, title: str) -> Any:
        """The menu bar's menu called ``title`` (with its &), made at the end if missing."""
        for action in self.menuBar().actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        return self.menuBar().addMenu(title)

    def review_threshold(self) -> float:
        return float(get_preference("review_threshold"))

    def current_filter(self) -> QuoteFilter:
        base = super().current_filter()  # type: ignore[misc]
        if self.needs_review_action.isChecked():
            return needs_review_filter(base, self.review_threshold())
        return base

    # ---- entering and leaving ----------------------------------------------------------------

    def set_reviewing(self, on: bool) -> None:
        if on == (self.review_session is not None):
            return
        if on:
            self.detail.commit_pending()
            base = self.current_filter()
            if self.model.reader is not None:
                # A big library: the queue (a second or two at a million quotes) is read on
                # the read thread, and review opens when it arrives.
                self.statusBar().showMessage("Preparing the review…")
                self.read_in_background(
                    lambda lib: review_queue(lib, base), lambda ids: self._open_review(ids)
                )
                return
            try:
                ids = review_queue(self.lib, base)
            except HomsquotesError as exc:
                self.statusBar().showMessage(str(exc), 5000)
                self.review_action.setChecked(False)
                return
            self._open_review(ids)
        else:
            last = self.review_session.current_id() if self.review_session else None
            self.review_session = None
            self.review_panel.cancel_edit()
            self.central_stack.setCurrentIndex(0)
            self.refresh_all()
            if last is not None:
                self.select_quote(last)
            self.table.setFocus()
        self.review_action.setChecked(on)

    def _open_review(self, ids: list[int]) -> None:
        if not self.review_action.isChecked():
            return  # left again before the queue arrived
        self.review_session = ReviewSession(self.lib, list(ids))
        self.central_stack.setCurrentWidget(self.review_panel)
        self.show_review_quote()
        self.review_panel.setFocus()
        if not self.review_session.total:
            self.statusBar().showMessage("Nothing to review: every quote shown is verified", 5000)
        else:
            self.statusBar().clearMessage()

    def show_review_quote(self) -> None:
        session = self.review_session
        if session is None:
            return
        quote = session.current()
        segments: list[Any] = []
        names: list[str] = []
        if quote is not None:
            from homsquotes.core.speaker_candidates import candidates_for_quote

            try:
                text = self.lib.article(quote["article_id"]).get("text") or ""
                segments = context_segments(text, quote)
                names = [c.name for c in candidates_for_quote(self.lib, quote)]
            except HomsquotesError as exc:
                self.statusBar().showMessage(str(exc), 5000)
            self.select_quote(int(quote["id"]))  # table and reader follow the review
        reviewed = session.reviewed()
        self.review_panel.show_progress(session.progress(), reviewed, session.total)
        self.review_panel.show_quote(quote, segments, names)

    # ---- decisions -----------------------------------------------------------------------------

    def _decide(self, name: str, message: str, *args: Any) -> None:
        session = self.review_session
        if session is None or session.current_id() is None:
            return
        quote_id = session.current_id()
        result = self.run_change(lambda: getattr(session, name)(*args))
        if result is not None:
            self.statusBar().showMessage(message.format(id=quote_id, result=result), 4000)
        self.show_review_quote()

    def _move(self, forward: bool) -> None:
        session = self.review_session
        if session is None:
            return
        if forward:
            session.next()
        elif not session.back():
            self.statusBar().showMessage("This is the first quote of the review", 3000)
        self.show_review_quote()

    def undo(self) -> str | None:
        done = super().undo()  # type: ignore[misc]
        if self.review_session is not None:
            self.review_session.after_undo(done)
            self.show_review_quote()
        return done

    def redo(self) -> str | None:
        done = super().redo()  # type: ignore[misc]
        if self.review_session is not None:
            self.show_review_quote()
        return done
