"""The main window's splitters, default size, and the geometry remembered in QSettings."""

from __future__ import annotations

from homsquotes.ui.app import app_settings
from homsquotes.ui.qt import QMainWindow, QSplitter, Qt, QTabWidget, QVBoxLayout, QWidget


class WindowLayout(QMainWindow):
    """Mixin for MainWindow: builds the splitters and saves/restores them."""

    def _build_layout(self) -> None:
        self.sidebar = QTabWidget()
        self.sidebar.setAccessibleName("Sidebar")
        self.sidebar.addTab(self.articles, "&Articles")
        self.sidebar.addTab(self.speakers, "S&peakers")
        self.sidebar.setDocumentMode(True)

        table_area = QWidget()
        column = QVBoxLayout(table_area)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)

        self.bottom_splitter = self._splitter(
            "bottomSplitter",
            Qt.Orientation.Horizontal,
            [self.reader, self.detail],
            [3, 2],
            [620, 420],
        )
        self.centre_splitter = self._splitter(
            "centreSplitter",
            Qt.Orientation.Vertical,
            [table_area, self.bottom_splitter],
            [1, 1],
            [330, 500],
        )
        self.main_splitter = self._splitter(
            "mainSplitter",
            Qt.Orientation.Horizontal,
            [self.sidebar, self.centre_splitter],
            [0, 1],
            [320, 1100],
        )
        self.setCentralWidget(self.main_splitter)
        self._default_size()

    @staticmethod
    def _splitter(
        name: str,
        orientation: Qt.Orientation,
        widgets: list[QWidget],
        stretch: list[int],
        sizes: list[int],
    ) -> QSplitter:
        splitter = QSplitter(orientation)
        splitter.setObjectName(name)
        for i, widget in enumerate(widgets):
            splitter.addWidget(widget)
            splitter.setStretchFactor(i, stretch[i])
        splitter.setSizes(sizes)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _default_size(self) -> None:
        """First run: most of the screen, so table, reader and details all fit unclipped."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1440, 900
        if screen is not None:
            width = min(width, int(screen.width() * 0.92))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def _splitters(self) -> tuple[QSplitter, ...]:
        return (self.main_splitter, self.centre_splitter, self.bottom_splitter)

    def restore_settings(self) -> None:
        s = app_settings()
        if (geometry := s.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := s.value("window/state")) is not None:
            self.restoreState(state)
        for splitter in self._splitters():
            if (value := s.value(f"splitters/{splitter.objectName()}")) is not None:
                splitter.restoreState(value)
        if (columns := s.value("table/header")) is not None:
            self.table.horizontalHeader().restoreState(columns)
            self.table.widths_chosen = True
        self.table.show_text_order()

    def save_settings(self) -> None:
        s = app_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for splitter in self._splitters():
            s.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        s.setValue("table/header", self.table.horizontalHeader().saveState())
        s.sync()
