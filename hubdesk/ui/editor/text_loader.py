"""Putting a long text into the editor over several event-loop turns.

``QPlainTextEdit.setPlainText`` is one call, and its time grows with the number of
lines: about 0.15 s for 160 KB of short lines, seconds for a few megabytes. A long
text goes in here instead: its first piece at once (the first screen shows it), the
rest a few pieces per turn at the end of the document, so the window keeps painting
and answering. The editor is read-only and its undo history off until the last piece
is in; the highlighter stays detached until then and colours the whole text after.

What the editor holds while loading is never the article: the caller keeps the text
apart from the model until ``done`` runs, so nothing half-loaded can be saved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk import pacing
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter

log = logging.getLogger(__name__)

LONG_LOAD_LINES = 16_000  # a text with more lines than this goes in over several turns
LONG_LOAD_CHARS = 512 * 1024  # and one with more characters
FIRST_PIECE_CHARS = 24 * 1024  # put in at once: more than a screen
PIECE_CHARS = 8 * 1024  # then pieces of about this size,
LINE_PIECE_CHARS = 256 * 1024  # or up to the end of a longer line (Qt lays out a line
# it is added to at once: a long line put in by pieces is laid out once per piece)
TURN_S = 0.025  # pieces per event-loop turn, for about this long


def is_long(text: str) -> bool:
    """True when ``text`` goes in over several turns rather than in one call."""
    return len(text) > LONG_LOAD_CHARS or text.count("\n", 0, LONG_LOAD_CHARS) > LONG_LOAD_LINES


def piece_end(text: str, start: int, size: int) -> int:
    """Where a piece of about ``size`` characters from ``start`` ends: after a line
    break when there is one near (or at the end of a long line, up to
    ``LINE_PIECE_CHARS``), never inside a surrogate pair or a ``\\r\\n``."""
    end = start + size
    if end >= len(text):
        return len(text)
    newline = text.rfind("\n", start + size // 2, end)
    if newline < 0:
        newline = text.find("\n", end, start + max(size, LINE_PIECE_CHARS))
    if newline >= 0:
        return newline + 1
    end = min(len(text), start + max(size, LINE_PIECE_CHARS))
    if end >= len(text):
        return len(text)
    if "\udc00" <= text[end] <= "\udfff" or (text[end] == "\n" and text[end - 1] == "\r"):
        end += 1  # a pair kept whole
    return end


class TextLoader(QObject):
    """Loads one text at a time into ``editor``; ``progress(percent)`` as it goes."""

    progress = Signal(int)

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._text = ""
        self._at = 0
        self._done: Callable[[], None] | None = None
        self._detached = False
        self._cursor: QTextCursor | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_turn)
        self.turns = 0  # event-loop turns the last text took (for tests and benchmarks)

    def _highlighter(self) -> MarkdownHighlighter | None:
        """The editor's highlighter, which a long text is put in beside (detached)."""
        return self.editor.highlighter if isinstance(self.editor, MarkdownEditor) else None

    @property
    def loading(self) -> bool:
        return self._done is not None

    def start(self, text: str, done: Callable[[], None]) -> None:
        """Put ``text`` in the editor (replacing what it holds); ``done()`` once it is all in."""
        self.cancel()
        editor = self.editor
        highlighter = self._highlighter()
        self._detached = highlighter.begin_fill() if highlighter is not None else False
        editor.setReadOnly(True)
        doc = editor.document()
        doc.setUndoRedoEnabled(False)
        self._text, self._done = text, done
        self._at = piece_end(text, 0, FIRST_PIECE_CHARS)
        QPlainTextEdit.setPlainText(editor, text[: self._at])  # not the highlighter's route
        self._cursor = QTextCursor(doc)
        self.turns = 1
        log.info("Loading a long text (%d characters) in pieces", len(text))
        self._timer.start()

    def cancel(self) -> None:
        """Give up the text being loaded (another replaces it); ``done`` is not called."""
        if self._done is None:
            return
        self._timer.stop()
        self._done = None
        self._text, self._cursor = "", None
        highlighter = self._highlighter()
        if highlighter is not None:
            highlighter.abort_fill(self._detached)
        self.editor.document().setUndoRedoEnabled(True)
        log.info("Loading a long text was given up")

    def _next_turn(self) -> None:
        pacing.hold()
        deadline = time.perf_counter() + TURN_S
        text, cursor = self._text, self._cursor
        assert cursor is not None
        self.turns += 1
        while self._at < len(text):
            end = piece_end(text, self._at, PIECE_CHARS)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[self._at : end])
            self._at = end
            if time.perf_counter() >= deadline:
                break
        if self._at < len(text):
            self.progress.emit(int(100 * self._at / len(text)))
            return
        self._timer.stop()  # what follows (the outline, the preview...) in a turn of its own
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        if self._done is None or self._at < len(self._text):
            return  # given up meanwhile
        done, text, self._done = self._done, self._text, None
        self._text, self._cursor = "", None
        editor = self.editor
        editor.document().setUndoRedoEnabled(True)  # a fresh, empty history
        editor.moveCursor(QTextCursor.MoveOperation.Start)
        highlighter = self._highlighter()
        if highlighter is not None:
            highlighter.end_fill(text, self._detached)
        self.progress.emit(100)
        assert done is not None
        done()
