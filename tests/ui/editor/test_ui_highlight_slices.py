"""A long text put in at once is coloured in slices, with the same colours as at once."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.ui.editor.markdown_highlighter import LONG_TEXT_LINES, MarkdownHighlighter


def _formats(editor: QPlainTextEdit) -> list[list[tuple[int, int, str]]]:
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        out.append([(r.start, r.length, r.format.foreground().color().name())
                    for r in block.layout().formats()])
        block = block.next()
    return out


def _text(lines: int) -> str:
    parts = []
    for i in range(lines // 6):
        parts += [f"## Heading {i}", "Some *emphasis* and `code`.", "```", f"- in a fence {i}", "```",
                  f"- item {i}"]
    return "\n".join(parts)


def test_long_text_is_coloured_in_slices_like_at_once(qtbot):
    text = _text(LONG_TEXT_LINES * 3)
    at_once = QPlainTextEdit()
    qtbot.addWidget(at_once)
    MarkdownHighlighter(at_once.document(), at_once.palette())
    at_once.setPlainText(text)
    sliced = QPlainTextEdit()
    qtbot.addWidget(sliced)
    highlighter = MarkdownHighlighter(sliced.document(), sliced.palette())
    highlighter.defer_if_long(text)
    sliced.setPlainText(text)
    assert not highlighter.is_coloured()
    assert _formats(sliced)[0] == []  # the states only, at first
    qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    assert _formats(sliced) == _formats(at_once)
    states = [sliced.document().findBlockByNumber(n).userState() for n in range(40)]
    assert states == [at_once.document().findBlockByNumber(n).userState() for n in range(40)]


def test_short_text_is_coloured_at_once(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    text = _text(60)
    highlighter.defer_if_long(text)
    editor.setPlainText(text)
    assert highlighter.is_coloured()
    assert _formats(editor)[0] != []
