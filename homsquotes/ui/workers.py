"""Run library operations off the UI thread, with progress and cancel.

SQLite connections belong to the thread that opened them, so each job opens its
own Library on the same file, does its work there and closes it. The UI's own
connection sees the result through ``lib.data_version()`` and refreshes.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from homsquotes.core.errors import HomsquotesError
from homsquotes.ui.qt import QObject, QRunnable, QThreadPool, Signal

# A job receives a Library open on the worker thread plus its progress/cancel hooks.
JobFunction = Callable[[Any, Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class LibraryJob(QRunnable):
    """One background operation on the library at ``path``."""

    def __init__(self, path: str | Path, function: JobFunction, label: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps a reference while the job runs
        self.path = Path(path)
        self.function = function
        self.label = label
        self.signals = JobSignals()
        self._cancelled = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        from homsquotes.core.library import Library

        try:
            with Library.open(self.path, create=True) as lib:
                result = self.function(lib, self.signals.progress.emit, self.is_cancelled)
        except HomsquotesError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a bug: keep the window alive and say so in one line
            traceback.print_exc()
            self.signals.failed.emit(f"internal error: {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()


def start_job(job: LibraryJob, pool: QThreadPool | None = None) -> LibraryJob:
    (pool or QThreadPool.globalInstance()).start(job)
    return job
