"""Typing in a line repaints that line, not the whole editor.

When a syntax highlighter re-colours the line being typed in, Qt's plain-text
layout is told that the whole line changed (twice its length, counted from its
start) and takes that for a change of several lines: it asks for the whole view
to be painted again at every keystroke (2-3 ms at 100,000 words). ``LineRepaint``
stands between the layout and the editor: for an edit inside one line, with no
line added or removed and only that line re-coloured, it repaints that line's
rectangle; any other change repaints what Qt asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QSyntaxHighlighter
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter

_EVERYTHING = 1e8  # the plain-text layout asks for everything with a 1e9-high rectangle


class LineRepaint(QObject):
    """Narrows the editor's repaint after an edit inside one line (see the module)."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.narrowed = 0  # repaints narrowed to one line (for tests)
        self._edit: tuple[int, int] | None = None  # (block number, block count) of the edit
        self._layout: QPlainTextDocumentLayout | None = None
        self._blocks = editor.document().blockCount()  # before the edit being made
        doc = editor.document()
        doc.contentsChange.connect(self._on_change)
        doc.contentsChanged.connect(self._on_changed)
        layout = doc.documentLayout()
        if isinstance(layout, QPlainTextDocumentLayout):
            layout.update.disconnect()  # from the editor's own repaint: _repaint does it
            layout.update.connect(self._repaint)
            self._layout = layout

    def _on_change(self, position: int, removed: int, added: int) -> None:
        doc = self.editor.document()
        block = doc.findBlock(position)
        inside = doc.findBlock(position + added).blockNumber() == block.blockNumber()
        self._edit = (block.blockNumber(), self._blocks) if inside else None

    def _on_changed(self) -> None:
        self._edit = None
        doc = self.editor.document()
        self._blocks = doc.blockCount()
        for highlighter in doc.findChildren(QSyntaxHighlighter):
            if isinstance(highlighter, MarkdownHighlighter):
                highlighter.coloured.clear()

    def _line_rect(self) -> QRectF | None:
        """The edited line's rectangle in the view, if only it changed; else None."""
        edit, layout = self._edit, self._layout
        self._edit = None
        doc = self.editor.document()
        if edit is None or layout is None or doc.blockCount() != edit[1]:
            return None
        for highlighter in doc.findChildren(QSyntaxHighlighter):
            if not isinstance(highlighter, MarkdownHighlighter):
                return None  # what it coloured is not known
            if any(n != edit[0] for n in highlighter.coloured):
                return None  # it coloured other lines too (a fence opened, say)
        block = doc.findBlockByNumber(edit[0])
        if not block.isValid() or not block.isVisible():
            return None
        lines = block.lineCount()
        layout.ensureBlockLayout(block)
        if block.lineCount() != lines:
            return None  # the line wrapped anew: the lines below moved
        return self.editor.blockBoundingGeometry(block).translated(self.editor.contentOffset())

    def _repaint(self, rect: QRectF) -> None:
        """What the editor does with a layout's update request, narrowed when it can be."""
        editor = self.editor
        viewport = editor.viewport()
        if rect.height() >= _EVERYTHING or not rect.isValid():
            line = self._line_rect()
            if line is not None:
                self.narrowed += 1
                area = line.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(viewport.rect())
                if not area.isEmpty():
                    viewport.update(area)
                    editor.updateRequest.emit(area, 0)
                return
        viewport.update()  # the plain-text layout asks for nothing smaller than everything
        editor.updateRequest.emit(viewport.rect(), 0)
