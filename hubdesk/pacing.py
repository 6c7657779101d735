"""The UI thread first: worker threads step aside while it is busy.

Python runs one thread at a time. While a worker thread runs Python, every call of
the UI thread into Python (a slot, a highlighter's block, a widget's paint) first
waits for the worker to hand over the interpreter, up to a switch interval each
time; thousands of such calls in a burst (opening a long article) add up to a
frozen window. So the UI thread says when it is busy (``hold``), and the workers
call ``pause`` between small pieces of their work: while the UI thread holds, they
sleep, which leaves the interpreter to it.

A hold ends by itself after a short time, so a worker never waits on a UI thread
that has stopped holding (or that is itself waiting for the worker).

Between holds, ``pause`` also lets go of the interpreter for a moment every few
milliseconds. A worker making many short calls that release and take back the
interpreter (sanitising part after part, filling a Qt document) otherwise takes it
back each time before the waiting UI thread wakes up, and Python, seeing the
interpreter change hands, never asks the worker to let go: the UI thread could
wait a tenth of a second for its next turn.
"""

from __future__ import annotations

import re
import threading
import time

TAIL_S = 0.03
"""How long a hold lasts after the UI thread last said it was busy: long enough to
cover the painting and layout that follow a burst of work in the same turn."""

MAX_WAIT_S = 0.25
"""A worker waits at most this long in one ``pause``, whatever the holds..."""

FREE_S = 0.25
"""... and then goes on this long without waiting: a UI thread that holds all the time
(an animation painting) slows the workers down, but never stops them."""

YIELD_EVERY_S = 0.004
"""A worker lets go of the interpreter at least this often (when it calls ``pause``)..."""

YIELD_S = 0.0003
"""... for this long: time enough for a waiting thread to wake up and take it."""

_until = 0.0
_main = threading.main_thread()
_local = threading.local()  # per worker: when it last let go of the interpreter


def hold(seconds: float = TAIL_S) -> None:
    """On the UI thread: it is busy now; workers pause until ``seconds`` from now."""
    global _until
    end = time.monotonic() + seconds
    if end > _until:
        _until = end


def release() -> None:
    """The UI thread is no longer busy: workers go on at once."""
    global _until
    _until = 0.0


def held() -> bool:
    """The UI thread holds now."""
    return time.monotonic() < _until


def pause() -> None:
    """In a worker, between pieces of work: sleep while the UI thread holds (at most
    ``MAX_WAIT_S``, then not again for ``FREE_S``), else let go of the interpreter for a
    moment if it has not done so for ``YIELD_EVERY_S``.

    Does nothing on the main thread (so code shared by both never waits on itself).
    """
    if threading.current_thread() is _main:
        return
    start = now = time.monotonic()
    if now < _until and now >= getattr(_local, "free_until", 0.0):
        while now < _until and now - start < MAX_WAIT_S:
            time.sleep(min(_until - now, 0.01))
            now = time.monotonic()
        if now < _until:  # waited long enough: go on for a while whatever the holds
            _local.free_until = now + FREE_S
        _local.last = now
        return
    last = getattr(_local, "last", None)
    if last is None:
        _local.last = now
    elif now - last >= YIELD_EVERY_S:
        time.sleep(YIELD_S)
        _local.last = time.monotonic()


PIECE_CHARS = 65_536
"""A regular expression scans at most about this much text before a worker pauses."""

_SPACE_RE = re.compile(r"\s")


def findall(pattern: re.Pattern[str], text: str) -> list[str]:
    """``pattern.findall(text)`` for a pattern whose matches never hold white space,
    scanned in pieces cut just after a white-space character, pausing between them: one
    scan of megabytes holds the interpreter for tens of milliseconds."""
    if len(text) <= PIECE_CHARS:
        return pattern.findall(text)
    found: list[str] = []
    start = 0
    while start < len(text):
        space = _SPACE_RE.search(text, start + PIECE_CHARS)
        end = len(text) if space is None else space.end()
        found += pattern.findall(text, start, end)
        start = end
        pause()
    return found
