"""A long text put in at once is coloured in slices, with the same colours as at once."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import (
    LONG_TEXT_LINES,
    MAX_UNDERLINES,
    MarkdownHighlighter,
)


def _formats(editor: QPlainTextEdit) -> list[list[tuple[int, int, str, bool]]]:
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        out.append(
            [
                (r.start, r.length, r.format.foreground().color().name(), r.format.fontItalic())
                for r in block.layout().formats()
            ]
        )
        block = block.next()
    return out


def _in_fence(editor: QPlainTextEdit) -> list[bool]:
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        out.append(block.userState() == 1)
        block = block.next()
    return out


def _text(lines: int) -> str:
    parts = []
    for i in range(lines // 6):
        parts += [
            f"## Heading {i}",
            "Some *emphasis* and `code`.",
            "```",
            f"- in a fence {i}",
            "```",
            f"- item {i}",
        ]
    return "\n".join(parts)


def _at_once(qtbot, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    MarkdownHighlighter(editor.document(), editor.palette())
    editor.setPlainText(text)
    return editor


def _sliced(qtbot) -> tuple[MarkdownEditor, MarkdownHighlighter]:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    editor.highlighter = highlighter
    return editor, highlighter


def test_long_text_is_coloured_in_slices_like_at_once(qtbot):
    text = _text(LONG_TEXT_LINES * 3)
    at_once = _at_once(qtbot, text)
    sliced, highlighter = _sliced(qtbot)
    calls = []
    highlighter.highlightBlock = lambda line: calls.append(line)  # not called while put in
    sliced.setPlainText(text)
    del highlighter.highlightBlock
    assert calls == []
    assert not highlighter.is_coloured()
    assert _formats(sliced)[0] == []  # no colours at first
    assert _in_fence(sliced) == _in_fence(at_once)  # but the fences' states at once
    qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    assert _formats(sliced) == _formats(at_once)
    states = [sliced.document().findBlockByNumber(n).userState() for n in range(40)]
    assert states == [at_once.document().findBlockByNumber(n).userState() for n in range(40)]
    # Once coloured, typing is coloured as it is typed, lines after a new fence too.
    sliced.move_to_block(2)
    qtbot.keyClicks(sliced, "## Typed *heading*")
    qtbot.keyClick(sliced, Qt.Key.Key_Return)
    qtbot.keyClicks(sliced, "~~~")
    typed = _at_once(qtbot, sliced.toPlainText())
    assert _formats(sliced)[2] == _formats(typed)[2] != []
    assert _in_fence(sliced) == _in_fence(typed)
    assert _formats(sliced) == _formats(typed)


def test_fence_left_open_and_typing_while_colouring(qtbot):
    """An unclosed fence runs to the end; lines typed before the slices are done (a
    fence opened, one closed) end with the colours of a text highlighted at once."""
    lines = [f"Line *{i}* of prose" for i in range(LONG_TEXT_LINES * 2)]
    lines[100] = "```python"
    lines[200] = "~~~"
    lines[-300] = "```"  # opened, never closed
    text = "\n".join(lines)
    sliced, highlighter = _sliced(qtbot)
    sliced.resize(600, 400)
    sliced.show()
    sliced.setPlainText(text)
    assert _in_fence(sliced)[:400] == [False] * 100 + [True] * 100 + [False] * 200
    assert all(_in_fence(sliced)[-300:])
    # A fence typed into line 50, and the one at line 200 undone, before the slices end.
    sliced.move_to_block(50)
    qtbot.keyClicks(sliced, "```")
    cursor = sliced.textCursor()
    cursor.setPosition(sliced.document().findBlockByNumber(200).position())
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    sliced.setTextCursor(cursor)
    qtbot.keyClick(sliced, Qt.Key.Key_X)
    qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    at_once = _at_once(qtbot, sliced.toPlainText())
    assert _in_fence(sliced) == _in_fence(at_once)
    assert _formats(sliced) == _formats(at_once)
    assert _formats(sliced)[60][0][2] == _formats(sliced)[100][0][2]  # fence colour from 50 on


def test_short_text_is_coloured_at_once(qtbot):
    editor, highlighter = _sliced(qtbot)
    editor.setPlainText(_text(60))
    assert highlighter.is_coloured()
    assert _formats(editor)[0] != []


def test_fences_found_whatever_separates_the_lines(qtbot):
    """Emoji (two UTF-16 units) before the fences, and a paragraph separator (a line
    break for Qt, not for Python): the fences' states are those of a text coloured at once."""
    lines = [f"Line {i} 🙂 *x*" for i in range(LONG_TEXT_LINES * 2)]
    lines[10], lines[20], lines[400] = "```", "```", "~~~ left open"
    for separator_line in ("", "A\u2029B"):
        text = "\n".join(lines[:300] + [separator_line] + lines[300:])
        sliced, highlighter = _sliced(qtbot)
        sliced.setPlainText(text)
        at_once = _at_once(qtbot, text)
        assert _in_fence(sliced) == _in_fence(at_once)
        assert sum(_in_fence(sliced)) > 1000
        qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
        assert _formats(sliced) == _formats(at_once)


