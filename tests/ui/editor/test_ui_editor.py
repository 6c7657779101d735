"""The Markdown editor: find and replace, highlighting, the centred column."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat

from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from tests.ui_helpers import make_settings, open_window


def test_find_and_replace_all_is_one_undo_step(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    bar = window.find_bar
    window.actions_.replace.trigger()
    assert bar.isVisible()
    text = window.editor.toPlainText()
    count = text.count("section")
    assert count > 3
    bar.find_field.setText("section")
    bar.replace_field.setText("part")
    bar.case.setChecked(True)
    assert bar.find()
    assert window.editor.textCursor().selectedText() == "section"
    assert bar.replace_all() == count
    assert "section" not in window.editor.toPlainText()
    qtbot.waitUntil(lambda: "part" in window.preview.part_text(1))
    window.editor.undo()
    assert window.editor.toPlainText() == text
    bar.find_field.setText("no such words anywhere")
    assert not bar.find()
    assert bar.status.text() == "Not found"


def test_headings_and_emphasis_are_highlighted(qtbot, qapp):
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    editor.setPlainText("Lead with **bold** text.\n\n## A heading\n\n```\n## not a heading\n```\n")
    doc = editor.document()

    def format_at(block: int, column: int):
        ranges = doc.findBlockByNumber(block).layout().formats()
        found = [QTextCharFormat(r.format) for r in ranges if r.start <= column < r.start + r.length]
        return found[0] if found else None

    assert format_at(0, 12).fontWeight() == QFont.Weight.Bold
    assert format_at(0, 0) is None
    assert format_at(2, 5).foreground() == highlighter.formats["heading"].foreground()
    assert format_at(5, 5).foreground() == highlighter.formats["fence"].foreground()


def test_text_column_is_centred_and_limited(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1400, 900))
    window.library_dock.hide()
    window.outline_dock.hide()
    window.metadata_dock.hide()
    window.credits_dock.hide()
    window.preview.hide()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.width() > 1000)
    editor.set_line_width(60)
    margins = editor.viewportMargins()
    assert margins.left() == margins.right() > 100
    column = editor.viewport().width()
    assert column < editor.fontMetrics().horizontalAdvance("n" * 60) + 80
