"""Edits from the table, detail pane, reader and menus: each one undoable library change."""

from __future__ import annotations

from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.ui.dialogs import basic as dialogs
from homsquotes.ui.qt import QApplication, QMainWindow
from homsquotes.ui.views.article_list import plural
from homsquotes.ui.window.field_undo import has_own_step
from homsquotes.ui.workers import LibraryJob


class EditOperations(QMainWindow):
    """Mixin for MainWindow: writes go through the library (one undoable change each)."""

    def edit_field(self, quote_id: int, field: str, value: Any) -> None:
        # The model writes the edit and announces the row; _after_table_edit refreshes views,
        # and a refused edit comes back through model.edit_failed as a dialog.
        self.model.edit(quote_id, **{field: value})

    def split_quote(self, quote_id: int) -> None:
        """Split a quote kept whole over the reporter's words into its marked parts."""

        def split() -> bool:
            parts = self.lib.suggested_parts(quote_id)
            if parts is None:
                return False
            self.lib.edit_quote(quote_id, parts=parts)
            return True

        done = self.run_change(split)
        if done is False:
            self.statusBar().showMessage("This quote is not made of several marked parts", 5000)
        elif done:
            self.statusBar().showMessage("Split into parts (Ctrl+Z to undo)", 5000)

    def _after_table_edit(self, top_left: Any, bottom_right: Any) -> None:
        # A one-row dataChanged is an edit (table or detail pane): refresh what shows that quote.
        # Deliberately NOT re-running the filter: a quote edited out of the current filter
        # (status "auto" -> "verified" under an "Auto" filter, a new speaker under a speaker
        # filter) stays listed, repainted with its new values, until the filter changes or the
        # library is reloaded (Reload, undo/redo, imports, outside writes). As in Calibre, the
        # row being worked on never vanishes under the cursor or takes the detail pane with it.
        row = top_left.row()
        if row != bottom_right.row() or row >= len(self.model.ids):
            return
        self._seen_version = self._data_version()
        if self.model.ids[row] == self.current_quote_id():
            quote = self.model.quote_at(row)
            self.detail.show_quote(quote)
            self.citation_check.start()
        self.refresh_sidebars()  # speaker names and counts may have changed
        self.update_counts()

    def run_change(self, change: Any, message: str = "") -> Any:
        """Run a quick library write on the UI connection; errors become a dialog."""
        try:
            result = change()
        except HomsquotesError as exc:
            dialogs.show_error(self, str(exc))
            return None
        self.refresh_all()
        if message:
            self.statusBar().showMessage(message, 5000)
        return result

    def undo(self) -> str | None:
        """Undo typing in the focused filter field, else the last library change (its name)."""
        if (edit := self.filters.focused_text_edit()) is not None:
            edit.undo()
            return None
        if has_own_step(focused := QApplication.focusWidget(), redo=False):
            focused.undo()  # typing in a detail field comes back before any library change
            return None
        done = self.run_change(self.lib.undo)
        self.statusBar().showMessage(f"Undone: {done}" if done else "Nothing to undo", 4000)
        return done

    def redo(self) -> str | None:
        if has_own_step(focused := QApplication.focusWidget(), redo=True):
            focused.redo()
            return None
        done = self.run_change(self.lib.redo)
        self.statusBar().showMessage(f"Redone: {done}" if done else "Nothing to redo", 4000)
        return done

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        ids = [self.model.quote_id(r) for r in rows]
        if not ids:
            return

        def delete() -> None:
            for qid in ids:
                self.lib.delete_quote(qid)

        self.run_change(delete, f"Deleted {plural(len(ids), 'quote')} (Ctrl+Z to undo)")
        if self.model.rowCount():
            self.select_row(min(rows[0], self.model.rowCount() - 1))

    def add_quote_from_reader(self) -> None:
        offsets = self.reader.selected_offsets()
        if offsets is None or self.reader.article_id is None:
            self.statusBar().showMessage(
                "Select the quotation's words in the article text first", 4000
            )
            return
        self.add_quote(*offsets)

    def add_quote(self, start: int, end: int) -> LibraryJob | None:
        article_id = self.reader.article_id
        if article_id is None:
            return None
        # Guessing the speaker may load the language model, so it runs off the UI thread.
        return self.jobs.start(
            lambda lib, _progress, _cancel: lib.add_quote(article_id, start, end),
            "Adding quote…",
            on_done=lambda quote_id: (
                self.show_added_quote(int(quote_id)) if quote_id is not None else None
            ),
        )

    def show_added_quote(self, quote_id: int) -> None:
        """Select a quote just added; if the filters hide it, clear them so it shows, and say so
        (typing must never land in another quote the detail pane jumped to)."""
        if self.select_quote(quote_id):
            self.statusBar().showMessage(f"Added quote {quote_id} (Ctrl+Z to undo)", 5000)
            return
        article = self.articles.current_article_id()
        self.filters.clear()
        if hasattr(self, "needs_review_action"):
            self.needs_review_action.setChecked(False)
        self.apply_filters()
        if article is not None:
            self.articles.select_article(article, emit=False)
        self.select_quote(quote_id)
        self.statusBar().showMessage(
            f"Added quote {quote_id}; the filters hid it, so they were cleared", 8000
        )