def test_a_long_text_after_another_is_coloured_like_at_once(qtbot):
    """Opening a long article after another: no colour of the first is left on the second."""
    first = "\n".join(f"## Heading {i} *x*" for i in range(LONG_TEXT_LINES * 2))
    second = _text(LONG_TEXT_LINES * 2).replace("## Heading", "Plain")
    sliced, highlighter = _sliced(qtbot)
    sliced.setPlainText(first)
    qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    assert _formats(sliced)[5] != []
    sliced.setPlainText(second)
    assert _formats(sliced)[0] == []
    qtbot.waitUntil(highlighter.is_coloured, timeout=30_000)
    assert _formats(sliced) == _formats(_at_once(qtbot, second))


def test_a_line_past_the_long_line_bound_is_coloured_in_its_first_part_only(qtbot):
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QPlainTextEdit

    from hubdesk.ui.editor import markdown_highlighter as mh

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = mh.MarkdownHighlighter(editor.document(), editor.palette())
    checked: list[int] = []
    highlighter.set_spell_check(lambda line: checked.append(len(line)) or [(0, 4)])
    head = "*word* " * 1000
    line = head + "x" * (mh.LONG_LINE_CHARS - len(head)) + " *late* emphasis"
    editor.setPlainText(line)
    formats = editor.document().firstBlock().layout().formats()
    italic = [(r.start, r.length) for r in formats if r.format.fontItalic()]
    assert (7, 6) in italic and (14, 6) in italic  # in the first part: coloured
    assert all(start < mh.LONG_LINE_CHARS for start, _ in italic)  # "*late*" is past it
    assert checked and max(checked) == mh.LONG_LINE_CHARS  # the spell check saw that much
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    underlined = [r.start for r in formats if r.format.underlineStyle() == spell]
    assert underlined == [0]


def test_a_line_underlines_at_most_the_bound_of_misspellings(qtbot):
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QPlainTextEdit

    from hubdesk.ui.editor import markdown_highlighter as mh

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = mh.MarkdownHighlighter(editor.document(), editor.palette())
    highlighter.set_spell_check(lambda line: [(m.start(), 3) for m in re.finditer("xyz", line)])
    editor.setPlainText("xyz " * 500)
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    formats = editor.document().firstBlock().layout().formats()
    underlined = [r.start for r in formats if r.format.underlineStyle() == spell]
    assert underlined == [4 * n for n in range(mh.MAX_UNDERLINES)]


class PerCharacterReference(MarkdownHighlighter):
    """The reference: each run found by reading Qt's format character by character."""

    def _underline_misspelt(self, text):
        if self.spell_check is None:
            return
        for start, length in self.spell_check(text)[:MAX_UNDERLINES]:
            end = start + length
            while start < end:
                f = self.format(start)
                run = start + 1
                while run < end and self.format(run) == f:
                    run += 1
                f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                f.setUnderlineColor(self.misspelt_colour)
                self.setFormat(start, run - start, f)
                start = run


def test_underlines_keep_each_runs_colours_as_a_per_character_reading_would(qtbot):
    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QPlainTextEdit

    from hubdesk.ui.editor import markdown_highlighter as mh

    rng = random.Random(11)
    pieces = ["word", "*em*", "**strong**", "`code`", "[link](http://x.org)", "mis*spel*t",
              "_under_", "plain", "**b*i*b**", "https://example.org/a"]
    lines = ["## " + " ".join(rng.choice(pieces) for _ in range(12)) for _ in range(10)]
    lines += ["> " + " ".join(rng.choice(pieces) for _ in range(15)) for _ in range(10)]
    lines += ["- " + " ".join(rng.choice(pieces) for _ in range(15)) for _ in range(20)]
    text = "\n".join(lines)

    def check(line):  # every third word, whatever it is
        words = list(re.finditer(r"\S+", line))
        return [(m.start(), len(m.group())) for m in words[::3]]

    results, kept = [], []
    for kind in (mh.MarkdownHighlighter, PerCharacterReference):
        editor = QPlainTextEdit()
        qtbot.addWidget(editor)
        highlighter = kind(editor.document(), editor.palette())
        kept.append(highlighter)  # a Python highlighter must outlive its document's use
        highlighter.set_spell_check(check)
        editor.setPlainText(text)
        runs = []
        block = editor.document().firstBlock()
        while block.isValid():
            runs.append([(r.start, r.length, QTextCharFormat(r.format))
                         for r in block.layout().formats()])
            block = block.next()
        results.append(runs)
    assert results[0] == results[1]
    assert any(r[2].underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
               for line in results[0] for r in line)
