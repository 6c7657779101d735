"""The Markdown editor: the whole article body in one plain-text editor.

A readable font, a centred column of limited width, standard shortcuts (those of
``QPlainTextEdit``) and a focus mode that shows only the section being written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QMenu, QPlainTextEdit, QWidget

from hubdesk.ui.editor.line_repaint import LineRepaint
from hubdesk.ui.editor.quiet_scroll_bar import QuietScrollBar

if TYPE_CHECKING:
    from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter

log = logging.getLogger(__name__)

_PREFERRED_FONTS = ("iA Writer Quattro S", "IBM Plex Mono", "JetBrains Mono", "DejaVu Sans Mono")


def default_editor_family() -> str:
    """The first readable monospace font installed, else the system's fixed font."""
    families = set(QFontDatabase.families())
    for name in _PREFERRED_FONTS:
        if name in families:
            return name
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


class MarkdownEditor(QPlainTextEdit):
    """A ``QPlainTextEdit`` with a centred text column and a one-section focus mode.

    Undo and redo, from the keyboard, the menus or the context menu, all go through
    ``undo()`` and ``redo()`` here, which announce ``history_moved("undo" | "redo")``
    once the document has changed, so that the cursor can be put back in place.
    """

    history_moved = Signal(str)
    margins_changed = Signal()  # the text column moved (width, font, line length)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setCenterOnScroll(False)
        self._line_width = 76
        self._margins_font = QFont()
        self._focus_range: tuple[int, int] | None = None
        self.window_shortcuts: set[QKeySequence] = set()
        self.context_menu_hooks: list[Callable[[QMenu], None]] = []
        self.context_menu_position: QPoint | None = None  # where the context menu was asked for
        self.key_hooks: list[Callable[[QKeyEvent], bool]] = []  # True: the key is handled
        self.typed_hooks: list[Callable[[str], None]] = []  # after the editor typed a text
        self.paste_hooks: list[Callable[[QMimeData], bool]] = []  # True: the paste is handled
        self.paste_checks: list[Callable[[str], bool]] = []  # False: refused (it says why)
        self.highlighter: MarkdownHighlighter | None = None  # puts a long text in (setPlainText)
        self.set_editor_font("", 12)
        self.document().setDocumentMargin(18)
        self.line_repaint = LineRepaint(self)  # typing repaints its line, not the whole view
        self.setVerticalScrollBar(QuietScrollBar(Qt.Orientation.Vertical, self))

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Replace the text; a long one through the highlighter, which colours it in
        slices afterwards instead of line by line inside this call."""
        if self.highlighter is None:
            super().setPlainText(text)
        else:
            self.highlighter.put_text(text, super().setPlainText)

    # ------------------------------------------------------------ look

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(family or default_editor_family())
        font.setPointSize(size)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._update_margins()

    def set_line_width(self, characters: int) -> None:
        self._line_width = characters
        self._update_margins()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        column = self.fontMetrics().horizontalAdvance("n" * self._line_width) + 40
        spare = max(0, self.width() - column - self.verticalScrollBar().sizeHint().width())
        side = spare // 2
        if self.viewportMargins().left() != side or self.font() != self._margins_font:
            self._margins_font = QFont(self.font())
            self.setViewportMargins(side, 0, side, 0)
            self.margins_changed.emit()

    # ------------------------------------------------------------ positions

    def move_to_block(self, block_number: int, fraction: float | None = None) -> None:
        """Put the cursor at the start of a line and scroll that line to the top."""
        block = self.document().findBlockByNumber(max(0, block_number))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.scroll_to_block(block_number)

    def scroll_to_block(self, block_number: int) -> None:
        """Scroll so that a line is at the top of the view (QPlainTextEdit scrolls by lines)."""
        visible = 0
        block = self.document().firstBlock()
        while block.isValid() and block.blockNumber() < block_number:
            if block.isVisible():
                visible += block.lineCount()
            block = block.next()
        self.verticalScrollBar().setValue(visible)

    def first_visible_block(self) -> int:
        return self.firstVisibleBlock().blockNumber()

    def current_block(self) -> int:
        return self.textCursor().blockNumber()

    # ------------------------------------------------------------ focus mode

    def focus_range(self) -> tuple[int, int] | None:
        return self._focus_range

    def set_focus_range(self, blocks: tuple[int, int] | None) -> None:
        """Show only lines ``start <= n < end`` (one section), or every line with ``None``."""
        self._focus_range = blocks
        doc = self.document()
        block = doc.firstBlock()
        while block.isValid():
            n = block.blockNumber()
            block.setVisible(blocks is None or blocks[0] <= n < blocks[1])
            block = block.next()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()
        self.ensureCursorVisible()

    def event(self, event: QEvent) -> bool:
        """Let the window's section shortcuts win over the editor's own use of those keys."""
        if event.type() == QEvent.Type.ShortcutOverride:
            combo = QKeySequence(event.keyCombination())
            if combo in self.window_shortcuts:
                event.ignore()
                return True
        return super().event(event)

    # ------------------------------------------------------------ undo and redo

    def undo(self) -> None:
        super().undo()
        self.history_moved.emit("undo")

    def redo(self) -> None:
        super().redo()
        self.history_moved.emit("redo")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        position, where = event.pos(), event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:  # the Menu key: the word at the
            caret = self.cursorRect()  # caret, and the menu below its line, not over it
            position = caret.center()
            where = self.viewport().mapToGlobal(caret.bottomLeft())
        self.context_menu_position = position
        menu = self.createStandardContextMenu(position)
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                action.triggered.disconnect()
                action.triggered.connect(self.undo if name == "edit-undo" else self.redo)
        self.extend_context_menu(menu)
        menu.exec(where)
        menu.deleteLater()

    def extend_context_menu(self, menu: QMenu) -> None:
        """Add entries to the editor's context menu (the window adds its formatting actions)."""
        for hook in self.context_menu_hooks:
            hook(menu)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        for hook in self.paste_hooks:
            if hook(source):
                return
        if source.hasText():
            self.insert_pasted(source.text())

    def insert_pasted(self, text: str) -> bool:
        """Put pasted (or dropped) ``text`` at the cursor, as one undoable edit; False when
        nothing went in (read-only, empty, or refused by a paste check, which says why).
        A long text goes in with the highlighter detached: it colours it in slices."""
        if self.isReadOnly() or not text:
            return False
        if not all(check(text) for check in self.paste_checks):
            return False
        if self.highlighter is None:
            self.textCursor().insertText(text)
        else:
            self.highlighter.put_in(text, self.textCursor().insertText)
        self.ensureCursorVisible()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self._focus_range is not None:
            self.set_focus_range(None)
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return
        for hook in self.key_hooks:
            if hook(event):
                return
        super().keyPressEvent(event)
        text = event.text()
        if text and text.isprintable():
            for typed in self.typed_hooks:
                typed(text)
