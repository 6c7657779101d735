"""Misspelt words are underlined run by run, each character keeping its Markdown look."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter

LINE = "Plain teh, **strong teh** and a wo**rdd** half strong, `code tehh` then tail."
SPANS = [(LINE.find("teh"), 3), (LINE.find("teh**"), 3), (LINE.find("wo**"), 9),
         (LINE.find("tehh"), 4)]


def test_each_character_of_a_misspelt_word_keeps_its_look_and_is_underlined(qtbot):
    plain = MarkdownEditor()
    qtbot.addWidget(plain)
    MarkdownHighlighter(plain.document(), plain.palette())
    plain.setPlainText(LINE)
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    highlighter.set_spell_check(lambda line: SPANS if line == LINE else [])
    editor.setPlainText(LINE)

    def per_char(ed: MarkdownEditor) -> list[QTextCharFormat]:
        out = [QTextCharFormat() for _ in LINE]
        for r in ed.document().firstBlock().layout().formats():
            for i in range(r.start, r.start + r.length):
                out[i] = QTextCharFormat(r.format)
        return out

    before, after = per_char(plain), per_char(editor)
    misspelt = {i for s, n in SPANS for i in range(s, s + n)}
    for i, (old, new) in enumerate(zip(before, after, strict=True)):
        if i in misspelt:
            assert new.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline, i
            assert new.underlineColor() == highlighter.misspelt_colour
            assert new.fontWeight() == old.fontWeight() and new.foreground() == old.foreground(), i
            assert new.fontFamilies() == old.fontFamilies(), i
        else:
            assert new == old, i
    start = LINE.find("wo**")
    weights = {after[i].fontWeight() for i in range(start, start + 9)}
    assert len(weights) == 2  # the half-strong word: two looks, both underlined
