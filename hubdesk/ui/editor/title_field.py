"""The article's title, above the editor, where the writer writes.

It edits the same ``Article.title`` as the Metadata panel, through the same undo
stack and the same kind of step (``FieldCommand`` merged per typing burst), so the
two show one title and either one's change is undone by Ctrl+Z in either. The
slug follows the title as it does from the panel. Enter or Down goes on to the
body; Up in the body's first line comes back (the window wires that).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from hubdesk.model.article import Article, slugify
from hubdesk.ui.editor.field_command import FieldCommand

log = logging.getLogger(__name__)

TITLE_SCALE = 1.4  # the title's size against the editor's text


class TitleField(QLineEdit):
    """One line, in large bold type, holding the open article's title."""

    changed = Signal()  # the title changed (typed here, or undone / redone from here)
    leave_down = Signal()  # Enter or Down: the writer goes on to the body

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("titleField")
        self._undo_stack = undo_stack
        self._article: Article | None = None
        self.setFrame(False)
        self.setPlaceholderText(self.tr("Title"))
        self.setAccessibleName(self.tr("Title of the article"))
        self.setToolTip(self.tr("The article's title: the one heading of level 1 in every output"))
        self.setStyleSheet("QLineEdit#titleField { background: palette(base); border: none; padding: 14px 0 4px 0; }")
        self.textEdited.connect(self._on_edited)
        self.set_base_font(self.font())
        self.set_article(None)

    def set_base_font(self, font: QFont) -> None:
        """Size the title from the editor's font (bold, larger)."""
        title = QFont(font)
        title.setPointSizeF(max(9.0, font.pointSizeF() * TITLE_SCALE))
        title.setBold(True)
        self.setFont(title)

    def align_with(self, left: int, right: int) -> None:
        """Put the title's text in the editor's column (its left and right margins)."""
        self.setTextMargins(left, 0, right, 0)

    # ------------------------------------------------------------ article

    def set_article(self, article: Article | None) -> None:
        self._article = article
        self.setEnabled(article is not None)
        self.refresh()

    def refresh(self) -> None:
        """Show the article's title (after the Metadata panel, an undo or a reload changed it)."""
        title = self._article.title if self._article is not None else ""
        if self.text() != title:
            at = self.cursorPosition()
            self.setText(title)
            self.setCursorPosition(min(at, len(title)) if self.hasFocus() else 0)

    def _on_edited(self, text: str) -> None:
        article = self._article
        if article is None or text == article.title:
            return
        from hubdesk.ui.editor.metadata_panel import slug_follows_title  # the panel comes later

        changes: dict[str, Any] = {"title": text}
        if slug_follows_title(article) and text.strip():
            changes["slug"] = slugify(text)
        # The same merge key as the Metadata panel's title: one typing burst, one undo step.
        self._undo_stack.push(
            FieldCommand(article, changes, self.tr("Edit title"), self._applied, merge_key="title"))

    def _applied(self) -> None:
        self.refresh()
        self.changed.emit()

    # ------------------------------------------------------------ keys

    def undo(self) -> None:
        """Undo the article's last metadata step (not only this line's own typing)."""
        self._undo_stack.undo()

    def redo(self) -> None:
        self._undo_stack.redo()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                    QKeySequence.StandardKey.Redo):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.leave_down.emit()
            return
        super().keyPressEvent(event)



def install_title_field(field: TitleField, editor, session, side) -> None:
    """Wire the title field to the editor below it, the open article and the Metadata panel."""

    def follow_editor() -> None:
        margin = int(editor.document().documentMargin())
        m = editor.viewportMargins()
        field.set_base_font(editor.font())
        field.align_with(m.left() + margin, m.right() + margin)

    def title_changed_here() -> None:
        if side.metadata is not None:
            side.metadata.refresh()
        side.title_changed.emit()

    def up_from_first_line(event: QKeyEvent) -> bool:
        if (event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and editor.textCursor().blockNumber() == 0 and field.isEnabled()):
            field.setFocus()
            field.end(False)
            return True
        return False

    def down_to_body() -> None:
        editor.setFocus()
        cursor = editor.textCursor()
        if cursor.blockNumber() != 0:
            cursor.movePosition(cursor.MoveOperation.Start)
            editor.setTextCursor(cursor)

    editor.margins_changed.connect(follow_editor)
    follow_editor()
    session.article_loaded.connect(field.set_article)
    side.title_changed.connect(field.refresh)
    field.changed.connect(title_changed_here)
    field.leave_down.connect(down_to_body)
    editor.key_hooks.insert(0, up_from_first_line)
