"""Lines a structural edit takes out and puts back keep their colours (not coloured again),
and those colours are the ones the text coloured at once would have."""

from __future__ import annotations

import re

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from hubdesk.ui.editor.part_tracker import PartTracker
from hubdesk.ui.editor.section_edits import SectionEdits

TEXT = (
    "Lead with *emphasis* and teh typo.\n\n"
    "## One\n\nFirst **strong** body, [a link](https://example.org).\n\n- item teh\n\n"
    "## Two\n\n```\n## not a heading, teh code\n```\n\nAfter the `fence`.\n\n"
    "## Three\n\n> A quote with teh word.\n\nPlain end.\n"
)


def _misspelt(line: str) -> list[tuple[int, int]]:
    return [(m.start(), 3) for m in re.finditer(r"\bteh\b", line)]


def _editor(qtbot, text: str) -> tuple[MarkdownEditor, MarkdownHighlighter]:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    highlighter.set_spell_check(_misspelt)
    editor.setPlainText(text)
    return editor, highlighter


def _colours(editor: MarkdownEditor) -> list[tuple[str, int, list[tuple]]]:
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        spans = [(r.start, r.length, r.format.foreground().color().name(),
                  r.format.underlineStyle(), r.format.fontWeight(), r.format.fontItalic())
                 for r in block.layout().formats()]
        out.append((block.text(), block.userState(), spans))
        block = block.next()
    return out


def _at_once(qtbot, editor: MarkdownEditor) -> list[tuple[str, int, list[tuple]]]:
    fresh, _ = _editor(qtbot, editor.toPlainText())
    return _colours(fresh)


def test_a_moved_section_keeps_its_colours(qtbot):
    editor, highlighter = _editor(qtbot, TEXT)
    edits = SectionEdits(editor, PartTracker(editor.document()))
    assert edits.move_section(1, 0)  # "Two", with its fence, goes first
    assert highlighter.kept_reused >= 8
    assert [p.heading for p in edits.tracker.parts] == [None, "Two", "One", "Three"]
    assert _colours(editor) == _at_once(qtbot, editor)
    underlined = [spans for text, _, spans in _colours(editor) if "teh" in text]
    assert all(any(s[3] != 0 for s in spans) for spans in underlined)  # typos still marked


def test_merged_and_moved_back_sections_match_the_text_coloured_at_once(qtbot):
    editor, highlighter = _editor(qtbot, TEXT)
    edits = SectionEdits(editor, PartTracker(editor.document()))
    assert edits.merge_with_next(0)
    assert _colours(editor) == _at_once(qtbot, editor)
    reused = highlighter.kept_reused
    assert reused > 0
    qtbot.waitUntil(lambda: not highlighter._kept)  # forgotten once the event loop runs
    editor.undo()
    assert _colours(editor) == _at_once(qtbot, editor)
    assert edits.move_section(1, 0)
    assert highlighter.kept_reused > reused
    assert _colours(editor) == _at_once(qtbot, editor)
