"""Where the preview's parts are: the part at the top of the view, and a part's place.

The preview scrolls with the editor (``scroll_sync``): both speak in parts (0 the
lead, n the section n) and a fraction of the part. These read the laid-out regions of
the preview's document (``preview_regions``), halving the search over them.
"""

from __future__ import annotations

from PySide6.QtGui import QAbstractTextDocumentLayout

from hubdesk.ui.editor.preview_anchors import FIRST_PART
from hubdesk.ui.editor.preview_regions import Regions


def region_top(regions: Regions, layout: QAbstractTextDocumentLayout, region: int
               ) -> tuple[float, float]:
    """Top and height of a region in the document (where its first block starts)."""
    top = layout.blockBoundingRect(regions.first_block(region)).top()
    end = layout.blockBoundingRect(regions.separator(region + 1)).top()
    return top, end - top


def part_at(regions: Regions, layout: QAbstractTextDocumentLayout, y: int,
            splice: tuple[int, int, int] | None) -> tuple[int, float]:
    """The part at height ``y`` and how far into it ``y`` is (0-1); ``splice``: the
    structure change whose regions are not in yet (the shown ones are in the old order)."""
    count = len(regions)
    if not count:
        return 0, 0.0
    # The first region ending below y (the last if none does), found by halving.
    lo, hi = 0, count - 1
    while lo < hi:
        mid = (lo + hi) // 2
        top, height = region_top(regions, layout, mid)
        if y < top + height:
            hi = mid
        else:
            lo = mid + 1
    top, height = region_top(regions, layout, lo)
    fraction = max(0.0, min(1.0, (y - top) / height if height > 0 else 0.0))
    part = lo - FIRST_PART
    if splice is not None:
        start, removed, added = splice
        if part >= start + removed:
            part += added - removed
        elif part >= start:
            part, fraction = start, 0.0
    return part, fraction
