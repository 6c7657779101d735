"""Typing aids in the editor: typography by language, lists and quotes that continue.

- After a quote, an apostrophe, ``; : ! ?`` or a third ``.``, the typography rules
  of the article's language (``typography.substitute``) replace what was typed, as
  an edit of its own: one Ctrl+Z gives back the character as typed. Nothing is
  replaced in code (fenced or inline), in URLs or in link targets.
- Enter on a list item or a quote line starts the next one (``1.`` → ``2.``); on an
  empty item it ends the list. Tab and Shift+Tab nest and un-nest list items.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor

from hubdesk.formats import typography
from hubdesk.model.document import FenceTracker
from hubdesk.ui.editor import list_editing
from hubdesk.ui.editor.markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_IN_FENCE_STATE = 1  # MarkdownHighlighter's block state inside a fenced block
_TRIGGERS = set("'\".;:!?[")


def in_fenced_code(block: QTextBlock) -> bool:
    """True for a fence line or a line inside a fenced code block."""
    if _FENCE.match(block.text()):
        return True
    previous = block.previous()
    if not previous.isValid():
        return False
    if previous.userState() != -1:  # the highlighter's state says it
        return previous.userState() == _IN_FENCE_STATE
    fences = FenceTracker()
    b = block.document().firstBlock()
    while b.isValid() and b.blockNumber() < block.blockNumber():
        fences.in_code(b.text())
        b = b.next()
    return fences.fence is not None


class TypingAids(QObject):
    """Installs the typing aids on a ``MarkdownEditor``.

    ``language()`` gives the open article's language; ``typography_on()`` whether
    the typography rules apply (a preference).
    """

    def __init__(
        self,
        editor: MarkdownEditor,
        language: Callable[[], str],
        typography_on: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.language = language
        self.typography_on = typography_on
        editor.key_hooks.append(self.handle_key)
        editor.typed_hooks.append(self.after_typed)

    # ------------------------------------------------------------ keys

    def handle_key(self, event: QKeyEvent) -> bool:
        """Enter, Tab and Shift+Tab on lists and quotes; True when handled."""
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            return self.enter()
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            return self.indent(outdent=False)
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ShiftModifier):
            return self.indent(outdent=True)
        return False

    def enter(self) -> bool:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() or in_fenced_code(cursor.block()):
            return False
        step = list_editing.continuation(cursor.block().text(), cursor.positionInBlock())
        if step is None:
            return False
        edit = QTextCursor(cursor)
        edit.beginEditBlock()
        if step.end_list:
            edit.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
        else:
            edit.insertText("\n" + step.next_prefix)
        edit.endEditBlock()
        self.editor.setTextCursor(edit)
        self.editor.ensureCursorVisible()
        return True

    def indent(self, outdent: bool) -> bool:
        cursor = self.editor.textCursor()
        doc = self.editor.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        if list_editing.list_prefix(first.text()) is None or in_fenced_code(first):
            return False
        edit = QTextCursor(doc)
        edit.setPosition(cursor.position())
        edit.beginEditBlock()
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            line = block.text()
            if list_editing.list_prefix(line) is not None:
                have = list_editing.leading_spaces(line)
                want = self._outdent_to(block) if outdent else self._indent_to(block)
                edit.setPosition(block.position())
                if want > have:
                    edit.insertText(" " * (want - have))
                elif want < have:
                    edit.setPosition(block.position() + have - want, QTextCursor.MoveMode.KeepAnchor)
                    edit.removeSelectedText()
            block = block.next()
        edit.endEditBlock()
        return True

    @staticmethod
    def _previous_items(block: QTextBlock, limit: int = 200):
        """List lines above ``block`` (nearest first), up to a blank-free run's start."""
        b = block.previous()
        while b.isValid() and limit > 0:
            limit -= 1
            if list_editing.list_prefix(b.text()) is not None:
                yield b.text()
            elif not b.text().strip():
                return
            b = b.previous()

    def _indent_to(self, block: QTextBlock) -> int:
        """Under the previous item at the same level: at the column of its text."""
        have = list_editing.leading_spaces(block.text())
        for line in self._previous_items(block):
            if list_editing.leading_spaces(line) <= have:
                return list_editing.leading_spaces(line) + list_editing.indent_unit(line)
        return have + list_editing.indent_unit(block.text())

    def _outdent_to(self, block: QTextBlock) -> int:
        """At the level of the item it is nested in (or the left margin)."""
        have = list_editing.leading_spaces(block.text())
        for line in self._previous_items(block):
            if list_editing.leading_spaces(line) < have:
                return list_editing.leading_spaces(line)
        return 0

    # ------------------------------------------------------------ typography

    def after_typed(self, text: str) -> None:
        """The editor has just inserted ``text``: apply the typography rules to it."""
        if len(text) != 1 or text not in _TRIGGERS or not self.typography_on():
            return
        cursor = self.editor.textCursor()
        column = cursor.positionInBlock()
        line = cursor.block().text()
        if cursor.hasSelection() or column == 0 or line[column - 1] != text:
            return
        before = line[: column - 1]
        if typography.is_literal(before) or in_fenced_code(cursor.block()):
            return
        found = typography.substitute(self.language(), before, text)
        if found is None:
            return
        extra, replacement = found
        position = cursor.position()
        edit = QTextCursor(self.editor.document())
        edit.setPosition(position)  # where one Ctrl+Z leaves the cursor: after the typed text
        edit.beginEditBlock()
        edit.setPosition(position - 1 - extra)
        edit.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(replacement)
        edit.endEditBlock()
        self.editor.setTextCursor(edit)
