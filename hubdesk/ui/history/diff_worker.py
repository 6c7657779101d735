"""The difference between a version and the current text, off the UI thread when it is large.

A word diff is linear on most edits but can take seconds on a long text changed all
through (``difflib`` on hundreds of thousands of words), and a page of HTML that long is
slow to lay out. ``DiffThread`` computes the diff and its HTML in a worker from texts
already read on the UI thread (no library connection is needed); for a large diff
the unchanged stretches are shortened to their ends, so that the page shows the changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from hubdesk.library import history

log = logging.getLogger(__name__)

LARGE_DIFF_CHARS = 60_000  # two texts longer than this together are compared in the worker
KEPT_CONTEXT = 600  # characters kept at each end of an unchanged stretch of a large diff


def shorten_unchanged(pieces: list[history.DiffPiece], context: int = KEPT_CONTEXT) -> list[history.DiffPiece]:
    """The pieces with each long unchanged stretch cut to its two ends around a "[…]" line."""
    out = []
    for p in pieces:
        if p.op == "=" and len(p.text) > 3 * context:
            p = history.DiffPiece("=", f"{p.text[:context]}\n\n[…]\n\n{p.text[-context:]}")
        out.append(p)
    return out


class DiffThread(QThread):
    """Compares ``old`` and ``new`` and renders the difference with ``render(pieces)``."""

    ready = Signal(int, str)  # revision id, the difference as HTML

    def __init__(self, revision_id: int, old: str, new: str, render, parent=None) -> None:
        super().__init__(parent)
        self.revision_id = revision_id
        self._old, self._new = old, new
        self._render = render

    def run(self) -> None:
        pieces = shorten_unchanged(history.word_diff(self._old, self._new))
        self.ready.emit(self.revision_id, self._render(pieces))


_running: set[DiffThread] = set()  # kept alive until they end, whatever becomes of the panel


def start_diff(thread: DiffThread, show) -> None:
    """Start ``thread``; ``show(revision_id, html)`` receives the result on the UI thread."""
    _running.add(thread)
    thread.ready.connect(show)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.start()
