"""Counts in the status bar: words of the selection, and the article's word target."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from hubdesk.model.article import Article, Section
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests.ui_helpers import make_settings, open_window

SELECTED = {"en": "{} words selected", "fr": "{} mots sélectionnés"}
TARGET = {"en": "{} % of 48", "fr": "{} % de 48"}
TO_GO = {"en": "36 to go", "fr": "encore 36"}


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


def open_sample(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = Article(title="Two words", lead="One two three four five.", language="en",
                      sections=[Section("Six", "Seven eight nine ten.")])
    library.save_article(article)
    assert window.open_article(article.id)
    window.editor.setFocus()
    return window, article


def test_the_words_of_the_selection_are_counted(qtbot, library, tmp_path, language):
    window, _ = open_sample(qtbot, library, tmp_path)
    label = window.status_line.selection_label
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.editor.setTextCursor(cursor)
    for _ in range(3):
        QTest.keyClick(window.editor, Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: label.text() == SELECTED[language].format(3))
    window.editor.selectAll()  # lead and section: 5 + 1 heading word + 4
    qtbot.waitUntil(lambda: label.text() == SELECTED[language].format(10))
    QTest.keyClick(window.editor, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: label.text() == "")


def test_a_word_target_per_article_shows_its_progress(qtbot, library, tmp_path, monkeypatch, language):
    window, article = open_sample(qtbot, library, tmp_path)
    label = window.status_line.target_label
    assert label.text() == ""
    total = window.navigator.total_words()
    assert total == 12  # title 2, lead 5, heading 1, body 4
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (48, True)))
    window.actions_.word_target.trigger()
    assert label.text() == TARGET[language].format(25)
    assert TO_GO[language] in label.toolTip()
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"
                                   " nineteen twenty twenty-one twenty-two")
    assert label.text() == TARGET[language].format(50)
    other = Article(title="Other", lead="Text.", language="en")
    library.save_article(other)
    assert window.open_article(other.id)
    assert label.text() == ""  # the other article has no target
    assert window.open_article(article.id)
    assert label.text() == TARGET[language].format(50)  # kept in the library
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, True)))
    window.actions_.word_target.trigger()
    assert label.text() == ""
