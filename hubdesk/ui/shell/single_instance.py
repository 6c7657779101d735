"""One HubDesk per library: a second start hands over to the first and exits.

The first HubDesk on a library holds its lock (``hubdesk.lock``) and listens on a
local socket named after the library path. A second HubDesk that finds the lock
held asks the first, over that socket, to bring its window to the front, then
exits. If the first is gone (its lock was stale), the second simply takes the
lock over and starts.

Where the system has Unix sockets, the socket is Python's own (a file readable by
this user only, in ``$XDG_RUNTIME_DIR`` or the temporary folder), watched by a
``QSocketNotifier``: this keeps Qt's network library out of the process. Elsewhere
(Windows) it is Qt's ``QLocalServer``.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import socket
import tempfile
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

MESSAGE = b"activate\n"
TIMEOUT_MS = 1500
READ_TIMEOUT_S = 0.25  # the asking side writes at once: the window never waits longer
_UNIX = hasattr(socket, "AF_UNIX")


def server_name(library_path: str | Path) -> str:
    """The local socket name for a library: the same for every process of this user."""
    key = f"{getpass.getuser()}:{Path(library_path).expanduser().resolve()}"
    return f"hubdesk-{zlib.crc32(key.encode('utf-8')):08x}-{len(key)}"


def socket_path(name: str) -> str:
    """Where the Unix socket ``name`` lives."""
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return os.path.join(folder, name)


class SingleInstance(QObject):
    """The listening side (``listen``) and the asking side (``ask_running_to_activate``)."""

    activation_requested = Signal()

    def __init__(self, library_path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(library_path)
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._qt_server = None  # QLocalServer, where there are no Unix sockets

    def ask_running_to_activate(self) -> bool:
        """Ask the HubDesk already on this library to come to the front. True if it answered."""
        if not _UNIX:
            return self._ask_with_qt()
        answer = b""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(TIMEOUT_MS / 1000)
                client.connect(socket_path(self.name))
                client.sendall(MESSAGE)
                while not answer.endswith(b"\n"):
                    chunk = client.recv(64)
                    if not chunk:
                        break
                    answer += chunk
        except OSError as exc:
            log.info("No HubDesk answers on %s: %s", self.name, exc)
            return False
        return answer.startswith(b"ok")

    def listen(self) -> bool:
        """Answer later starts on this library (call once this process holds the lock)."""
        if not _UNIX:
            return self._listen_with_qt()
        path = socket_path(self.name)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)  # a socket file left by a dead HubDesk (we hold the lock)
            previous = os.umask(0o077)  # this user only
            try:
                server.bind(path)
            finally:
                os.umask(previous)
            server.listen(4)
            server.setblocking(False)
        except OSError as exc:
            server.close()
            log.warning("Cannot listen on %s: %s", path, exc)
            return False
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_connection)
        return True

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._server is not None:
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(socket_path(self.name))
        if self._qt_server is not None:
            self._qt_server.close()
            self._qt_server = None

    def _on_connection(self, *_args) -> None:
        while self._server is not None:
            try:
                connection, _address = self._server.accept()
            except OSError:  # none left (BlockingIOError) or the socket closed
                return
            with connection:
                connection.settimeout(READ_TIMEOUT_S)
                try:
                    message = b""
                    while not message.endswith(b"\n") and len(message) < 64:
                        chunk = connection.recv(64)
                        if not chunk:
                            break
                        message += chunk
                    if message.startswith(MESSAGE.strip()):
                        connection.sendall(b"ok\n")
                        self.activation_requested.emit()
                except OSError as exc:
                    log.info("A start on this library did not finish asking: %s", exc)

    # ------------------------------------------------------------ without Unix sockets

    def _ask_with_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket(self)
        client.connectToServer(self.name)
        if not client.waitForConnected(TIMEOUT_MS):
            log.info("No HubDesk answers on %s: %s", self.name, client.errorString())
            return False
        client.write(MESSAGE)
        client.flush()  # may write everything at once: then there is nothing left to wait for
        if client.bytesToWrite():
            client.waitForBytesWritten(TIMEOUT_MS)
        answer = b""
        while not answer.endswith(b"\n") and client.waitForReadyRead(TIMEOUT_MS):
            answer += bytes(client.readAll().data())
        client.disconnectFromServer()
        return answer.startswith(b"ok")

    def _listen_with_qt(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a dead HubDesk
        if not server.listen(self.name):
            log.warning("Cannot listen on %s: %s", self.name, server.errorString())
            return False

        def on_message(client) -> None:
            if bytes(client.readAll().data()).startswith(MESSAGE.strip()):
                client.write(b"ok\n")
                client.flush()
                self.activation_requested.emit()

        def on_connection() -> None:
            while server.hasPendingConnections():
                client = server.nextPendingConnection()
                client.readyRead.connect(lambda c=client: on_message(c))
                client.disconnected.connect(client.deleteLater)
                if client.bytesAvailable():  # the message may have come with the connection
                    on_message(client)

        server.newConnection.connect(on_connection)
        self._qt_server = server
        return True
