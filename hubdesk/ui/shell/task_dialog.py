"""A dialog that runs one long library job off the UI thread, with progress and cancel.

The job runs in a ``QThread`` on its own connection to the library file (SQLite
in WAL mode lets the window keep reading, and its saves wait their turn), so the
window never freezes. When it ends the dialog shows a summary, given by the
subclass, in a two-level list (a group per outcome, one row per file or article).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.ui.shell.error_text import error_message

log = logging.getLogger(__name__)

# job(library, progress(done, total, text), cancelled()) -> result
Job = Callable[[Library, Callable[[int, int, str], None], Callable[[], bool]], Any]


class _JobThread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, library_path: Any, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._path = library_path
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        try:
            with Library.open(self._path, create=False) as library:
                result = self._job(
                    library,
                    lambda d, t, text="": self.progressed.emit(d, t, str(text)),
                    self._cancel.is_set,
                )
        except HubDeskError as exc:
            self.failed.emit(error_message(exc))
        except Exception as exc:  # the dialog must always end, and say why
            log.exception("Background job failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)


class TaskDialog(QDialog):
    """Progress, a Cancel button, then a summary. Subclasses call ``run`` and fill the summary."""

    completed = Signal(object)  # the job's result (also after a cancel)
    failed = Signal(str)

    def __init__(self, library: Library, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.library = library
        self.result_value: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._thread: _JobThread | None = None

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.details = QTreeWidget(self)
        self.details.setColumnCount(2)
        self.details.setHeaderLabels([self.tr("Item"), self.tr("Result")])
        self.details.setRootIsDecorated(True)
        self.details.setAlternatingRowColors(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for w in (self.heading, self.progress, self.status, self.summary):
            layout.addWidget(w)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def run(self, job: Job) -> None:
        """Start the job in its thread."""
        self._cancel.clear()
        thread = _JobThread(self.library.path, job, self._cancel)
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point (between two articles)."""
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))
            self.buttons.setEnabled(False)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def wait_for_job(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    def wait_shown_if_long(self, show_after_ms: int = 400, *, keep_open_on_failure: bool = True) -> None:
        """Wait for the started job without blocking the UI thread; show this dialog only
        if the job lasts more than ``show_after_ms``.

        Until then the window keeps painting and its timers run, while the user's clicks
        and keys wait (they are not lost). A job that ends well closes the dialog; after a
        cancel or a failure it stays on its summary until the user closes it (unless
        ``keep_open_on_failure`` is false: the caller then tells the failure its own way).
        """
        loop = QEventLoop()
        self.completed.connect(loop.quit)
        self.failed.connect(loop.quit)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(show_after_ms)
        if self.result_value is None and self.error is None:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
        self.completed.disconnect(loop.quit)
        self.failed.disconnect(loop.quit)
        if self.result_value is None and self.error is None:  # still running: show the progress
            def close_if_done(_result: object) -> None:
                if not self._cancel.is_set():  # a cancelled job's summary says what was done
                    self.accept()
            self.completed.connect(close_if_done)
            if not keep_open_on_failure:
                self.failed.connect(lambda _m: self.reject())
            self.exec()
        elif self.error is not None and keep_open_on_failure:
            self.exec()
        self.wait_for_job()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if text and not self._cancel.is_set():
            self.status.setText(text)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.wait()
        self.progress.hide()
        self.buttons.clear()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.result_value = result
        self.status.clear()
        self.show_result(result)
        self.summary.show()
        self.completed.emit(result)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.error = message
        self.status.clear()
        self.summary.setText(message)
        self.summary.show()
        self.failed.emit(message)

    # ------------------------------------------------------------ summary

    def show_result(self, result: object) -> None:  # pragma: no cover - overridden
        self.summary.setText(str(result))

    def add_group(self, title: str, rows: list[tuple[str, str]], *, expanded: bool) -> None:
        """A group of rows in the details list (shown only if it has rows)."""
        if not rows:
            return
        group = QTreeWidgetItem(self.details, [f"{title} ({len(rows)})", ""])
        for first, second in rows:
            item = QTreeWidgetItem(group, [first, second])
            item.setToolTip(0, first)
            item.setToolTip(1, second)
        group.setExpanded(expanded)
        self.details.show()
        self.details.resizeColumnToContents(0)

    def group_rows(self, index: int) -> list[tuple[str, str]]:
        """The rows of one group of the details list, as shown (for tests and copy)."""
        group = self.details.topLevelItem(index)
        return [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
