"""Where the writer was before reading: the editor's cursor and scroll, the side tabs, the focus.

Reader mode hides the docks and makes the window full screen; showing the docks
again raises whichever tab was shown last, and the editor's lines wrap anew at
the new width. ``WritingPlace.take`` notes the place before, ``restore`` puts it
back after: the same selection, the same first line on screen (again once the
window has its normal size back), the tabs that were in front, and the focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from hubdesk.ui.editor.markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

SETTLE_MS = 500  # how long a late resize (leaving full screen) still re-places the view


class WritingPlace(QObject):
    """A snapshot of the writing place of one window, and its restoration."""

    def __init__(self, window: QMainWindow, editor: MarkdownEditor) -> None:
        super().__init__(window)
        self._window = window
        self._editor = editor
        self._cursor: tuple[int, int] | None = None
        self._first_block = 0
        self._front: list[QDockWidget] = []
        self._focus: QWidget | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(lambda: editor.viewport().removeEventFilter(self))

    def take(self) -> None:
        cursor = self._editor.textCursor()
        self._cursor = (cursor.anchor(), cursor.position())
        self._first_block = self._editor.firstVisibleBlock().blockNumber()
        self._front = [d for d in self._window.findChildren(QDockWidget)
                       if d.isVisible() and not d.visibleRegion().isEmpty()]
        self._focus = QApplication.focusWidget()

    def restore(self) -> None:
        for dock in self._front:
            if dock.isVisible():
                dock.raise_()
        if self._cursor is not None:
            anchor, position = self._cursor
            end = self._editor.document().characterCount() - 1
            cursor = QTextCursor(self._editor.document())
            cursor.setPosition(min(anchor, end))
            cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
            self._editor.setTextCursor(cursor)
            self._place_view()
            self._editor.viewport().installEventFilter(self)  # leaving full screen resizes later
            self._settle.start()
        focus = self._focus
        if focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus()
        else:
            self._editor.setFocus()

    def _place_view(self) -> None:
        self._editor.scroll_to_block(self._first_block)
        self._editor.ensureCursorVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self._editor.viewport():
            QTimer.singleShot(0, self._place_view)
        return False
