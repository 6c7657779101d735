"""Ctrl+Shift+F brings the Library tab to the front and types into its search field,
whichever side tab was in front."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hubdesk.model.article import Article, Section
from tests.ui_helpers import make_settings, open_window


def test_search_the_library_from_behind_the_metadata_tab(qtbot, library, tmp_path) -> None:
    article = Article(title="Souveraineté", lead="Un texte.", sections=[Section("Une", "Deux.")])
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 768))
    assert window.open_article(article.id)
    window.show_dock(window.metadata_dock)  # the Metadata tab in front, the Library behind it
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.visibleRegion().isEmpty())  # behind the Metadata tab
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not search.visibleRegion().isEmpty())  # the Library tab in front
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(QApplication.focusWidget(), "souv")
    assert search.text() == "souv"
    assert window.editor.toPlainText().count("souv") == 0
