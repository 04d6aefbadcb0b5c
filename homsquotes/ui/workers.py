"""Run library operations off the UI thread, with progress and cancel.

Jobs share the window's Library. It is built for that: its connection is opened
with ``check_same_thread=False`` and every statement and transaction runs under
its lock, while slow work such as extraction runs outside the lock, so the UI
thread waits at most for one write. A second Library.open in the same process
would be worse than it looks: opening the file from Python releases the POSIX
locks SQLite holds, and another process (the CLI, sqlite3) could then delete
the write-ahead log under us.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
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
    """One background operation on a (thread-safe) Library."""

    def __init__(self, lib: Any, function: JobFunction, label: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps a reference while the job runs
        self.lib = lib
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
        try:
            result = self.function(self.lib, self.signals.progress.emit, self.is_cancelled)
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
