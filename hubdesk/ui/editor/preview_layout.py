"""The preview's document laid out in short slices, not in Qt's growing steps.

Qt lays a long rich-text document out lazily, from a timer of its document layout,
in steps that double in size up to 200,000 characters each: on a document of many
short blocks (thousands of list items or headings) one step holds the UI thread
for a fifth of a second. ``LayoutPacer`` takes that timer's events and lays the
document out itself, a few hundred blocks at a time until ``SLICE_S`` has passed;
once the whole document is laid out, Qt's own events go through again (they stop
the timer and report the document's size).

Asking for a block's rectangle lays the document out up to that block, and costs
nothing for a block already laid out: each slice starts where the last one ended,
or earlier when the document changed before that place or was given a new width.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextDocument

SLICE_S = 0.008  # layout per timer event
BLOCKS_PER_STEP = 128  # blocks between two looks at the clock,
CHARS_PER_STEP = 4096  # or fewer when they hold more characters than this


class LayoutPacer(QObject):
    """Paces the layout of the document ``follow`` was last given."""

    active = True  # False: Qt lays out in its own steps (the benchmarks' baseline)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: QTextDocument | None = None
        self._at = 0  # the position the next slice starts from
        self.slices = 0  # slices run (for tests)

    def follow(self, doc: QTextDocument) -> None:
        """Pace ``doc`` from its start (a document just shown, or shown at a new width)."""
        if doc is not self._doc:
            if self._doc is not None:
                self._doc.documentLayout().removeEventFilter(self)
                self._doc.contentsChange.disconnect(self._changed)
            self._doc = doc
            doc.documentLayout().installEventFilter(self)
            doc.contentsChange.connect(self._changed)
        self._at = 0

    def restart(self) -> None:
        """The document is laid out again from the start (its width changed)."""
        self._at = 0

    def _changed(self, position: int, _removed: int, _added: int) -> None:
        self._at = min(self._at, position)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        doc = self._doc
        if event.type() != QEvent.Type.Timer or doc is None or not self.active:
            return False
        if watched is not doc.documentLayout():
            return False
        layout = doc.documentLayout()
        last = doc.lastBlock()
        if self._at >= last.position():
            return False  # all laid out: Qt's own event stops its timer, reports the size
        self.slices += 1
        deadline = time.perf_counter() + SLICE_S
        block = doc.findBlock(self._at)
        while True:  # steps of at least one block, at most BLOCKS_PER_STEP or CHARS_PER_STEP
            chars = 0
            for n in range(BLOCKS_PER_STEP):
                following = block.next()
                if not following.isValid() or (n and chars + following.length() > CHARS_PER_STEP):
                    break
                block = following
                chars += block.length()
            layout.blockBoundingRect(block)
            self._at = block.position()
            if block == last or time.perf_counter() >= deadline:
                break
        return True
