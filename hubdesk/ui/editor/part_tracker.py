"""Which part of the article body (lead or section) each editor line belongs to.

The tracker follows the editor's ``QTextDocument``. An edit that stays inside one
part and neither adds nor removes a heading or a code fence is resolved by looking
only at that part's lines, so the cost of a keystroke does not grow with the
article. A structural edit (a heading added, removed or moved) in a text without
code fences re-reads only the parts the edit touched, plus the one before them;
the parts after it only shift their first block. An edit in a text with a fence,
or that adds one, re-reads the whole text once (``split_parts``), since a fence
changes the meaning of every line after it. Either way the smallest run of parts
that changed is reported.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument

from hubdesk.model.document import is_fence, may_hold_fences, section_heading, split_parts

log = logging.getLogger(__name__)

# Line and paragraph separators become block breaks, a no-break space comes out as a
# space (QTextDocument.toPlainText); the others are Qt's own block and frame marks.
REGION_READ_LINES = 64  # an edit over more lines than this is read in one call
_CHANGED_BY_QT = "\r\u00a0\u2028\u2029\ufdd0\ufdd1"


@dataclass
class TrackedPart:
    """The lead (``heading is None``) or one section, as the editor holds it now."""

    heading: str | None
    body: str
    start_block: int


class PartTracker(QObject):
    """Keeps the list of parts of an editor document up to date, edit by edit.

    ``parts_replaced(start, removed, added)``: ``parts[start:start + removed]`` of
    the previous list were replaced by ``added`` parts now at ``parts[start:]``.
    """

    parts_replaced = Signal(int, int, int)

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.parts: list[TrackedPart] = []
        self._block_count = 0
        self._has_fences = False
        self.suspended = False
        self.full_scans = 0
        self.region_scans = 0
        self.rescan(emit=False)
        document.documentLayout()  # contentsChange is only emitted once a layout exists
        document.contentsChange.connect(self._on_contents_change)

    # ------------------------------------------------------------ queries

    @property
    def document(self) -> QTextDocument:
        return self._doc

    def heading_blocks(self) -> list[int]:
        return [p.start_block for p in self.parts[1:]]

    def part_at_block(self, block_number: int) -> int:
        """Index in ``parts`` (0 = lead) of the part holding a block."""
        return bisect.bisect_right(self.heading_blocks(), block_number)

    def end_block(self, index: int) -> int:
        """First block after part ``index``."""
        if index + 1 < len(self.parts):
            return self.parts[index + 1].start_block
        return self._doc.blockCount()

    # ------------------------------------------------------------ updates

    def rescan(self, emit: bool = True, text: str | None = None) -> None:
        """Re-read the whole document (after loading a text or a structural edit).

        ``text``: what was just put in the document, read instead of the document when
        the document holds it as it is (no character Qt changes on the way in or out)."""
        self.full_scans += 1
        if text is None or any(c in text for c in _CHANGED_BY_QT):
            text = self._doc.toPlainText()
        old = self.parts
        new = [TrackedPart(p.heading, p.body, p.start_line) for p in split_parts(text)]
        self.parts = new
        self._block_count = self._doc.blockCount()
        self._has_fences = may_hold_fences(text)
        if emit:
            self._report(old, new, 0, len(old), len(new))

    def _report(self, old: list[TrackedPart], new: list[TrackedPart], lo: int, hi_old: int,
                hi_new: int) -> None:
        """Emit the smallest run of ``old[lo:hi_old]`` / ``new[lo:hi_new]`` that differs
        (the parts outside those ranges are the same in both)."""
        start = lo
        limit = min(hi_old, hi_new)
        while start < limit and _same(old[start], new[start]):
            start += 1
        end_old, end_new = hi_old, hi_new
        while end_old > start and end_new > start and _same(old[end_old - 1], new[end_new - 1]):
            end_old -= 1
            end_new -= 1
        if end_old - start == 0 and end_new - start == 0:
            return
        self.parts_replaced.emit(start, end_old - start, end_new - start)

    def _rescan_region(self, first: int, last: int, delta: int) -> bool:
        """Re-read only the parts holding blocks ``first..last`` (new numbering) and the
        part before them; False (nothing changed) when that text holds a fence."""
        old = self.parts
        lo = max(0, self.part_at_block(first) - 1)  # its heading is before the edit
        old_last = max(first, last - delta)  # the edit's last block, before the edit
        hi = self.part_at_block(old_last) + 1  # parts[hi:] are after the edit
        start_block = old[lo].start_block
        end_block = old[hi].start_block + delta if hi < len(old) else self._doc.blockCount()
        block = self._doc.findBlockByNumber(start_block)
        lines = []
        for _ in range(start_block, end_block):
            lines.append(block.text())
            block = block.next()
        text = "\n".join(lines)
        if may_hold_fences(text):
            return False
        region = [TrackedPart(p.heading, p.body, p.start_line + start_block)
                  for p in split_parts(text)]
        if lo > 0:
            region = region[1:]  # the text starts on a heading: no lead before it
        self.region_scans += 1
        after = old[hi:]
        for part in after:
            part.start_block += delta
        new = old[:lo] + region + after
        self.parts = new
        self._block_count = self._doc.blockCount()
        self._report(old, new, lo, hi, lo + len(region))
        return True

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self.suspended:
            return
        doc = self._doc
        first = doc.findBlock(position).blockNumber()
        last_block = doc.findBlock(position + added)
        last = last_block.blockNumber() if last_block.isValid() else doc.blockCount() - 1
        delta = doc.blockCount() - self._block_count
        if self._has_fences:
            self.rescan()
            return
        if not self._local_edit(first, last, delta):
            if not self._rescan_region(first, last, delta):
                self.rescan()
            return
        self._block_count = doc.blockCount()
        index = self.part_at_block(first)
        for part in self.parts[index + 1 :]:
            part.start_block += delta
        part = self.parts[index]
        heading, body = self._read_part(index)
        if heading == part.heading and body == part.body:
            return
        part.heading, part.body = heading, body
        self.parts_replaced.emit(index, 1, 1)

    def _local_edit(self, first: int, last: int, delta: int) -> bool:
        """True when the edit left every heading where it was (and added no fence)."""
        old_headings = self.heading_blocks()
        lo = bisect.bisect_left(old_headings, first)
        hi = bisect.bisect_right(old_headings, last - delta)
        old_in_range = old_headings[lo:hi]
        if last - first > REGION_READ_LINES:
            new_in_range = self._headings_read_at_once(first, last)
            if new_in_range is None:
                return False
        else:
            new_in_range = []
            block = self._doc.findBlockByNumber(first)
            for number in range(first, last + 1):
                text = block.text()
                if is_fence(text):
                    return False
                if section_heading(text) is not None:
                    new_in_range.append(number)
                block = block.next()
        if not old_in_range and not new_in_range:
            return True
        return first == last and delta == 0 and old_in_range == new_in_range == [first]

    def _headings_read_at_once(self, first: int, last: int) -> list[int] | None:
        """The heading lines among blocks ``first..last``, read in one call (a paste of
        thousands of lines), or None when one of them is a fence."""
        start = self._doc.findBlockByNumber(first)
        end = self._doc.findBlockByNumber(last)
        cursor = QTextCursor(start)
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        lines = cursor.selectedText().split("\u2029")
        if may_hold_fences("\n".join(lines)) and any(is_fence(line) for line in lines):
            return None
        return [first + n for n, line in enumerate(lines)
                if line.startswith("##") and section_heading(line) is not None]

    def _read_part(self, index: int) -> tuple[str | None, str]:
        """The part's heading and body as the editor holds them now (one read of its
        text, not one call per line: a part of many lines is read at every keystroke)."""
        start = self.parts[index].start_block
        end = self.end_block(index)
        first = self._doc.findBlockByNumber(start)
        last = self._doc.findBlockByNumber(end - 1) if end > start else first
        cursor = QTextCursor(first)
        if end > start:
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText().replace("\u2029", "\n") if end > start else ""
        if index == 0:
            return None, text.strip("\n")
        line, _, rest = text.partition("\n")
        heading = (section_heading(line) if end > start else None) or ""
        return heading, rest.strip("\n")


def _same(a: TrackedPart, b: TrackedPart) -> bool:
    return a.heading == b.heading and a.body == b.body
