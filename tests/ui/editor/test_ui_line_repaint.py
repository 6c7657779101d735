"""Typing inside a line repaints that line only, and the view shows what a full repaint
would: the screen's pixels equal those of the editor drawn afresh after every key."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QTextCursor

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter

PARAGRAPH = " ".join(f"word{i} teh" for i in range(60))
TEXT = "\n\n".join(
    ["Lead *with* emphasis.", "## One", PARAGRAPH, "Short line.", "## Two", PARAGRAPH, "End."]
)


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def _misspelt(line: str) -> list[tuple[int, int]]:
    return [(m.start(), 3) for m in re.finditer(r"\bteh\b", line)]


def _editor(qtbot, after_long: bool = False) -> tuple[MarkdownEditor, _Painted]:
    """The editor on ``TEXT``; ``after_long``: a long text was opened in it before (put in
    with the highlighter detached, then coloured in slices)."""
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    highlighter.set_spell_check(_misspelt)
    if after_long:
        editor.highlighter = highlighter
        editor.setPlainText("\n".join([TEXT] * 400))
        qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    editor.setPlainText(TEXT)
    editor.resize(520, 700)
    editor.show()
    qtbot.waitExposed(editor)
    painted = _Painted()
    editor.viewport().installEventFilter(painted)
    return editor, painted


def _put_cursor(editor: MarkdownEditor, block: int, column: int | None = None) -> None:
    cursor = QTextCursor(editor.document().findBlockByNumber(block))
    if column is None:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    else:
        cursor.setPosition(cursor.position() + column)
    editor.setTextCursor(cursor)
    editor.setFocus()


def _on_screen(qtbot, editor: MarkdownEditor):
    """The viewport as the window shows it now (its backing store)."""
    qtbot.wait(5)
    viewport = editor.viewport()
    top_left = viewport.mapTo(editor.window(), viewport.rect().topLeft())
    shot = editor.screen().grabWindow(
        editor.window().winId(), top_left.x(), top_left.y(), viewport.width(), viewport.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _afresh(editor: MarkdownEditor):
    # One pixel format for both (QImage's == tells formats apart, not only pixels; the
    # grab's format depends on the windows shown before).
    return editor.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _key(qtbot, editor: MarkdownEditor, painted: _Painted, key) -> list[QRect]:
    qtbot.wait(5)
    painted.rects.clear()
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: painted.rects != [])
    qtbot.wait(5)
    return list(painted.rects)


@pytest.mark.parametrize("after_long", [False, True])
def test_a_letter_typed_in_a_paragraph_repaints_that_paragraph(qtbot, after_long):
    editor, painted = _editor(qtbot, after_long)
    _put_cursor(editor, 4, column=20)  # inside the first long paragraph
    block = editor.document().findBlockByNumber(4)
    narrowed = editor.line_repaint.narrowed
    for letter in "abc":
        rects = _key(qtbot, editor, painted, letter)
        area = (
            editor.blockBoundingGeometry(block).translated(editor.contentOffset()).toAlignedRect()
        )
        assert all(area.adjusted(-2, -2, 2, 2).contains(r) for r in rects), (rects, area)
        assert max(r.height() for r in rects) < editor.viewport().height() // 2
        assert _on_screen(qtbot, editor) == _afresh(editor)
    assert editor.line_repaint.narrowed >= narrowed + 3
    assert block.text()[20:23] == "abc"


@pytest.mark.parametrize("after_long", [False, True])
def test_what_moves_other_lines_repaints_them(qtbot, after_long):
    """A new line, a joined line, a new wrap and a fence that colours what follows all
    repaint beyond the edited line, and the screen matches a fresh drawing each time."""
    editor, painted = _editor(qtbot, after_long)
    full = editor.viewport().height()
    _put_cursor(editor, 6)  # "Short line."
    rects = _key(qtbot, editor, painted, Qt.Key.Key_Return)  # a new block
    assert max(r.height() for r in rects) >= full - 2
    assert _on_screen(qtbot, editor) == _afresh(editor)
    rects = _key(qtbot, editor, painted, Qt.Key.Key_Backspace)  # joined again
    assert max(r.height() for r in rects) >= full - 2
    assert _on_screen(qtbot, editor) == _afresh(editor)
    _put_cursor(editor, 6, column=0)
    for letter in "```":  # opens a fence: every line after it changes colour
        _key(qtbot, editor, painted, letter)
    assert _on_screen(qtbot, editor) == _afresh(editor)
    assert editor.document().findBlockByNumber(8).userState() == 1  # in the fence now
    _put_cursor(editor, 10)  # the end of the second paragraph, which fills its last line
    lines = editor.document().findBlockByNumber(10).lineCount()
    while editor.document().findBlockByNumber(10).lineCount() == lines:
        rects = _key(qtbot, editor, painted, "x")
    assert max(r.height() for r in rects) >= full - 2  # the new wrap moved the lines below
    assert _on_screen(qtbot, editor) == _afresh(editor)
