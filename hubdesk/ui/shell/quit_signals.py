"""End the app cleanly on SIGTERM, SIGHUP and SIGINT (logout, shutdown, ``kill``, Ctrl+C).

Python runs a signal handler only when the interpreter gets control back, which does
not happen while Qt's event loop waits in C++. So the handlers are paired with
``signal.set_wakeup_fd``: the C-level handler writes the signal number into one end
of a socket pair, a ``QSocketNotifier`` on the other end wakes the event loop, and
the Python handler then runs at once. It asks for a normal quit, the same as the
Quit menu item: the main window is closed (which saves the open article), the app
quits with status 0, and ``aboutToQuit`` backs up if due, closes the library and
releases its lock, so that the next start finds no crash.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

# SIGHUP exists only on POSIX systems.
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    s for s in signal.Signals if s.name in ("SIGTERM", "SIGHUP", "SIGINT")
)


class QuitOnSignal(QObject):
    """Calls ``request_quit`` on the Qt event loop when the process receives a quit signal."""

    def __init__(self, request_quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request_quit = request_quit
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(
            self._reader.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, object] = {}
        self.received: list[int] = []
        self._asked = False  # request_quit called (once, whichever of the two ways)
        for number in QUIT_SIGNALS:
            self._previous[number] = signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame: object) -> None:
        log.info("Received %s: saving and quitting", signal.Signals(number).name)
        self.received.append(number)
        if len(self.received) == 1:
            QTimer.singleShot(0, self._quit_once)  # should the wake-up not come

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        # The Python handler has run by now. Quit in this very turn, not the next: at a
        # logout the display goes away with the same breath, and Qt ends the process
        # as soon as it sees that, in whatever turn comes next.
        if self.received:
            self._quit_once()

    def _quit_once(self) -> None:
        if not self._asked:
            self._asked = True
            self._request_quit()

    def uninstall(self) -> None:
        """Put the previous handlers back (tests, or an app that builds twice)."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
