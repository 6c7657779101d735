"""Worker processes for heavy imports and exports, so the window's process stays free.

Parsing a large page or document, and writing a PDF, DOCX, ODT or EPUB file, runs
code that holds Python's interpreter lock for long stretches: in a thread of the
app's own process, the window cannot paint meanwhile. A :class:`ChildPool` hands
out a worker process, started with "spawn" (a process running Qt and threads is
never forked) on first use and kept for the next job. Cancelling a job kills its
process; a process that dies (killed, out of memory, crashed) is reported as
:class:`ChildDied` and replaced at the next job. Imports and exports have pools of
their own, so that cancelling one never stops the other.

The parent sends ``(job, args)``, ``job`` naming a function ``"module:function"``
called in the child as ``function(*args, progress)``; the child answers with any
number of ``("progress", data)``, then ``("done", value)`` or ``("error", ErrorData)``.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from hubdesk import errors
from hubdesk.errors import FREE_TEXT, HubDeskError, ImportRefusedError

log = logging.getLogger(__name__)

#: Whether the app runs its imports and exports in worker processes (else in the
#: calling thread, as before: the benchmark's baseline).
IN_CHILD = True

POLL_SECONDS = 0.05  # how often a waiting job looks at its cancel flag


class ChildDied(Exception):
    """The worker process ended during a job; ``how`` says how (``SIGKILL``, ``status 1``)."""

    def __init__(self, how: str) -> None:
        super().__init__(f"the worker process stopped ({how})")
        self.how = how


class ChildCancelled(Exception):
    """The job was cancelled: its process was killed."""


class ChildFailed(RuntimeError):
    """An unexpected exception in the child (a defect), told by its type and message."""


# ------------------------------------------------------------ errors across the pipe


@dataclass(frozen=True)
class ErrorData:
    """A ``HubDeskError`` in a form that crosses processes: its class, code and parameters."""

    kind: str  # a class of hubdesk.errors; "" for an unexpected exception
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    path: str | None = None  # ImportRefusedError's file


def _portable(value: object) -> object:
    if isinstance(value, HubDeskError):
        return error_data(value)
    if value is None or isinstance(value, str | int | float | Path):
        return value
    return str(value)  # messages show parameters as text anyway


def error_data(exc: BaseException) -> ErrorData:
    """``exc`` made portable (an exception other than ``HubDeskError`` keeps its text)."""
    if not isinstance(exc, HubDeskError):
        return ErrorData("", FREE_TEXT, {"text": f"{type(exc).__name__}: {exc}"})
    name = type(exc).__name__
    kind = name if getattr(errors, name, None) is type(exc) else "HubDeskError"
    params = {k: _portable(v) for k, v in exc.params.items()}
    path = str(exc.path) if isinstance(exc, ImportRefusedError) else None
    return ErrorData(kind, exc.code, params, path)


def rebuild_error(data: ErrorData) -> Exception:
    """The exception ``data`` stands for, in this process."""
    params = {
        k: rebuild_error(v) if isinstance(v, ErrorData) else v for k, v in data.params.items()
    }
    if not data.kind:
        return ChildFailed(str(params.get("text", "")))
    cls = getattr(errors, data.kind, HubDeskError)
    code = data.code  # one of the core's codes, raised there
    if cls is ImportRefusedError:
        return ImportRefusedError(Path(data.path or ""), code, **params)
    return cls(code, **params)


# ------------------------------------------------------------ the child's side


def _call(job: str) -> Callable[..., Any]:
    module, name = job.split(":")
    return getattr(importlib.import_module(module), name)


def child_main(conn: Connection, setup: Callable[[], None] | None) -> None:
    """The worker process: run jobs until the parent goes away."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF job's Qt never opens a window
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the parent's to handle
    if setup is not None:
        setup()
    while True:
        try:
            job, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            value = _call(job)(*args, lambda data: conn.send(("progress", data)))
            answer: tuple[str, Any] = ("done", value)
        except (BrokenPipeError, EOFError):
            return  # the app is gone: nobody to answer
        except Exception as exc:  # told to the parent, which decides
            if not isinstance(exc, HubDeskError):
                log.exception("Job %s failed", job)
            answer = ("error", error_data(exc))
        try:
            conn.send(answer)
        except OSError:
            return


# ------------------------------------------------------------ the parent's side


def _how(exitcode: int | None) -> str:
    if exitcode is None:
        return "no answer"
    if exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"status {exitcode}"


class Child:
    """One worker process; runs one job at a time (see :meth:`call`)."""

    def __init__(self, setup: Callable[[], None] | None = None) -> None:
        self.setup = setup
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe()
        self.process = context.Process(
            target=child_main, args=(child_end, setup), name="hubdesk-worker", daemon=True
        )
        self.process.start()
        child_end.close()
        log.info("Worker process %s started", self.process.pid)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.is_alive()

    def _died(self) -> ChildDied:
        self.process.join(5)
        how = _how(self.process.exitcode)
        log.warning("Worker process %s stopped during a job (%s)", self.pid, how)
        return ChildDied(how)

    def call(
        self,
        job: str,
        args: tuple[Any, ...],
        progress: Callable[[Any], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Run ``job`` in the process and return its value; its progress is passed to
        ``progress``. Raises the job's error, ``ChildDied``, or ``ChildCancelled`` once
        ``cancelled()`` is true (the process is then killed)."""
        try:
            self._conn.send((job, args))
        except OSError as exc:
            raise self._died() from exc
        while True:
            ready = wait([self._conn, self.process.sentinel], POLL_SECONDS)
            if cancelled is not None and cancelled():
                self.kill()
                raise ChildCancelled
            if self._conn in ready:
                try:
                    kind, data = self._conn.recv()
                except (EOFError, OSError) as exc:
                    raise self._died() from exc
                if kind == "progress":
                    if progress is not None:
                        progress(data)
                elif kind == "done":
                    return data
                else:
                    raise rebuild_error(data)
            elif ready:  # the process ended without a word
                raise self._died()

    def kill(self) -> None:
        """End the process at once (a job it was running is lost)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self._conn.close()


class ChildPool:
    """Worker processes for one kind of job: one kept idle between jobs, more only while
    jobs overlap. ``setup`` (a module-level function) runs first in each new process."""

    def __init__(self, setup: Callable[[], None] | None = None) -> None:
        self.setup = setup
        self._idle: list[Child] = []
        self._busy: list[Child] = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def lease(self) -> Iterator[Child]:
        """A worker process for one job (started if none is idle), given back after it."""
        with self._lock:
            child = self._idle.pop() if self._idle else None
        if child is not None and (not child.alive() or child.setup is not self.setup):
            child.kill()  # dead, or started for another set-up
            child = None
        if child is None:
            child = Child(self.setup)
        with self._lock:
            self._busy.append(child)
        try:
            yield child
        finally:
            with self._lock:
                self._busy.remove(child)
                keep = child.alive() and not self._idle
                if keep:
                    self._idle.append(child)
            if not keep:
                child.kill()

    def busy_pids(self) -> list[int]:
        """The processes running a job now."""
        with self._lock:
            return [c.pid for c in self._busy if c.pid is not None]

    def shutdown(self) -> None:
        """End the idle processes (a running job keeps its own until it ends)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for child in idle:
            child.kill()


IMPORTS = ChildPool()
EXPORTS = ChildPool()
