"""Article › Edit Details…: the article's bibliographic details with a live citation preview.

Layout only; the values, checks, saving and preview are homsquotes.core.article_details.
"""

from __future__ import annotations

from typing import Any

from homsquotes.core import article_details as core
from homsquotes.ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ArticleDetailsDialog(QDialog):
    """The form; ``details()`` gives what the user typed once the dialog is accepted."""

    def __init__(self, details: core.ArticleDetails, article_text: str = "",
                 style: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self.setAccessibleName("Article details")
        self.resize(760, 620)
        self.article_text = article_text
        self.style_name = style
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {"title": "&Title:", "short_title": "S&hort title:", "publisher": "&Publisher:",
                  "published": "&Date published:", "accessed": "&Accessed:", "url": "&URL:",
                  "language": "&Language:"}
        hints = {"published": "YYYY-MM-DD", "accessed": "YYYY-MM-DD (when you read it online)",
                 "url": "https://…", "language": "en, fr, ar…"}
        for name in core.TEXT_FIELDS:
            edit = QLineEdit(getattr(details, name))
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            edit.setPlaceholderText(hints.get(name, ""))
            edit.textChanged.connect(self.update_preview)
            self.fields[name] = edit
            if name == "title":
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                self.sentence_case_button = QPushButton("Sentence &case")
                self.sentence_case_button.setToolTip(
                    "Lower-case the words the article never capitalises mid-sentence (APA)")
                self.sentence_case_button.clicked.connect(self.apply_sentence_case)
                row.addWidget(self.sentence_case_button)
                form.addRow(QLabel(labels[name], buddy=edit), row)
            else:
                form.addRow(labels[name], edit)

        self.authors = QTableWidget(0, len(core.AUTHOR_COLUMNS))
        self.authors.setAccessibleName("Authors")
        self.authors.setHorizontalHeaderLabels([h for _k, h in core.AUTHOR_COLUMNS])
        for column, (key, _heading) in enumerate(core.AUTHOR_COLUMNS):
            self.authors.horizontalHeaderItem(column).setToolTip(core.AUTHOR_COLUMN_HELP[key])
        self.authors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.authors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for parts in details.authors:
            self._append_author(parts)
        self.authors.itemChanged.connect(self.update_preview)
        self.new_author = QLineEdit()
        self.new_author.setAccessibleName("New author")
        self.new_author.setPlaceholderText('Type a name: "Ursula von der Leyen", '
                                           '"Beethoven, Ludwig van", "Reuters"')
        self.new_author.returnPressed.connect(self.add_author)
        add = QPushButton("A&dd author")
        add.clicked.connect(self.add_author)
        remove = QPushButton("&Remove author")
        remove.clicked.connect(self.remove_author)
        author_row = QHBoxLayout()
        author_row.addWidget(self.new_author, 1)
        author_row.addWidget(add)
        author_row.addWidget(remove)

        self.preview = QLabel()
        self.preview.setAccessibleName("Citation preview")
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Auth&ors (each name in its parts):", buddy=self.authors))
        layout.addWidget(self.authors, 1)
        layout.addLayout(author_row)
        self.preview_heading = QLabel("<b>Citation preview</b>")
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.update_preview()

    # --- values ------------------------------------------------------------------------------

    def details(self) -> core.ArticleDetails:
        values = {name: edit.text() for name, edit in self.fields.items()}
        authors = []
        for row in range(self.authors.rowCount()):
            cells = [(self.authors.item(row, c).text() if self.authors.item(row, c) else "")
                     for c in range(self.authors.columnCount())]
            parts = core.author_from_row(cells)
            if parts:
                authors.append(parts)
        return core.ArticleDetails(**values, authors=authors)

    def _append_author(self, parts: dict[str, str]) -> None:
        row = self.authors.rowCount()
        self.authors.insertRow(row)
        for column, text in enumerate(core.author_row(parts)):
            self.authors.setItem(row, column, QTableWidgetItem(text))

    # --- actions -----------------------------------------------------------------------------

    def add_author(self) -> None:
        parts = core.author_from_text(self.new_author.text())
        if parts:
            self.authors.blockSignals(True)
            self._append_author(parts)
            self.authors.blockSignals(False)
            self.new_author.clear()
            self.update_preview()

    def remove_author(self) -> None:
        rows = sorted({i.row() for i in self.authors.selectedIndexes()}, reverse=True)
        if not rows and self.authors.rowCount():
            rows = [self.authors.rowCount() - 1]
        for row in rows:
            self.authors.removeRow(row)
        self.update_preview()

    def apply_sentence_case(self) -> None:
        title = self.fields["title"]
        title.setText(core.sentence_cased_title(title.text(), self.article_text))

    def update_preview(self, *_args: Any) -> None:
        details = self.details()
        self.fields["short_title"].setPlaceholderText(
            core.derived_short_title(details.title) or "derived from the title")
        issues = core.problems(details)
        self.problem.setText(" ".join(issues))
        if issues:
            return
        shown = core.preview(details, self.style_name)
        self.preview_heading.setText(f"<b>Citation preview</b> ({shown.style_title})")
        lacking = (f"<br><i>Lacks: {', '.join(shown.missing)}</i>" if shown.missing else "")
        self.preview.setText(f"<i>In the text:</i> {shown.in_text_html}<br>"
                             f"<i>Reference:</i> {shown.reference_html}{lacking}")

    def _accept(self) -> None:
        issues = core.problems(self.details())
        if issues:
            self.problem.setText(" ".join(issues))
            return
        self.accept()
