"""The reader's keys, as commands: one table, so that the help and the code agree.

``command_for(event)`` names what a key press asks the reader to do, or None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
_MODS = CTRL | ALT | SHIFT | Qt.KeyboardModifier.MetaModifier

# (key, modifiers) -> command
KEYS: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {
    (K.Key_N, NONE): "next_section",
    (K.Key_J, NONE): "next_section",
    (K.Key_Down, CTRL): "next_section",
    (K.Key_P, NONE): "previous_section",
    (K.Key_K, NONE): "previous_section",
    (K.Key_Up, CTRL): "previous_section",
    (K.Key_PageDown, NONE): "page_down",
    (K.Key_Space, NONE): "page_down",
    (K.Key_PageUp, NONE): "page_up",
    (K.Key_Space, SHIFT): "page_up",
    (K.Key_Home, NONE): "top",
    (K.Key_Home, CTRL): "top",
    (K.Key_End, NONE): "end",
    (K.Key_End, CTRL): "end",
    (K.Key_Right, ALT): "next_article",
    (K.Key_BracketRight, NONE): "next_article",
    (K.Key_Left, ALT): "previous_article",
    (K.Key_BracketLeft, NONE): "previous_article",
    (K.Key_T, NONE): "contents",
    (K.Key_Escape, NONE): "leave",
    (K.Key_Equal, CTRL): "zoom_in",
    (K.Key_0, CTRL): "zoom_reset",
}


def command_for(event: QKeyEvent) -> str | None:
    """The reader command a key press asks for, or None when the key is not the reader's."""
    if event.matches(QKeySequence.StandardKey.ZoomIn):
        return "zoom_in"
    if event.matches(QKeySequence.StandardKey.ZoomOut):
        return "zoom_out"
    mods = event.modifiers() & _MODS
    key = Qt.Key(event.key())
    if key in (K.Key_BracketLeft, K.Key_BracketRight):  # may need Shift or AltGr on some layouts
        mods = NONE if not mods & (CTRL | ALT) else mods
    return KEYS.get((key, Qt.KeyboardModifier(mods)))
