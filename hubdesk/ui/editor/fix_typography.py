"""Format ▸ Fix Typography…: the article's typography rules on the selection or the whole text.

The changes are listed first (``TypographyDialog``); the ones the writer keeps are
made as one edit, so one Ctrl+Z takes them all back. Code, URLs, links and tags
are never touched (``hubdesk.formats.typography_fix``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from hubdesk.formats.typography_fix import Change, fix_typography
from hubdesk.ui.editor.typography_dialog import TypographyDialog

log = logging.getLogger(__name__)


def _utf16_offsets(text: str) -> Callable[[int], int]:
    """Python index → document position (Qt counts UTF-16 units: an emoji is two)."""
    if text.isascii() or all(ord(c) <= 0xFFFF for c in text):
        return lambda i: i
    return lambda i: len(text[:i].encode("utf-16-le")) // 2


def _python_index(text: str, position: int) -> int:
    """Document position → Python index (the inverse of ``_utf16_offsets``)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return position
    units = 0
    for i, c in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(c) > 0xFFFF else 1
    return len(text)


class FixTypography(QObject):
    """The command: finds the changes, asks, applies the chosen ones as one undo step."""

    def __init__(self, editor: QPlainTextEdit, language: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.language = language

    def run(self) -> int:
        """Fix the selection, or the whole article without one; returns how many changes were made."""
        if self.editor.isReadOnly():
            return 0
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        in_selection = cursor.hasSelection()
        start, end = ((_python_index(text, cursor.selectionStart()), _python_index(text, cursor.selectionEnd()))
                      if in_selection else (0, len(text)))
        changes = fix_typography(text, self.language(), start, end)
        if not changes:
            QMessageBox.information(
                self.editor, self.tr("Fix Typography"),
                self.tr("The typography of the selection is already right.") if in_selection
                else self.tr("The typography of the article is already right."))
            return 0
        dialog = TypographyDialog(changes, in_selection, self.editor)
        if dialog.exec() != TypographyDialog.DialogCode.Accepted:
            return 0
        return self.apply(text, dialog.chosen())

    def apply(self, text: str, changes: list[Change]) -> int:
        """Make ``changes`` (found in ``text``, the editor's text) as one edit."""
        if not changes:
            return 0
        position = _utf16_offsets(text)
        edit = QTextCursor(self.editor.document())
        edit.beginEditBlock()
        for change in sorted(changes, key=lambda c: c.start, reverse=True):
            edit.setPosition(position(change.start))
            edit.setPosition(position(change.end), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(change.after)
        edit.endEditBlock()
        log.info("Fixed typography: %d change(s)", len(changes))
        return len(changes)
