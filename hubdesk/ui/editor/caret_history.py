"""Where the cursor goes when a structural edit is undone or redone.

``QTextDocument`` puts the cursor back where an edit block began on undo, and at
the end of the last insertion on redo: after a section move that is the start of
a heading, where the next keystroke would join the heading. Each structural edit
records the two places that make sense (in the body of the section being worked
on, before and after the edit) and this class puts the cursor there after the
matching undo or redo.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaretRecord:
    """One structural edit: the undo state and text length on each side, and the carets."""

    steps_before: int
    steps_after: int
    length_before: int
    length_after: int
    caret_before: int
    caret_after: int


class CaretHistory(QObject):
    """Follows an editor's undo and redo (its ``history_moved`` signal)."""

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        self._records: list[CaretRecord] = []
        self.recording = False
        document = editor.document()
        document.undoCommandAdded.connect(self._on_command_added)
        editor.history_moved.connect(self._on_history_moved)

    def steps(self) -> int:
        return self.editor.document().availableUndoSteps()

    def length(self) -> int:
        return self.editor.document().characterCount()

    def record(self, record: CaretRecord) -> None:
        self._records.append(record)

    def clear(self) -> None:
        self._records.clear()

    def _on_command_added(self) -> None:
        """A new edit: records it has overwritten on the redo side are gone."""
        if self.recording:
            return
        steps = self.steps()
        self._records = [r for r in self._records if r.steps_after < steps]

    def _on_history_moved(self, kind: str) -> None:
        steps, length = self.steps(), self.length()
        for r in reversed(self._records):
            if kind == "undo" and (r.steps_before, r.length_before) == (steps, length):
                self._place(r.caret_before)
                return
            if kind == "redo" and (r.steps_after, r.length_after) == (steps, length):
                self._place(r.caret_after)
                return

    def _place(self, position: int) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(max(0, min(position, self.length() - 1)))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
