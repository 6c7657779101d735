"""The find bar's matches highlighted in the preview too (a library search's hits, a find).

The preview is rendered text, not the Markdown: the matches are looked for again
in each of its paragraphs, and shown as extra selections, which follow the text
when a part is rendered again; a new rendering is highlighted shortly after.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from hubdesk.ui.editor.find_replace import MAX_HIGHLIGHTS, FindReplace
from hubdesk.ui.editor.preview import Preview

log = logging.getLogger(__name__)


class PreviewHits(QObject):
    """Keeps the preview's highlights in step with the find bar's."""

    def __init__(self, find_bar: FindReplace, preview: Preview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._find_bar = find_bar
        self._preview = preview
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(150)
        self._later.timeout.connect(self.update)
        find_bar.highlights_changed.connect(self._later.start)  # at most one pass per burst
        self._watched: QTextDocument | None = None
        self._watch()
        preview.document_shown.connect(self._document_shown)  # built anew per article

    def _watch(self) -> None:
        """Follow the contents of the document the preview shows now."""
        doc = self._preview.document()
        if doc is self._watched:
            return
        if self._watched is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already deleted
                self._watched.contentsChanged.disconnect(self._rendered)
        self._watched = doc
        doc.contentsChanged.connect(self._rendered)

    def _document_shown(self) -> None:
        self._watch()
        self._rendered()

    def _rendered(self) -> None:
        if self._preview.extraSelections() or self._find_bar.isVisible():
            self._later.start()

    def spans(self) -> list[tuple[int, int]]:
        """Document positions of the matches in the preview, in order."""
        out: list[tuple[int, int]] = []
        block = self._preview.document().begin()
        while block.isValid() and len(out) < MAX_HIGHLIGHTS:
            text = block.text()
            if text:
                at = block.position()
                out += [(at + a, at + b) for a, b in self._find_bar.spans_in(text)]
            block = block.next()
        return out[:MAX_HIGHLIGHTS]

    def update(self) -> None:
        self._later.stop()
        spans = self.spans() if self._find_bar.isVisible() else []
        colour = QColor(self._preview.palette().highlight().color())
        colour.setAlpha(90)
        doc = self._preview.document()
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colour)
            selections.append(selection)
        self._preview.setExtraSelections(selections)
