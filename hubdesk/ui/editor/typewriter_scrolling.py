"""Typewriter scrolling: the line being written stays at the middle of the editor.

A preference (and the View menu's checkable action): when it is on, every move
of the caret from the keyboard or by typing scrolls so that the caret's line is
at the vertical centre; a click with the mouse does not make the page jump.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from hubdesk.ui.shell.settings import EDITING, QT_TRANSLATE_NOOP, Setting, Settings, declare

TYPEWRITER = declare(Setting(
    "typewriter_scrolling", bool, False,
    QT_TRANSLATE_NOOP("Settings", "Typewriter scrolling (the line being written stays in the middle)"),
    EDITING,
))


class TypewriterScrolling(QObject):
    """Keeps the editor's caret line at the centre while the preference is on."""

    def __init__(self, editor: QPlainTextEdit, action: QAction, settings: Settings) -> None:
        super().__init__(editor)
        self.editor = editor
        self.action = action
        self.settings = settings
        action.setChecked(self.on)
        action.toggled.connect(lambda checked: settings.set(TYPEWRITER.key, checked))
        settings.changed.connect(self._on_setting)
        editor.cursorPositionChanged.connect(self.follow)
        self._apply()

    @property
    def on(self) -> bool:
        return bool(self.settings.get(TYPEWRITER.key))

    def _on_setting(self, key: str) -> None:
        if key == TYPEWRITER.key:
            self._apply()

    def _apply(self) -> None:
        on = self.on
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.editor.setCenterOnScroll(on)  # the last lines can come up to the middle too
        self.follow()

    def follow(self) -> None:
        if self.on and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.editor.centerCursor()
