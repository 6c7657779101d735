"""Structural edits of the article body, each one undoable text edit.

Moving, adding, renaming, deleting, splitting and merging sections are done on
the editor's text inside one ``QTextCursor`` edit block, so the editor's own
undo stack (Ctrl+Z) takes each of them back in one step, and the part tracker,
the navigator and the preview follow as for any other edit.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.model.document import heading_line
from hubdesk.ui.editor.part_tracker import PartTracker


class SectionEdits:
    """Structural edits on an editor whose parts a ``PartTracker`` follows.

    Section indices are 0-based (the lead is not a section).
    """

    def __init__(self, editor: QPlainTextEdit, tracker: PartTracker) -> None:
        self.editor = editor
        self.tracker = tracker

    # ------------------------------------------------------------ helpers

    @property
    def section_count(self) -> int:
        return len(self.tracker.parts) - 1

    def _bounds(self, first_part: int, end_part: int) -> tuple[int, int]:
        """Character range of parts ``first_part <= p < end_part``."""
        doc = self.editor.document()
        start = doc.findBlockByNumber(self.tracker.parts[first_part].start_block).position()
        if end_part < len(self.tracker.parts):
            end = doc.findBlockByNumber(self.tracker.parts[end_part].start_block).position()
        else:
            end = doc.characterCount() - 1
        return start, end

    def _chunk(self, section: int) -> str:
        start, end = self._bounds(section + 1, section + 2)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").strip("\n")

    def _replace(self, first_part: int, end_part: int, text: str, caret: int | None = None) -> None:
        """Replace whole parts with ``text`` in one undoable step; ``caret`` is relative."""
        start, end = self._bounds(first_part, end_part)
        doc = self.editor.document()
        if end_part < len(self.tracker.parts):
            text = text.rstrip("\n") + "\n\n" if text.strip() else ""
        elif text.strip():
            text = text.rstrip("\n") + "\n"
        if start > 0 and text and doc.findBlock(start - 1).text().strip():
            text = "\n" + text
            caret = None if caret is None else caret + 1
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        cursor.endEditBlock()
        if caret is not None:
            cursor.setPosition(min(start + caret, doc.characterCount() - 1))
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    # ------------------------------------------------------------ edits

    def move_section(self, source: int, target: int) -> bool:
        """Move section ``source`` so that it ends up at index ``target``."""
        n = self.section_count
        if not (0 <= source < n and 0 <= target < n) or source == target:
            return False
        lo, hi = min(source, target), max(source, target)
        chunks = [self._chunk(i) for i in range(lo, hi + 1)]
        moved = chunks.pop(source - lo)
        chunks.insert(target - lo, moved)
        caret = sum(len(c) + 2 for c in chunks[: target - lo])
        self._replace(lo + 1, hi + 2, "\n\n".join(chunks), caret)
        return True

    def add_section(self, after: int, heading: str) -> int:
        """Add an empty section after section ``after`` (-1: first); returns its index."""
        after = max(-1, min(after, self.section_count - 1))
        heading = heading.strip() or "…"
        if after >= 0:
            chunk = self._chunk(after) + f"\n\n{heading_line(heading)}\n\n"
            self._replace(after + 1, after + 2, chunk, len(chunk))
        else:
            lead_end = self._bounds(0, 1)[1]
            text = f"{heading_line(heading)}\n\n"
            doc = self.editor.document()
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            cursor.setPosition(lead_end)
            prefix = "\n\n" if lead_end > 0 and doc.findBlock(lead_end - 1).text().strip() else ""
            suffix = "\n" if self.section_count else ""
            cursor.insertText(prefix + text + suffix)
            cursor.endEditBlock()
            cursor.setPosition(lead_end + len(prefix) + len(text))
            self.editor.setTextCursor(cursor)
        return after + 1

    def rename_section(self, index: int, heading: str) -> bool:
        heading = heading.strip()
        if not heading or not 0 <= index < self.section_count:
            return False
        block = self.editor.document().findBlockByNumber(self.tracker.parts[index + 1].start_block)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(heading_line(heading))
        cursor.endEditBlock()
        return True

    def delete_section(self, index: int) -> bool:
        if not 0 <= index < self.section_count:
            return False
        self._replace(index + 1, index + 2, "", 0)
        return True

    def split_at_cursor(self, heading: str) -> bool:
        """Start a new section at the cursor's paragraph, under ``heading``."""
        cursor = self.editor.textCursor()
        part = self.tracker.part_at_block(cursor.blockNumber())
        if part > 0 and cursor.blockNumber() == self.tracker.parts[part].start_block:
            return False  # on a heading line already
        heading = heading.strip() or "…"
        cursor.beginEditBlock()
        if cursor.positionInBlock() == 0:
            cursor.insertText(f"{heading_line(heading)}\n\n")
        else:
            cursor.insertText(f"\n\n{heading_line(heading)}\n\n")
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        return True

    def merge_with_next(self, index: int) -> bool:
        """Join section ``index + 1`` into section ``index`` (its heading goes)."""
        if not 0 <= index < self.section_count - 1:
            return False
        first = self._chunk(index)
        second = self._chunk(index + 1)
        body = second.split("\n", 1)[1].strip("\n") if "\n" in second else ""
        merged = first + ("\n\n" + body if body else "")
        self._replace(index + 1, index + 3, merged, len(first))
        return True
