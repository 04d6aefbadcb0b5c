"""The detail pane: every editable field of the selected quote.

Each field emits ``field_edited(quote_id, field, value)`` when the user finishes
with it (Enter, focus leaving, a new choice); the window writes that at once as
one undoable library edit.
"""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from homsquotes.ui.views.quote_table_model import KINDS, STATUSES


class CommitOnFocusOut(QPlainTextEdit):
    """A multi-line field that reports its text when focus leaves it."""

    committed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class DetailEditor(QScrollArea):
    field_edited = Signal(int, str, object)
    split_requested = Signal(int)  # split a quote kept whole into its marked parts
    provenance_requested = Signal(int)  # quote id: open the Provenance view on its group

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quote details")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.quote: dict | None = None
        self._loading = False

        self.heading = QLabel("No quote selected")
        self.heading.setObjectName("detailHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.quote_text = QLabel()
        self.quote_text.setWordWrap(True)
        self.quote_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_text.setAccessibleName("Quote text")
        self.quote_text.setObjectName("quoteText")
        self.quote_text.setStyleSheet(
            "QLabel#quoteText { border-left: 3px solid palette(highlight);"
            " padding: 2px 0 2px 8px; }"
        )
        self.article = QLabel()
        self.article.setWordWrap(True)
        self.article.setAccessibleName("Article")
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setAccessibleName("Missing citation details")
        self.missing.setStyleSheet("color: #b36b00")
        # A quote an upgrade asks the user to look at again (an interrupted quotation they had
        # edited or verified, kept whole): the note, and the two ways to settle it.
        self.review = QWidget()
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_note.setAccessibleName("Needs review")
        self.review_note.setStyleSheet("color: #b36b00")
        self.split_button = QPushButton("Split into parts")
        self.split_button.setToolTip("Keep only the quoted words, part by part")
        self.keep_button = QPushButton("Keep whole")
        self.keep_button.setToolTip("Keep the text as it is and clear this note")
        review_layout = QVBoxLayout(self.review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.split_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        review_layout.addLayout(buttons)
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setAccessibleName("Provenance")
        self.provenance.linkActivated.connect(
            lambda _link: self.quote and self.provenance_requested.emit(int(self.quote["id"]))
        )
        self.provenance.hide()

        self.speaker = QLineEdit()
        self.speaker_names = QStringListModel(self)
        completer = QCompleter(self.speaker_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.affiliation = QLineEdit()
        self.context = CommitOnFocusOut()
        fit_lines(self.context, 5)
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.note = CommitOnFocusOut()
        fit_lines(self.note, 3)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma-separated")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, widget in (
            ("&Speaker:", self.speaker),
            ("A&ffiliation:", self.affiliation),
            ("Con&text:", self.context),
            ("&Kind:", self.kind),
            ("St&atus:", self.status),
            ("&Note:", self.note),
            ("Ta&gs:", self.tags),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.quote_text)
        layout.addWidget(self.article)
        layout.addWidget(self.missing)
        layout.addWidget(self.review)
        layout.addWidget(self.provenance)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(body)

        self.speaker.editingFinished.connect(lambda: self._commit("speaker", self.speaker.text()))
        self.affiliation.editingFinished.connect(
            lambda: self._commit("affiliation", self.affiliation.text())
        )
        self.context.committed.connect(lambda: self._commit("context", self.context.toPlainText()))
        self.note.committed.connect(lambda: self._commit("note", self.note.toPlainText()))
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentText()))
        self.status.activated.connect(lambda _i: self._commit("status", self.status.currentText()))
        self.tags.editingFinished.connect(
            lambda: self._commit("tags", split_tags(self.tags.text()))
        )
        self.split_button.clicked.connect(
            lambda: self.quote and self.split_requested.emit(int(self.quote["id"]))
        )
        self.keep_button.clicked.connect(lambda: self._commit("review", None))
        self.show_quote(None)

    def set_speaker_names(self, names: list[str]) -> None:
        self.speaker_names.setStringList(names)

    def show_missing(self, missing: list[str]) -> None:
        """Say which citation details the article lacks (the style then prints "n.d." etc.)."""
        self.missing.setText(
            f"Citation lacks: {', '.join(missing)} — <a href='details'>Edit details…</a>"
            if missing else "")
        self.missing.setVisible(bool(missing))

    def show_provenance(self, found: dict | None) -> None:
        """ "Also in 3 articles (first: Reuters, 2014-04-17)", from core.analysis.also_in."""
        if not found:
            self.provenance.clear()
            self.provenance.hide()
            return
        n = found["other_articles"]
        if found["is_first"]:
            first = "first here"
        else:
            where = found["first_outlet"] or found["first_title"] or "another article"
            first = f"first: {_escape(where)}, {_escape(found['first_published'] or 'undated')}"
        self.provenance.setText(
            f'<a href="provenance">Also in {n} article{"s" if n != 1 else ""}</a> ({first})'
        )
        self.provenance.show()

    def commit_pending(self) -> None:
        """Write any field the user changed but has not left yet (before a reload or on close)."""
        if self.quote is None or self._loading:
            return
        self._commit("speaker", self.speaker.text())
        self._commit("affiliation", self.affiliation.text())
        self._commit("context", self.context.toPlainText())
        self._commit("note", self.note.toPlainText())
        self._commit("tags", split_tags(self.tags.text()))

    def show_quote(self, quote: dict | None, missing: list[str] | None = None) -> None:
        self.commit_pending()  # a refresh must never throw away what is being typed
        self._loading = True
        self.quote = quote
        enabled = quote is not None and not getattr(self, "read_only", False)
        for w in (
            self.speaker,
            self.affiliation,
            self.context,
            self.kind,
            self.status,
            self.note,
            self.tags,
        ):
            w.setEnabled(enabled)
        if quote is None:
            self.heading.setText("No quote selected")
            self.quote_text.setText("Select a quote in the table, or in the article text.")
            self.article.clear()
            self.missing.clear()
            self.article.hide()
            self.missing.hide()
            self.review.hide()
            self.provenance.hide()
            for w in (self.speaker, self.affiliation, self.tags):
                w.clear()
            self.context.clear()
            self.note.clear()
        else:
            self.heading.setText(f"Quote {quote['id']}")
            self.quote_text.setText(quote.get("text") or "")
            self.article.setText(f"from <i>{_escape(quote.get('article_title') or '')}</i>")
            self.article.setVisible(bool(quote.get("article_title")))
            if missing is not None:  # else keep the last answer until the window checks again
                self.show_missing(missing)
            self.review_note.setText(f"Needs review: {quote['review']}" if quote.get("review")
                                     else "")
            self.review.setVisible(bool(quote.get("review")))
            self.speaker.setText(quote.get("speaker") or "")
            self.affiliation.setText(quote.get("affiliation") or "")
            self.context.setPlainText(quote.get("context") or "")
            self.kind.setCurrentText(quote.get("kind") or "direct")
            self.status.setCurrentText(quote.get("status") or "auto")
            self.note.setPlainText(quote.get("note") or "")
            self.tags.setText(", ".join(quote.get("tags") or []))
        self._loading = False

    def _commit(self, field: str, value: Any) -> None:
        if self._loading or self.quote is None:
            return
        current = self.quote.get(field)
        if field == "tags":
            if list(value) == list(current or []):
                return
        elif field == "review":  # only ever cleared from here
            if current is None:
                return
        else:
            value = value.strip() if isinstance(value, str) else value
            if (value or "") == (current or ""):
                return
            value = value or None
        # Remember the new value first: the edit makes the window reload this pane.
        self.quote = {**self.quote, field: value}
        self.field_edited.emit(int(self.quote["id"]), field, value)


def fit_lines(edit: QPlainTextEdit, lines: int) -> None:
    """Height for exactly ``lines`` whole lines, so none shows cut in half at rest."""
    margin = int(edit.document().documentMargin())
    edit.setFixedHeight(
        edit.fontMetrics().lineSpacing() * lines + 2 * margin + 2 * edit.frameWidth()
    )


def split_tags(text: str) -> list[str]:
    seen: list[str] = []
    for tag in text.split(","):
        tag = tag.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


def _escape(text: str) -> str:
    import html

    return html.escape(text)
