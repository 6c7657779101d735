"""Distraction-free writing, typewriter scrolling and the word target in the outline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QToolBar, QWidget

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.distraction_free import COLUMN_CHARACTERS
from hubdesk.ui.shell.actions import Actions
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests.ui_helpers import make_settings, open_window

MENU_TEXT = {"en": "&Distraction-Free Writing", "fr": "Écriture sans &distraction"}
OUTLINE = {"en": "Outline · 25 % of 48", "fr": "Plan · 25 % de 48"}
OUTLINE_BARE = {"en": "Outline", "fr": "Plan"}


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


def _in_front(dock) -> bool:
    """Tabbed docks are all "visible": the one in front is the one with something on screen."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _window(qtbot, library, tmp_path, language="en", size=(1366, 768)):
    window = open_window(qtbot, library, make_settings(tmp_path), language, size)
    article = Article(title="Two words", lead="One two three four five.", language=language,
                      sections=[Section("Six", "Seven eight nine ten."),
                                Section("Long", "\n\n".join(f"Line {n} of the body." for n in range(200)))])
    library.save_article(article)
    assert window.open_article(article.id)
    window.editor.setFocus()
    return window


def test_no_two_actions_share_a_shortcut(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    actions = Actions(host, with_icons=False)
    owners: dict[str, str] = {}
    for name, action in actions.all.items():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in owners, f"{text} is on both {owners[text]} and {name}"
            owners[text] = name
    assert [k.toString() for k in actions.distraction_free.shortcuts()] == ["Ctrl+Shift+D", "Shift+F11"]
    assert owners["F11"] == "reader_mode" and owners["Ctrl+Shift+F"] == "search_library"


def test_distraction_free_shows_only_the_editor_and_esc_restores_the_layout(
        qtbot, library, tmp_path, language):
    window = _window(qtbot, library, tmp_path, language)
    assert window.actions_.distraction_free in window.view_menu.actions()
    assert window.actions_.distraction_free.text() == MENU_TEXT[language]
    # A layout of the writer's own: outline closed, credits tab in front, splitter moved.
    window.outline_dock.close()
    window.credits_dock.raise_()
    window.resizeDocks([window.credits_dock], [450], Qt.Orientation.Horizontal)
    window.splitter.setSizes([700, 250])
    qtbot.waitUntil(lambda: window.credits_dock.width() == 450)
    qtbot.waitUntil(lambda: _in_front(window.credits_dock) and not _in_front(window.metadata_dock))
    sizes, margins = window.splitter.sizes(), window.editor.viewportMargins()
    geometry = window.geometry()
    docks = {d.objectName(): (d.isVisible(), _in_front(d)) for d in
             (window.library_dock, window.outline_dock, window.metadata_dock, window.credits_dock)}
    editor_width = window.editor.width()

    QTest.keySequence(window.editor, QKeySequence("Ctrl+Shift+D"))
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.modes.distraction_free.active and window.actions_.distraction_free.isChecked()
    hidden = [window.menuBar(), window.statusBar(), window.preview, window.find_bar,
              *window.findChildren(QToolBar), window.library_dock, window.metadata_dock,
              window.credits_dock]
    assert [w for w in hidden if w.isVisible()] == []
    assert window.editor.isVisible() and window.editor.hasFocus()
    qtbot.waitUntil(lambda: window.editor.width() > editor_width)  # the editor alone, full width
    column = window.editor.width() - 2 * window.editor.viewportMargins().left()
    average = window.editor.fontMetrics().horizontalAdvance("n")
    assert COLUMN_CHARACTERS <= column / average <= COLUMN_CHARACTERS + 12  # + margins and scroll bar
    assert window.editor.viewportMargins().left() > 40  # centred: room on both sides
    QTest.keyClicks(window.editor, "zq")
    assert "zq" in window.editor.toPlainText()

    QTest.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.modes.distraction_free.active
    assert not window.actions_.distraction_free.isChecked()
    qtbot.waitUntil(lambda: window.geometry() == geometry, timeout=1000)
    assert window.menuBar().isVisible() and window.statusBar().isVisible() and window.preview.isVisible()
    qtbot.waitUntil(lambda: {d.objectName(): (d.isVisible(), _in_front(d)) for d in (
        window.library_dock, window.outline_dock, window.metadata_dock, window.credits_dock)} == docks)
    assert docks["creditsDock"] == (True, True) and docks["outlineDock"] == (False, False)
    qtbot.wait(50)
    assert (window.splitter.sizes(), window.credits_dock.width()) == (sizes, 450)
    qtbot.waitUntil(lambda: window.editor.viewportMargins() == margins)
    assert "zq" in window.editor.toPlainText()


def test_shift_f11_and_the_menu_toggle_it_and_closing_saves_the_normal_layout(qtbot, library, tmp_path):
    window = _window(qtbot, library, tmp_path)
    QTest.keySequence(window.editor, QKeySequence("Shift+F11"))
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.library_dock.isVisible()
    window.actions_.distraction_free.trigger()  # from the menu again
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.library_dock.isVisible()
    window.actions_.distraction_free.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    window.close()  # leaves first: the saved layout has its panels
    assert not window.modes.distraction_free.active
    assert window.library_dock.isVisibleTo(window) and window.menuBar().isVisibleTo(window)


def _caret_offset(window) -> float:
    """How far the caret's line is from the editor's vertical centre, in lines."""
    rect = window.editor.cursorRect()
    line = window.editor.fontMetrics().lineSpacing()
    return abs(rect.center().y() - window.editor.viewport().height() / 2) / line


def _go_to_line(window, block: int) -> None:
    cursor = QTextCursor(window.editor.document().findBlockByNumber(block))
    window.editor.setTextCursor(cursor)


def test_typewriter_scrolling_keeps_the_line_written_in_the_middle(qtbot, library, tmp_path):
    window = _window(qtbot, library, tmp_path)
    typewriter = window.actions_.typewriter_scrolling
    assert not typewriter.isChecked()
    start = window.session.tracker.parts[2].start_block + 10
    _go_to_line(window, start)
    for _ in range(40):  # the caret goes down to the bottom edge, and the page follows it there
        QTest.keyClick(window.editor, Qt.Key.Key_Down)
    assert _caret_offset(window) > 5
    typewriter.trigger()
    assert window.settings.get("typewriter_scrolling") is True
    assert _caret_offset(window) < 1
    for _ in range(30):
        QTest.keyClick(window.editor, Qt.Key.Key_Down)
        assert _caret_offset(window) < 1
    QTest.keyClicks(window.editor, "typed")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert _caret_offset(window) < 1
    # The last line can come up to the middle too.
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    assert _caret_offset(window) < 1
    window.settings.set("typewriter_scrolling", False)  # from Preferences
    assert not typewriter.isChecked() and not window.editor.centerOnScroll()


def test_the_word_target_shows_in_the_outline(qtbot, library, tmp_path, monkeypatch, language):
    window = open_window(qtbot, library, make_settings(tmp_path), language)
    article = Article(title="Two words", lead="One two three four five.", language=language,
                      sections=[Section("Six", "Seven eight nine ten.")])
    library.save_article(article)
    assert window.open_article(article.id)
    header = window.navigator.headerItem()
    assert header.text(0) == OUTLINE_BARE[language]
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (48, True)))
    window.actions_.word_target.trigger()
    assert header.text(0) == OUTLINE[language]  # 12 words of 48
    assert window.status_line.target_label.text().replace(" de ", " of ") == "25 % of 48"
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor, " eleven twelve thirteen fourteen fifteen sixteen")
    qtbot.waitUntil(lambda: header.text(0).startswith(OUTLINE_BARE[language] + " · 38 %"))
    assert "30" in header.toolTip(0)  # 18 of 48 words; 30 to go
    window.counts.set_target(0)
    assert header.text(0) == OUTLINE_BARE[language]
