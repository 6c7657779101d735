"""A long part's new render put into the shown preview a few pieces per event-loop turn.

Replacing a region with the render of a part of thousands of items in one call holds
the UI thread for seconds: the old text coming out, then Qt reading the new HTML.
``RegionPieces`` takes the old text out ``SHRINK_CHARS`` at a time, then puts the new
HTML in as the pieces of ``split_html``, for ``PIECES_STEP_S`` per turn.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hubdesk.ui.editor.preview_regions import Regions, split_html

PIECES_STEP_S = 0.008  # time spent putting a long part's pieces in per event-loop turn
SHRINK_CHARS = 10_000  # a long part's old text is taken out this much at a time


class RegionPieces(QObject):
    """The regions of ``regions()`` still being replaced piece by piece."""

    def __init__(self, regions: Callable[[], Regions], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions = regions
        self._pieces: dict[int, list[str]] = {}  # region: the pieces still to put in
        self._shrinking: set[int] = set()  # regions whose old text goes first, in steps
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def pending(self) -> bool:
        return bool(self._pieces)

    def start(self, region: int, html: str) -> bool:
        """Replace ``region`` with ``html`` over the next turns; False when it is short
        enough to be replaced at once (the caller does it)."""
        self.drop(region)  # an older render's pieces: this one replaces them
        pieces = split_html(html)
        start, end = self._regions().bounds(region)
        if len(pieces) == 1 and end - start <= SHRINK_CHARS:
            return False
        self._pieces[region] = pieces
        self._shrinking.add(region)
        self._timer.start()
        return True

    def drop(self, region: int) -> None:
        """Forget the pieces of ``region`` (it is replaced whole)."""
        self._pieces.pop(region, None)
        self._shrinking.discard(region)

    def clear(self) -> None:
        """Forget every piece (the document they went into goes)."""
        self._pieces.clear()
        self._shrinking.clear()
        self._timer.stop()

    def finish(self) -> None:
        """Put the pieces still waiting in now (the regions are about to be renumbered)."""
        if self._pieces:
            self._step(everything=True)

    def _step(self, everything: bool = False) -> None:
        regions = self._regions()
        until = time.perf_counter() + PIECES_STEP_S
        for region in list(self._pieces):
            left = self._pieces[region]
            while region in self._shrinking and (everything or time.perf_counter() < until):
                if regions.shrink(region, SHRINK_CHARS):
                    self._shrinking.discard(region)
                    regions.replace(region, left.pop(0), trim=not left)
            while left and region not in self._shrinking and (
                everything or time.perf_counter() < until
            ):
                regions.extend(region, left.pop(0), last=len(left) == 0)
            if not left and region not in self._shrinking:
                del self._pieces[region]
        if not self._pieces:
            self._timer.stop()
