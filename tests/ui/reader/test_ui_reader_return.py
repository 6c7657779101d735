"""Leaving the reader puts the writer back where they were: cursor, scroll, side tab, outline row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget

from hubdesk.model.article import Article, Section
from tests.ui_helpers import make_settings, open_window

LONG = "\n\n".join(f"Paragraph {n} of a long section, with enough words to wrap." for n in range(40))


def raised(window, dock: QDockWidget) -> bool:
    """True when the dock's tab is the one shown in its tab group."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def open_long(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 768))
    article = Article(title="Long", lead="Lead.", language="en",
                      sections=[Section(f"Part {i}", LONG) for i in range(5)])
    library.save_article(article)
    assert window.open_article(article.id)
    window.decorate()
    return window


def test_leaving_the_reader_keeps_the_editor_position_tab_and_outline(qtbot, library, tmp_path) -> None:
    window = open_long(qtbot, library, tmp_path)
    editor = window.editor
    block = window.session.tracker.parts[3].start_block + 12  # deep in "Part 2"
    cursor = QTextCursor(editor.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, 5)
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 4)
    editor.setTextCursor(cursor)
    editor.setFocus()
    editor.ensureCursorVisible()
    first_visible = editor.first_visible_block()
    window.credits_dock.raise_()
    qtbot.waitUntil(lambda: raised(window, window.credits_dock))
    assert not raised(window, window.metadata_dock)
    outline_row = window.navigator.currentItem().text(0)
    assert outline_row == "Part 2"
    position, anchor = cursor.position(), cursor.anchor()

    qtbot.keyClick(editor, Qt.Key.Key_F11)
    assert window.reader.active
    qtbot.keyClick(window.reader.view.browser, Qt.Key.Key_Escape)
    assert not window.reader.active

    qtbot.waitUntil(lambda: raised(window, window.credits_dock))
    assert not raised(window, window.metadata_dock)
    assert (editor.textCursor().position(), editor.textCursor().anchor()) == (position, anchor)
    assert editor.hasFocus()
    qtbot.waitUntil(lambda: editor.first_visible_block() == first_visible)
    assert window.navigator.currentItem().text(0) == "Part 2"


def test_focus_in_the_metadata_panel_comes_back_there(qtbot, library, tmp_path) -> None:
    window = open_long(qtbot, library, tmp_path)
    window.metadata_dock.raise_()  # the writer clicks the Metadata tab (Library is in front at first)
    qtbot.waitUntil(lambda: raised(window, window.metadata_dock))
    edit = window.side.metadata.tags_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    window.actions_.reader_mode.trigger()
    assert window.reader.active
    window.actions_.reader_mode.trigger()
    assert not window.reader.active
    assert raised(window, window.metadata_dock)
    qtbot.waitUntil(edit.hasFocus)
