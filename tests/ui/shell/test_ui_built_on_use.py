"""What the window holds only once it is used: the credits pane (built when its tab is
shown), the reader (built on the first F11) and the spelling dictionaries (only the
languages of the articles opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabBar

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor import spell_checker
from tests.ui_helpers import make_settings, open_window


def _tab(window, title: str) -> tuple[QTabBar, int]:
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == title and bar.isVisible():
                return bar, i
    raise AssertionError(f"no tab {title!r}")


def test_the_credits_pane_is_built_when_its_tab_is_clicked(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.side.credits_widget is None  # its tab is behind Metadata
    article = window.session.article
    assert len(article.credits) >= 3, "the welcome article credits its sources"
    bar, index = _tab(window, "Credits")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.side.credits_widget is not None)
    pane = window.side.credits_widget
    assert window.credits_dock.widget().widget() is pane  # in the dock, in its scroll area
    assert pane.isVisible()
    assert window.side.credits.model().rowCount() == len(article.credits)
    assert window.side.disclosure.isEnabled()


def test_the_credits_pane_follows_the_article_opened_before_it_was_built(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    other = Article(title="Other", language="en", sections=[Section("Text", "Words.")])
    library.save_article(other)
    assert window.open_article(other.id)
    window.show_dock(window.credits_dock)  # as the outline's "Credits" line does
    qtbot.waitUntil(lambda: window.side.credits_widget is not None)
    assert window.side.credits.model().rowCount() == 0


def test_the_reader_is_built_on_the_first_f11(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.reader._view is None and not window.reader.active
    window.actions_.reader_mode.trigger()
    assert window.reader.active
    assert window.reader.view.article.id == window.session.article.id
    window.actions_.reader_mode.trigger()
    assert not window.reader.active and window.reader._view is not None


def test_only_the_open_articles_dictionary_is_loaded(qtbot, library, tmp_path, monkeypatch):
    monkeypatch.setattr(spell_checker, "_loaded", {})  # as at start-up: nothing loaded yet
    article = Article(
        title="Orthographe",
        language="fr",
        sections=[Section("Texte", "Un texte bien écrit, avec une fote.")],
    )
    library.save_article(article)  # the only article: the window opens it
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.session.article.id == article.id
    french = spell_checker.dictionary_tag("fr")
    qtbot.waitUntil(lambda: window.spelling.checker.active, timeout=10_000)
    assert set(spell_checker._loaded) == {french}
    window.session.article.language = "en"  # the writer changes the language in Metadata
    window.side.title_changed.emit()
    english = spell_checker.dictionary_tag("en")
    qtbot.waitUntil(lambda: window.spelling.checker.language == "en", timeout=10_000)
    assert set(spell_checker._loaded) == {french, english}


def test_a_layout_with_the_credits_in_front_builds_them_at_start(qtbot, library, tmp_path):
    settings = make_settings(tmp_path, "layout")
    first = open_window(qtbot, library, settings)
    first.show_dock(first.credits_dock)
    qtbot.waitUntil(lambda: first.side.credits_widget is not None)
    assert first.close()
    again = open_window(qtbot, library, make_settings(tmp_path, "layout"))
    qtbot.waitUntil(lambda: again.side.credits_widget is not None)
    assert again.credits_dock.widget().widget() is again.side.credits_widget
    assert again.side.credits_widget.isVisible()
