"""Queue of background library jobs, shown in the status bar with progress and Cancel.

Jobs run one at a time (a private pool of one thread) so two long operations
never interleave their writes; they share the window's Library (see workers.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from homsquotes.ui.qt import (
    QLabel,
    QObject,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QThreadPool,
    Signal,
)
from homsquotes.ui.workers import JobFunction, LibraryJob


class JobRunner(QObject):
    job_started = Signal()
    job_done = Signal()  # after each job, whatever its outcome: the window refreshes
    job_failed = Signal(str)
    job_cancelled = Signal(str)
    backup_problem = Signal(str)  # the daily backup failed (the write went ahead)

    def __init__(self, lib: Any, status_bar: QStatusBar, parent: Any = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: list[LibraryJob] = []
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.clicked.connect(self.cancel_all)
        for w in self._widgets():
            w.hide()
            status_bar.addPermanentWidget(w)

    def _widgets(self) -> tuple[Any, ...]:
        return (self.label, self.progress, self.cancel_button)

    def start(
        self, function: JobFunction, label: str, on_done: Callable[[Any], Any] | None = None
    ) -> LibraryJob:
        job = LibraryJob(self.lib, function, label)
        job.signals.progress.connect(lambda done, total: self._progress(job, done, total))
        job.signals.finished.connect(lambda result: self._finished(job, result, on_done))
        job.signals.failed.connect(lambda message: self._failed(job, message))
        self.running.append(job)
        self._show(job)
        self.pool.start(job)
        self.job_started.emit()
        return job

    def _show(self, job: LibraryJob) -> None:
        self.label.setText(job.label)
        self.progress.setRange(0, 0)  # busy until the first progress report
        for w in self._widgets():
            w.show()

    def _progress(self, job: LibraryJob, done: int, total: int) -> None:
        if self.running and self.running[0] is job:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(f"{done} / {total}")

    def _forget(self, job: LibraryJob) -> None:
        if job in self.running:
            self.running.remove(job)
        if self.running:
            self._show(self.running[0])
        else:
            for w in self._widgets():
                w.hide()
        self.job_done.emit()

    def _finished(self, job: LibraryJob, result: Any, on_done: Callable[[Any], Any] | None) -> None:
        self._forget(job)
        if job.is_cancelled():
            self.job_cancelled.emit(f"{job.label.rstrip('…')} cancelled")
        if on_done is not None:
            on_done(result)

    def _failed(self, job: LibraryJob, message: str) -> None:
        self._forget(job)
        self.job_failed.emit(message)

    def cancel_all(self) -> None:
        for job in self.running:
            job.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
