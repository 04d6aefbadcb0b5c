"""One window per library: a second start on the same file raises the first window instead
(passing on any files to import), so two windows never edit one library under one title.

Each window listens on a local socket named after its library's resolved path.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from homsquotes.appinfo import APP_ID
from homsquotes.ui.qt import QLocalServer, QLocalSocket, QObject, Signal

CONNECT_MS = 500


def server_name(library: str | Path) -> str:
    digest = hashlib.sha1(str(Path(library).expanduser().resolve()).encode("utf-8")).hexdigest()
    return f"{APP_ID}-{digest[:16]}"


def hand_over(library: str | Path, paths: list[str] | None = None) -> bool:
    """Ask a window already on ``library`` to come to the front (and import ``paths``);
    False when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(library))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"raise": True, "paths": list(paths or [])}).encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class LibraryInstance(QObject):
    """Listens for later starts on the same library; ``raise_requested(paths)`` when one comes."""

    raise_requested = Signal(list)

    def __init__(self, library: str | Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(library)
        self.listening = self.server.listen(name)
        if not self.listening and not _answers(name):
            QLocalServer.removeServer(name)  # left over from a window that crashed
            self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: Any) -> None:
        try:
            message = json.loads(bytes(socket.readAll()).decode("utf-8"))
        except ValueError:
            return
        if isinstance(message, dict) and message.get("raise"):
            paths = [str(p) for p in message.get("paths") or [] if isinstance(p, str)]
            self.raise_requested.emit(paths)

    def close(self) -> None:
        self.server.close()


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return alive
