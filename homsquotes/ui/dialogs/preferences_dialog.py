"""Preferences: default citation style (with a preview), review threshold, font size, theme and
how many backups to keep. Values live in core.preferences; this is the form."""

from __future__ import annotations

from typing import Any

from homsquotes.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    Qt,
    QVBoxLayout,
)

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


class PreferencesDialog(QDialog):
    def __init__(self, parent: Any = None, sample: Any = None) -> None:
        """``sample``: (quote dict, ArticleMeta) to preview citations with, or None."""
        from homsquotes.core.preferences import THEMES, get_default_style, get_preference
        from homsquotes.ui.clipboard import style_choices

        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")
        self.sample = sample
        self.style = QComboBox()
        self.style.setAccessibleName("Default citation style")
        for name, label in style_choices():
            self.style.addItem(label, name)
        index = self.style.findData(get_default_style())
        self.style.setCurrentIndex(max(index, 0))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAccessibleName("Citation preview")
        self.preview.setMinimumWidth(420)
        self.threshold = QDoubleSpinBox()
        self.threshold.setAccessibleName("Review threshold")
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(float(get_preference("review_threshold")))
        self.threshold.setToolTip("“Needs review” lists unverified quotes less sure than this")
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName("Font size")
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText("System default")
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(int(get_preference("font_size")))
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for name in THEMES:
            self.theme.addItem(THEME_LABELS[name], name)
        self.theme.setCurrentIndex(max(self.theme.findData(get_preference("theme")), 0))
        self.backups = QSpinBox()
        self.backups.setAccessibleName("Backups to keep")
        self.backups.setRange(0, 100)
        self.backups.setValue(int(get_preference("backup_count")))

        form = QFormLayout()
        form.addRow("Default citation &style:", self.style)
        form.addRow("", self.preview)
        form.addRow("&Needs review below confidence:", self.threshold)
        form.addRow("&Font size:", self.font_size)
        form.addRow("&Theme:", self.theme)
        form.addRow("&Backups to keep:", self.backups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.style.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.update_preview()

    def update_preview(self) -> None:
        if self.sample is None:
            self.preview.setText("<i>Select a quote to preview its citation.</i>")
            return
        from homsquotes.core.citations import cite_quote
        from homsquotes.core.errors import HomsquotesError

        quote, meta = self.sample
        try:
            citation = cite_quote(quote, meta, style=self.style.currentData())
        except HomsquotesError as exc:
            self.preview.setText(str(exc))
            return
        self.preview.setText(getattr(citation, "html", None) or str(citation))

    def values(self) -> dict[str, Any]:
        return {
            "review_threshold": round(self.threshold.value(), 2),
            "font_size": self.font_size.value(),
            "theme": self.theme.currentData(),
            "backup_count": self.backups.value(),
        }

    def save(self) -> None:
        from homsquotes.core.preferences import set_default_style, set_preferences

        set_default_style(self.style.currentData())
        set_preferences(self.values())
