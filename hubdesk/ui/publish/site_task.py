"""Network work off the UI thread: a thread with its own library connection.

``SiteTask`` runs ``work(library, report, cancelled)`` in a ``QThread`` on a connection of
its own (SQLite connections stay in their thread) and reports back through signals:
``progressed(done, total)`` while it runs, then ``finished_with(result, error)`` once,
where ``error`` is the exception (a ``HubDeskError`` for everything foreseen) or None.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from hubdesk.library.store import Library

log = logging.getLogger(__name__)

Work = Callable[[Library, Callable[[int, int], None], Callable[[], bool]], Any]


class SiteTask(QThread):
    """One piece of site work (verify, publish, pull) in its own thread."""

    progressed = Signal(int, int)
    finished_with = Signal(object, object)  # result, error (an exception or None)

    def __init__(self, library_path: Path, work: Work) -> None:
        super().__init__()
        self.library_path = library_path
        self.work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            with Library.open(self.library_path, create=False) as library:
                result = self.work(library, self.progressed.emit, self.cancel.is_set)
        except Exception as exc:  # every failure ends the task with its reason
            if not hasattr(exc, "code"):
                log.exception("Site task failed")
            self.finished_with.emit(None, exc)
            return
        self.finished_with.emit(result, None)
