"""Section anchors in the preview: renamed after a structure change, and followed.

A section's anchor carries its place (``#s4-heading``). After a split, a merge, an
added or a removed section, the sections after it have new places: ``AnchorRenamer``
gives their regions the new anchors a few at a time (``ANCHOR_STEP_S`` per turn of
the event loop), so a long article never holds the UI thread. Until it is done, a
click on a section link finds the section by its anchor's number and heading
(``section_part``), wherever it is now.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from hubdesk.formats.render import section_anchor
from hubdesk.model.article import Article
from hubdesk.ui.editor.preview_regions import Regions

ANCHOR_STEP_S = 0.004  # time spent renaming section anchors per event-loop turn
FIRST_PART = 1  # regions: title, lead (part 0), sections (parts 1..), notes, credits, back to top
_SECTION_ANCHOR_RE = re.compile(r"s(\d+)-")


class AnchorRenamer(QObject):
    """Renames the anchors of the sections from a part on, over the next turns.

    ``regions`` and ``article`` give what is shown now; ``ready`` says whether the shown
    regions line up with the article's parts (not during a structure change)."""

    def __init__(self, regions: Callable[[], Regions], article: Callable[[], Article | None],
                 ready: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regions, self._article, self._ready = regions, article, ready
        self.first: int | None = None  # parts from here on may show an old anchor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)

    @property
    def pending(self) -> bool:
        return self.first is not None

    def clear(self) -> None:
        """Nothing to rename (another article, or a new document)."""
        self.first = None
        self.timer.stop()

    def rename_from(self, part: int) -> None:
        """The sections from part ``part`` on have new places: rename them (over the next turns)."""
        self.first = part if self.first is None else min(self.first, part)

    def resume(self) -> None:
        """Go on renaming at the next turn, if anything is left."""
        if self.first is not None:
            self.timer.start()

    def step(self, everything: bool = False) -> None:
        """Rename anchors for ``ANCHOR_STEP_S`` (``everything``: all that is left)."""
        first, article = self.first, self._article()
        if first is None or article is None or not self._ready():
            return
        regions, sections = self._regions(), article.sections
        until = time.perf_counter() + ANCHOR_STEP_S
        part = max(first, 1)
        while part <= len(sections) and (everything or time.perf_counter() < until):
            section = sections[part - 1]
            regions.rename_anchor(FIRST_PART + part, section_anchor(section.heading, part - 1))
            part += 1
        self.first = None if part > len(sections) else part
        self.resume()


def section_part(name: str, article: Article | None) -> int | None:
    """The part whose section has the anchor ``name`` (``s4-heading``), if there is one."""
    match = _SECTION_ANCHOR_RE.match(name)
    if match is None or article is None:
        return None
    index = int(match.group(1)) - 1
    sections = article.sections
    if 0 <= index < len(sections) and section_anchor(sections[index].heading, index) == name:
        return index + 1
    return None
