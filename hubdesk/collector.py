"""Python's cyclic garbage collector paused around a large build in a worker thread.

A collection runs in whichever thread allocates when a threshold is passed, holds
the interpreter lock throughout, and takes longer the more objects are alive: in
the middle of rendering a few megabytes of Markdown (millions of short-lived
objects) one collection can stop every thread, the UI thread too, for a tenth of
a second. Those objects are freed by their reference counts anyway; the few cycles
they leave are collected once the build is over.

Start-up pauses the collector too (``hubdesk.ui.shell.app.build``); a pause here
never turns it back on when it was off before the first holder came.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_turned_off = False  # whether the first holder turned the collector off


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while any thread is inside this block."""
    global _holders, _turned_off
    with _lock:
        if _holders == 0:
            _turned_off = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _turned_off:
                _turned_off = False
                gc.enable()


def pausing() -> bool:
    """Some thread is inside ``paused()`` now."""
    return _holders > 0
