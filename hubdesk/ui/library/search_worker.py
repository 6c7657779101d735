"""Library search off the UI thread: one query at a time, stale ones dropped.

Each search runs on a worker thread with a read-only connection of its own
(``hubdesk.library.search_reader``), so a slow query or a pasted page never freezes
the window. Only the results of the latest query are delivered: a query overtaken
by newer typing is skipped if it has not started, and ignored if it has.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hubdesk.library.search_reader import SearchReader
from hubdesk.model.article import SearchHit

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries one task's answer back to the UI thread (it lives there)."""

    finished = Signal(int, str, object)  # generation, query, hits (None when skipped)


class _SearchTask(QRunnable):
    def __init__(self, worker: SearchWorker, generation: int, query: str, limit: int,
                 relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the worker holds it until its answer is delivered
        self._worker = worker
        self._path = worker.path
        self._generation = generation
        self._query = query
        self._limit = limit
        self._relay = relay

    def run(self) -> None:
        hits: list[SearchHit] | None = None
        if self._worker.latest == self._generation:  # else newer typing overtook it
            reader = SearchReader(self._path)
            try:
                hits = reader.search(self._query, limit=self._limit, typing=True)
            finally:
                reader.close()
        self._relay.finished.emit(self._generation, self._query, hits)


class SearchWorker(QObject):
    """Runs ``search`` requests in order on one worker thread; ``results`` gives the latest."""

    results = Signal(str, list)  # query, hits

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.latest = 0  # read by the worker thread: an int, replaced atomically
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[int, tuple[_SearchTask, _Relay]] = {}

    def search(self, query: str, limit: int) -> None:
        """Start searching ``query``; any earlier request's results will be dropped."""
        self.latest += 1
        relay = _Relay()
        relay.finished.connect(self._on_finished)
        task = _SearchTask(self, self.latest, query, limit, relay)
        self._pending[self.latest] = (task, relay)
        self._pool.start(task)

    def cancel(self) -> None:
        """Drop the results of every request made so far."""
        self.latest += 1

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running search to end (at shutdown)."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, generation: int, query: str, hits: object) -> None:
        self._pending.pop(generation, None)
        if generation != self.latest or hits is None:
            log.debug("Dropped the results of an overtaken search %r", query)
            return
        self.results.emit(query, list(hits))  # type: ignore[arg-type]
