"""Structural edits of the article body, each one undoable text edit.

Moving, adding, renaming, deleting, splitting and merging sections are done on
the editor's text inside one ``QTextCursor`` edit block, so the editor's own
undo stack (Ctrl+Z) takes each of them back in one step, and the part tracker,
the navigator and the preview follow as for any other edit.

After each edit, and after its undo and its redo, the cursor is in the body of
the section being worked on (never on a heading line, where the next keystroke
would join the heading or turn it into body text): on the new section's empty
line after Add, in the moved section after a move, and so on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.model.document import heading_line
from hubdesk.ui.editor.caret_history import CaretHistory, CaretRecord
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from hubdesk.ui.editor.part_tracker import PartTracker


def body_position(
    tracker: PartTracker, part: int, at_end: bool = False, need_text: bool = False
) -> int | None:
    """A place in the body of ``part``: the start of its first line of text (or the end
    of its last with ``at_end``), else its middle empty line; None if it has no body
    line at all (or no text, with ``need_text``)."""
    if not 0 <= part < len(tracker.parts):
        return None
    doc = tracker.document
    first = tracker.parts[part].start_block + (1 if part > 0 else 0)
    blocks = [doc.findBlockByNumber(n) for n in range(first, tracker.end_block(part))]
    filled = [b for b in blocks if b.text().strip()]
    if filled:
        block = filled[-1] if at_end else filled[0]
        return block.position() + (block.length() - 1 if at_end else 0)
    if need_text or not blocks:
        return None
    return blocks[len(blocks) // 2].position()


class SectionEdits:
    """Structural edits on an editor whose parts a ``PartTracker`` follows.

    Section indices are 0-based (the lead is not a section); part ``n`` is the
    lead (``n = 0``) or section ``n - 1``.
    """

    def __init__(self, editor: QPlainTextEdit, tracker: PartTracker) -> None:
        self.editor = editor
        self.tracker = tracker
        self.carets = CaretHistory(editor)
        self.after_edit: list[Callable[[], None]] = []  # run once the cursor is in place
        self.busy = False  # inside an edit: the cursor passes through other parts

    # ------------------------------------------------------------ positions

    @property
    def locked(self) -> bool:
        """No structural edit: the editor is read-only (no article, or one still loading)."""
        return self.editor.isReadOnly()

    @property
    def section_count(self) -> int:
        return len(self.tracker.parts) - 1

    def _doc(self):
        return self.editor.document()

    def _part_start(self, part: int) -> int:
        if part >= len(self.tracker.parts):
            return self._doc().characterCount() - 1
        return self._doc().findBlockByNumber(self.tracker.parts[part].start_block).position()

    def _bounds(self, first_part: int, end_part: int) -> tuple[int, int]:
        """Character range of parts ``first_part <= p < end_part``."""
        return self._part_start(first_part), self._part_start(end_part)

    def _chunk(self, section: int) -> str:
        start, end = self._bounds(section + 1, section + 2)
        cursor = QTextCursor(self._doc())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").strip("\n")

    def part_at(self, position: int) -> int:
        return self.tracker.part_at_block(self._doc().findBlock(position).blockNumber())

    def part_range(self, position: int) -> tuple[int, int]:
        """Character range of the part (lead or section) holding ``position``."""
        part = self.part_at(position)
        return self._bounds(part, part + 1)

    def in_body(self, position: int, part: int) -> bool:
        """True when ``position`` is on a body line of ``part`` (not its heading line)."""
        block = self._doc().findBlock(position).blockNumber()
        first = self.tracker.parts[part].start_block + (1 if part > 0 else 0)
        return first <= block < self.tracker.end_block(part)

    def body_position(self, part: int, at_end: bool = False, need_text: bool = False) -> int | None:
        return body_position(self.tracker, part, at_end, need_text)

    def writing_position(self, position: int) -> int:
        """``position`` if it is in a body, else the start of its part's body."""
        part = self.part_at(position)
        if self.in_body(position, part):
            return position
        found = self.body_position(part)
        return position if found is None else found

    def _section_caret(self, part: int, offset: int | None) -> int | None:
        """``offset`` characters into ``part`` if that is in its body, else its body start."""
        if offset is not None:
            position = self._part_start(part) + offset
            if position < self._doc().characterCount() and self.in_body(position, part):
                return position
        return self.body_position(part)

    def _cursor_offset_in(self, part: int) -> int | None:
        """The editor cursor's offset from the start of ``part``, if it is in its body."""
        position = self.editor.textCursor().selectionStart()
        if self.in_body(position, part):
            return position - self._part_start(part)
        return None

    # ------------------------------------------------------------ one edit

    def _command(
        self,
        caret_before: int | None,
        change: Callable[[QTextCursor], None],
        caret_after: Callable[[], int | None],
    ) -> None:
        """Run ``change`` as one undo step; put the cursor where it belongs after it
        (``caret_after``, computed on the new text) and after its undo (``caret_before``)."""
        doc = self._doc()
        if caret_before is None:
            caret_before = self.writing_position(self.editor.textCursor().selectionStart())
        steps, length = self.carets.steps(), self.carets.length()
        cursor = QTextCursor(doc)
        cursor.setPosition(caret_before)  # where Qt's own undo puts the cursor back
        self.carets.recording = True
        self.busy = True
        try:
            try:
                cursor.beginEditBlock()
                change(cursor)
                cursor.endEditBlock()
            finally:
                self.carets.recording = False
            after = caret_after()
            if after is None:
                after = self.writing_position(min(cursor.position(), doc.characterCount() - 1))
            self.carets.record(CaretRecord(
                steps, self.carets.steps(), length, self.carets.length(), caret_before, after))
            placed = QTextCursor(doc)
            placed.setPosition(after)
            self.editor.setTextCursor(placed)
        finally:
            self.busy = False
        self.editor.ensureCursorVisible()
        for hook in self.after_edit:
            hook()

    def _replace_parts(self, cursor: QTextCursor, first_part: int, end_part: int, text: str) -> None:
        """Replace whole parts with ``text``, keeping a blank line before and after it."""
        start, end = self._bounds(first_part, end_part)
        doc = self._doc()
        if end_part < len(self.tracker.parts):
            text = text.rstrip("\n") + "\n\n" if text.strip() else ""
        elif text.strip():
            text = text.rstrip("\n") + "\n"
        if start > 0 and text and doc.findBlock(start - 1).text().strip():
            text = "\n" + text
        for keeper in doc.findChildren(MarkdownHighlighter):  # the lines put back keep their colours
            keeper.keep_colours(doc.findBlock(start).blockNumber(), doc.findBlock(end).blockNumber())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    # ------------------------------------------------------------ edits

    def move_section(self, source: int, target: int) -> bool:
        """Move section ``source`` so that it ends up at index ``target``."""
        n = self.section_count
        if not (0 <= source < n and 0 <= target < n) or source == target or self.locked:
            return False
        lo, hi = min(source, target), max(source, target)
        chunks = [self._chunk(i) for i in range(lo, hi + 1)]
        moved = chunks.pop(source - lo)
        chunks.insert(target - lo, moved)
        offset = self._cursor_offset_in(source + 1)
        before = self._section_caret(source + 1, offset)
        self._command(
            before,
            lambda c: self._replace_parts(c, lo + 1, hi + 2, "\n\n".join(chunks)),
            lambda: self._section_caret(target + 1, offset),
        )
        return True

    def add_section(self, after: int, heading: str) -> int:
        """Add an empty section after section ``after`` (-1: first); returns its index.

        The cursor goes to the new section's empty body line, between blank lines.
        -1 (nothing added) while the editor is locked."""
        if self.locked:
            return -1
        after = max(-1, min(after, self.section_count - 1))
        heading = heading.strip() or "…"
        new_part = after + 2
        followed = new_part < len(self.tracker.parts)

        def change(cursor: QTextCursor) -> None:
            doc = self._doc()
            at = self._part_start(new_part)
            previous = doc.findBlock(at - 1) if at > 0 else None
            if followed:
                prefix = "\n" if previous is not None and previous.text().strip() else ""
                text = f"{prefix}{heading_line(heading)}\n\n\n\n"
            else:
                last = doc.findBlock(at)
                if last.text().strip():
                    prefix = "\n\n"
                elif previous is not None and previous.text().strip():
                    prefix = "\n"
                else:
                    prefix = ""
                text = f"{prefix}{heading_line(heading)}\n\n"
            cursor.setPosition(at)
            cursor.insertText(text)

        self._command(None, change, lambda: self.body_position(new_part))
        return after + 1

    def rename_section(self, index: int, heading: str) -> bool:
        heading = heading.strip()
        if not heading or not 0 <= index < self.section_count or self.locked:
            return False
        part = index + 1
        offset = self._cursor_offset_in(part)
        before = self._section_caret(part, offset)

        def change(cursor: QTextCursor) -> None:
            start = self._part_start(part)
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(heading_line(heading))

        old_line = self._doc().findBlock(self._part_start(part)).length()

        def after() -> int | None:
            shift = self._doc().findBlock(self._part_start(part)).length() - old_line
            return self._section_caret(part, None if offset is None else offset + shift)

        self._command(before, change, after)
        return True

    def delete_section(self, index: int) -> bool:
        """Delete a section; the cursor goes to the end of the text before it."""
        if not 0 <= index < self.section_count or self.locked:
            return False
        before = self._section_caret(index + 1, self._cursor_offset_in(index + 1))

        def after() -> int | None:
            for found in (
                self.body_position(index, at_end=True, need_text=True),
                self.body_position(index + 1, need_text=True),
                self.body_position(index, at_end=True),
                self.body_position(index + 1),
            ):
                if found is not None:
                    return found
            return None

        self._command(before, lambda c: self._replace_parts(c, index + 1, index + 2, ""), after)
        return True

    def split_at_cursor(self, heading: str) -> bool:
        """Start a new section at the cursor's paragraph, under ``heading``."""
        if self.locked:
            return False
        position = self.editor.textCursor().selectionStart()
        block = self._doc().findBlock(position)
        part = self.tracker.part_at_block(block.blockNumber())
        if part > 0 and block.blockNumber() == self.tracker.parts[part].start_block:
            return False  # on a heading line already
        heading = heading.strip() or "…"
        inserted: list[int] = []

        def change(cursor: QTextCursor) -> None:
            cursor.setPosition(position)
            if position - block.position() > 0:
                text = f"\n\n{heading_line(heading)}\n\n"
            elif block.previous().isValid() and block.previous().text().strip():
                text = f"\n{heading_line(heading)}\n\n"
            else:
                text = f"{heading_line(heading)}\n\n"
            cursor.insertText(text)
            inserted.append(cursor.position())

        self._command(position, change, lambda: inserted[0])
        return True

    def merge_with_next(self, index: int) -> bool:
        """Join section ``index + 1`` into section ``index`` (its heading goes).

        The cursor goes to the start of the text that came from the second section."""
        if not 0 <= index < self.section_count - 1 or self.locked:
            return False
        first = self._chunk(index)
        second = self._chunk(index + 1)
        body = second.split("\n", 1)[1].strip("\n") if "\n" in second else ""
        merged = first + ("\n\n" + body if body else "")
        cursor_position = self.editor.textCursor().selectionStart()
        before = None
        for part in (index + 1, index + 2):
            if self.in_body(cursor_position, part):
                before = cursor_position
        if before is None:
            before = self.body_position(index + 2, need_text=True) or self.body_position(index + 1)

        def after() -> int | None:
            if body:
                return self._part_start(index + 1) + len(first) + 2
            return self.body_position(index + 1, at_end=True)

        self._command(before, lambda c: self._replace_parts(c, index + 1, index + 3, merged), after)
        return True
