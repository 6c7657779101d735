"""Runs the checklist off the UI thread, on a snapshot of the article; newest result wins.

The UI thread only copies the article's structure (its texts are immutable strings
and are shared) and hands it to one worker thread. A request overtaken by a newer
one is skipped if it has not started, and its result dropped if it has: only the
findings of the latest request reach the panel, so they always match one state of
the article. The spelling count runs in the worker too, with a frozen copy of the
spell checker.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from hubdesk.checklist import CheckContext, Checklist, Finding
from hubdesk.model.article import Article, Section

log = logging.getLogger(__name__)

CountMisspelt = Callable[[Article], "int | None"]

_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    """The one checklist worker, its thread started."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checklist")
        _pool.submit(lambda: None)
    return _pool


def snapshot(article: Article) -> Article:
    """A copy of ``article`` that later edits of the open one do not change."""
    return replace(
        article, sections=[Section(s.heading, s.body, s.id) for s in article.sections],
        credits=[copy.copy(c) for c in article.credits], disclosure=copy.copy(article.disclosure),
        tags=list(article.tags), origins=dict(article.origins))


class _Relay(QObject):
    """Carries an answer from the worker to the UI thread (it lives there)."""

    done = Signal(int, object)  # generation, list[Finding] | None (skipped or failed)


class ChecklistWorker(QObject):
    """Runs ``checklist`` on request in a worker thread; ``finished`` gives the newest findings."""

    finished = Signal(list)

    def __init__(self, checklist: Checklist, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.latest = 0  # the newest request (read by the worker: an int, replaced whole)
        self._answered = 0  # the newest request answered (or run at once)
        self._lock = threading.Lock()  # one run of the checklist (and its caches) at a time
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._future: Future[None] | None = None
        _executor()  # its thread starts now, not in the first open (a start waits for it)

    @property
    def busy(self) -> bool:
        """The newest request has not been answered yet."""
        return self._answered != self.latest

    def _run(self, article: Article, context: CheckContext, count: CountMisspelt | None
             ) -> list[Finding]:
        misspelled = count(article) if count is not None else context.misspelled
        with self._lock:
            return self.checklist.run(article, replace(context, misspelled=misspelled))

    def start(self, article: Article, context: CheckContext, count: CountMisspelt | None) -> None:
        """Check a snapshot of ``article`` in the worker; earlier requests are dropped."""
        pool = _executor()
        self.latest += 1
        generation = self.latest
        copied = snapshot(article)
        relay = self._relay

        def work() -> None:
            findings = None
            if self.latest == generation:  # else a newer request overtook it
                try:
                    findings = self._run(copied, context, count)
                except Exception:  # noqa: BLE001 (a bug must not kill the worker silently)
                    log.exception("The checklist could not be run")
            try:
                relay.done.emit(generation, findings)
            except RuntimeError:  # the panel was closed meanwhile
                log.debug("Checklist panel gone before its findings")

        self._future = pool.submit(work)

    def wait(self) -> None:
        """Block until the newest request's work is done (its answer is then queued to the
        UI thread); for benchmarks and shutdown."""
        if self._future is not None:
            self._future.result()

    def run_now(self, article: Article, context: CheckContext, count: CountMisspelt | None
                ) -> list[Finding]:
        """Check ``article`` on this thread (what is in flight is dropped)."""
        self.latest += 1
        findings = self._run(article, context, count)
        self._answered = self.latest
        return findings

    def drop(self) -> None:
        """Nothing to check any more: what is in flight is dropped."""
        self.latest += 1
        self._answered = self.latest

    def _on_done(self, generation: int, findings: object) -> None:
        if generation != self.latest:
            log.debug("Dropped the findings of an overtaken checklist run")
            return
        self._answered = generation
        if findings is not None:
            self.finished.emit(findings)
