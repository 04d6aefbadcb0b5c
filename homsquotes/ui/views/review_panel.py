"""The review pane: one quote at a time, its context with mention and cue marked, one key per
decision. Layout only: the queue, progress and candidates come from core (library.review,
speaker_candidates); the window's ReviewMode mixin makes the edits."""

from __future__ import annotations

import html
from typing import Any

from homsquotes.ui.qt import (
    QAction,
    QCompleter,
    QFont,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPalette,
    QProgressBar,
    QPushButton,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from homsquotes.ui.views.table_columns import confidence_colour

# (signal name, button label, keys): the first key is the one the legend shows.
DECISIONS = (
    ("accept", "&Accept", ("A", "Return", "Enter")),
    ("fix_speaker", "Fix &speaker", ("S",)),
    ("fix_affiliation", "Fix a&ffiliation", ("F",)),
    ("change_kind", "Change &kind", ("K",)),
    ("not_a_quote", "&Not a quote", ("N",)),
    ("skip", "S&kip", ("Right", "J")),
    ("back", "&Back", ("Left", "Backspace")),
)
KEY_NAMES = {"Return": "Enter", "Right": "→", "Left": "←"}
READABLE_WIDTH = 1000


class ReviewPanel(QWidget):
    """Emits one signal per decision; speaker_fixed/affiliation_fixed carry the typed value."""

    accept = Signal()
    change_kind = Signal()
    not_a_quote = Signal()
    skip = Signal()
    back = Signal()
    speaker_fixed = Signal(str)
    affiliation_fixed = Signal(str)
    leave = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Review")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.quote: dict | None = None

        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Review progress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.heading = QLabel()
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.confidence = QProgressBar()
        self.confidence.setRange(0, 100)
        self.confidence.setMaximumWidth(120)
        self.confidence.setMaximumHeight(10)
        self.confidence.setTextVisible(False)
        self.confidence.setAccessibleName("Confidence")

        self.quote_text = QLabel()
        self.quote_text.setWordWrap(True)
        self.quote_text.setAccessibleName("Quote text")
        self.quote_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.quote_text.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        self.quote_text.setFont(big)
        # A label, not a browser: it is as tall as the context, so nothing below floats away.
        self.context = QLabel()
        self.context.setAccessibleName("Context")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context.setFrameShape(QFrame.Shape.StyledPanel)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.context.setMargin(10)
        self.context.setAutoFillBackground(True)
        self.context.setBackgroundRole(QPalette.ColorRole.Base)

        self.speaker = QLabel()
        self.speaker.setAccessibleName("Speaker")
        self.affiliation = QLabel()
        self.affiliation.setAccessibleName("Affiliation")
        self.kind = QLabel()
        self.article = QLabel()
        self.article.setWordWrap(True)
        for label in (self.speaker, self.affiliation, self.kind, self.article):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        strong = QFont(self.speaker.font())
        strong.setBold(True)
        strong.setPointSizeF(strong.pointSizeF() * 1.1)
        self.speaker.setFont(strong)
        self.affiliation.setFont(strong)
        self.speaker_edit = QLineEdit()
        self.speaker_edit.setAccessibleName("New speaker")
        self.speaker_edit.setPlaceholderText("Type a name, or pick one the article names")
        self.candidates = QStringListModel(self)
        completer = QCompleter(self.candidates, self.speaker_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)  # nearest stays first
        completer.setMaxVisibleItems(12)
        self.speaker_edit.setCompleter(completer)
        self.affiliation_edit = QLineEdit()
        self.affiliation_edit.setAccessibleName("New affiliation")
        self.affiliation_edit.setPlaceholderText("Role or organisation, as the article gives it")
        for edit in (self.speaker_edit, self.affiliation_edit):
            edit.hide()
            edit.installEventFilter(self)
        self.speaker_edit.returnPressed.connect(lambda: self._finish_edit(self.speaker_edit))
        completer.activated.connect(lambda _text: self._finish_edit(self.speaker_edit))
        self.affiliation_edit.returnPressed.connect(
            lambda: self._finish_edit(self.affiliation_edit)
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        speaker_row = QVBoxLayout()
        speaker_row.addWidget(self.speaker)
        speaker_row.addWidget(self.speaker_edit)
        affiliation_row = QVBoxLayout()
        affiliation_row.addWidget(self.affiliation)
        affiliation_row.addWidget(self.affiliation_edit)
        form.addRow("Speaker:", speaker_row)
        form.addRow("Affiliation:", affiliation_row)
        form.addRow("Kind:", self.kind)
        form.addRow("Article:", self.article)

        self.buttons: dict[str, QPushButton] = {}
        self.actions_by_name: dict[str, QAction] = {}
        button_row = QHBoxLayout()
        for name, label, keys in DECISIONS:
            key_hint = KEY_NAMES.get(keys[0], keys[0])
            button = QPushButton(f"{label.replace('&', '')}  [{key_hint}]")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys act; Tab stays in the fields
            button.clicked.connect(lambda _c=False, n=name: self.trigger(n))
            button_row.addWidget(button)
            self.buttons[name] = button
            action = QAction(label.replace("&", ""), self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, n=name: self.trigger(n))
            self.addAction(action)
            self.actions_by_name[name] = action
        button_row.addStretch(1)
        leave = QAction("Leave review", self)
        leave.setShortcut(QKeySequence("Escape"))
        leave.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.triggered.connect(self.leave)
        self.addAction(leave)
        self.legend = QLabel(
            "Keys: A or Enter accept · S speaker · F affiliation · K kind · N not a quote · "
            "→ skip · ← back · Ctrl+Z undo · Esc leave review"
        )
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)  # greyed: a hint, not content

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.confidence)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        column = QVBoxLayout()
        column.addLayout(top)
        column.addWidget(self.progress_bar)
        column.addSpacing(8)
        column.addWidget(self.quote_text)
        column.addSpacing(4)
        column.addWidget(self.context)
        column.addSpacing(8)
        column.addLayout(form)
        column.addSpacing(8)
        column.addLayout(button_row)
        column.addWidget(self.legend)
        column.addStretch(1)
        # A readable measure: the review reads like a page, centred, on wide screens.
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(READABLE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addStretch(1)
        layout.addWidget(page, 100)
        layout.addStretch(1)

    # ---- showing -----------------------------------------------------------------------------

    def show_progress(self, text: str, reviewed: int, total: int) -> None:
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(reviewed)

    def show_quote(self, quote: dict | None, segments: list[Any], candidates: list[str]) -> None:
        """Show a quote (segments: core.library.review.Segment), or the end of the queue."""
        self.cancel_edit()
        self.quote = quote
        for button in self.buttons.values():
            button.setEnabled(quote is not None)
        self.buttons["back"].setEnabled(True)
        if quote is None:
            self.heading.setText("Review finished")
            self.quote_text.setText("Every quote in this review has been seen. Esc leaves review.")
            self.context.setText("")
            for label in (self.speaker, self.affiliation, self.kind, self.article):
                label.clear()
            self.confidence.hide()
            return
        confidence = quote.get("confidence")
        sure = "unknown" if confidence is None else f"{float(confidence):.2f}"
        self.heading.setText(f"Quote {quote['id']} · {quote.get('status')} · confidence {sure}")
        self.confidence.setVisible(confidence is not None)
        self.confidence.setValue(round(float(confidence or 0) * 100))
        self.quote_text.setText(quote.get("text") or "")
        self.context.setText(segments_html(segments))
        colour = confidence_colour(float(confidence or 0)).name()
        self.confidence.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.speaker.setText(quote.get("speaker") or "— no speaker —")
        self.affiliation.setText(quote.get("affiliation") or "— none —")
        # A missing value reads as a greyed placeholder, not as a bold name.
        self.speaker.setEnabled(bool(quote.get("speaker")))
        self.affiliation.setEnabled(bool(quote.get("affiliation")))
        self.kind.setText(quote.get("kind") or "direct")
        self.article.setText(quote.get("article_title") or "")
        self.candidates.setStringList(candidates)

    # ---- keys ----------------------------------------------------------------------------------

    def trigger(self, name: str) -> None:
        if self.editing() or (self.quote is None and name != "back"):
            return
        if name == "fix_speaker":
            self._start_edit(self.speaker_edit, self.quote.get("speaker") if self.quote else "")
        elif name == "fix_affiliation":
            self._start_edit(
                self.affiliation_edit, self.quote.get("affiliation") if self.quote else ""
            )
        else:
            getattr(self, name).emit()

    def editing(self) -> bool:
        return self.speaker_edit.isVisible() or self.affiliation_edit.isVisible()

    def _start_edit(self, edit: QLineEdit, value: str | None) -> None:
        for action in self.actions_by_name.values():
            action.setEnabled(False)  # letters type into the field now
        edit.setText(value or "")
        edit.show()
        edit.setFocus()
        edit.selectAll()
        if edit is self.speaker_edit and self.candidates.rowCount():
            completer = edit.completer()
            completer.setCompletionPrefix("")
            completer.complete()  # the article's names, nearest the quote first

    def _finish_edit(self, edit: QLineEdit) -> None:
        if not edit.isVisible():
            return
        value = edit.text()
        self.cancel_edit()
        (self.speaker_fixed if edit is self.speaker_edit else self.affiliation_fixed).emit(value)

    def cancel_edit(self) -> None:
        for edit in (self.speaker_edit, self.affiliation_edit):
            if edit.isVisible():
                edit.completer() and edit.completer().popup().hide()
                edit.hide()
        for action in self.actions_by_name.values():
            action.setEnabled(True)
        if self.isVisible():
            self.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Esc in a field cancels the fix (not the whole review).
        from homsquotes.ui.qt import QEvent

        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and watched in (self.speaker_edit, self.affiliation_edit)
        ):
            self.cancel_edit()
            return True
        return super().eventFilter(watched, event)


ROLE_STYLE = {
    "quote": "background-color: rgba(80, 140, 230, 0.28);",
    "mention": "font-weight: bold; text-decoration: underline;",
    "cue": "font-style: italic; text-decoration: underline;",
}


def segments_html(segments: list[Any]) -> str:
    out = []
    for segment in segments:
        text = html.escape(segment.text).replace("\n\n", "<br><br>").replace("\n", "<br>")
        style = ROLE_STYLE.get(segment.role)
        out.append(f'<span style="{style}">{text}</span>' if style else text)
    return "<p style='line-height: 135%'>" + "".join(out) + "</p>"
