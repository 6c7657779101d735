"""One HubDesk per library: a second start hands over to the first and exits.

The first HubDesk on a library holds its lock (``hubdesk.lock``) and listens on a
local socket named after the library path. A second HubDesk that finds the lock
held asks the first, over that socket, to bring its window to the front, then
exits. If the first is gone (its lock was stale), the second simply takes the
lock over and starts.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
TIMEOUT_MS = 1500


def server_name(library_path: str | Path) -> str:
    """The local socket name for a library: the same for every process of this user."""
    key = f"{getpass.getuser()}:{Path(library_path).expanduser().resolve()}"
    return "hubdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """The listening side (``listen``) and the asking side (``ask_running_to_activate``)."""

    activation_requested = Signal()

    def __init__(self, library_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library_path)
        self._server: QLocalServer | None = None

    def ask_running_to_activate(self) -> bool:
        """Ask the HubDesk already on this library to come to the front. True if it answered."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            log.info("No HubDesk answers on %s: %s", self.name, socket.errorString())
            return False
        socket.write(MESSAGE)
        socket.flush()  # may write everything at once: then there is nothing left to wait for
        if socket.bytesToWrite():
            socket.waitForBytesWritten(TIMEOUT_MS)
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return answer.startswith(b"ok")

    def listen(self) -> bool:
        """Answer later starts on this library (call once this process holds the lock)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a dead HubDesk
        if not server.listen(self.name):
            log.warning("Cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # the message may have come with the connection
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            socket.write(b"ok\n")
            socket.flush()
            self.activation_requested.emit()
