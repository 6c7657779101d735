"""Reader mode: keys, sections, themes, font size, remembered position, offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextDocument

from hubdesk.library import positions as reading
from hubdesk.ui.reader.reader_theme import DEFAULT_FONT
from hubdesk.ui.reader.reader_view import ReaderView
from hubdesk.ui.shell.settings import Settings
from tests import corpus


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def articles(library):
    arts = [corpus.make_article(2500, seed=s, language="en", sections=8) for s in (1, 2, 3)]
    library.save_articles(arts)
    return arts


def make_reader(qtbot, library, settings):
    view = ReaderView(library, settings)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def key(qtbot, view, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(view.browser, k, mods)


def test_reader_shows_the_rendered_article_and_nothing_else(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    qtbot.waitUntil(lambda: view.browser.complete)
    text = view.browser.toPlainText()
    assert text.startswith(articles[0].title)
    for s in articles[0].sections:
        assert s.heading in text
    assert "Article written by an AI, Chappie, of Groupe Floteuil." in text
    assert view.browser.section_count == 8
    assert view.browser.isReadOnly()
    # A comfortable measure: the text column is far narrower than a wide window.
    view.resize(1800, 700)
    qtbot.waitUntil(lambda: view.browser.column_margin() > 300)
    width = view.browser.viewport().width() - 2 * view.browser.column_margin()
    assert 450 < width < 900


def test_keys_move_between_sections_pages_and_top(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    bar = view.browser.verticalScrollBar()
    assert view.current_section() == -1
    key(qtbot, view, Qt.Key.Key_N)
    assert view.current_section() == 0
    key(qtbot, view, Qt.Key.Key_J)
    key(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.current_section() == 2
    key(qtbot, view, Qt.Key.Key_P)
    assert view.current_section() == 1
    key(qtbot, view, Qt.Key.Key_K)
    key(qtbot, view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.current_section() == -1
    key(qtbot, view, Qt.Key.Key_PageDown)
    one_page = bar.value()
    assert one_page >= bar.pageStep() - 1 > 0
    key(qtbot, view, Qt.Key.Key_PageDown)
    assert bar.value() == min(bar.maximum(), 2 * one_page)
    key(qtbot, view, Qt.Key.Key_PageUp)
    assert bar.value() == one_page
    key(qtbot, view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and view.current_section() == 7
    key(qtbot, view, Qt.Key.Key_Home)
    assert bar.value() == 0
    # The label follows the reading.
    view.go_to_section(4)
    assert view.position_label.text().startswith("Section 5 of 8")


def test_table_of_contents_jumps_to_any_section(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    actions = view.toc_menu.actions()
    assert [a.text() for a in actions[1:]] == [
        f"{i + 1}. {s.heading}" for i, s in enumerate(articles[0].sections)]
    actions[6].trigger()
    assert view.current_section() == 5
    actions[0].trigger()
    assert view.current_section() == -1


def test_escape_asks_to_leave(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    with qtbot.waitSignal(view.exit_requested, timeout=1000):
        key(qtbot, view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.exit_requested, timeout=1000):
        qtbot.mouseClick(view.exit_button, Qt.MouseButton.LeftButton)


def test_theme_and_font_size_change_and_are_remembered(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    assert view.theme == "light" and view.font_size == DEFAULT_FONT
    view.go_to_section(3)
    view.theme_combo.setCurrentIndex(view.theme_combo.findData("dark"))
    assert view.theme == "dark"
    assert "#1c1d20" in view.browser.document().defaultStyleSheet()
    assert "#1c1d20" in view.styleSheet()
    qtbot.waitUntil(lambda: view.current_section() == 3)
    height = view.browser.document().size().height()
    key(qtbot, view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.font_size == DEFAULT_FONT + 2
    assert view.browser.document().defaultFont().pointSize() == DEFAULT_FONT + 2
    assert view.browser.document().size().height() > height * 1.05
    qtbot.waitUntil(lambda: view.current_section() == 3)  # still reading the same section
    key(qtbot, view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.font_size == DEFAULT_FONT + 1
    view.set_theme("sepia")

    again = make_reader(qtbot, library, settings)
    assert again.theme == "sepia" and again.font_size == DEFAULT_FONT + 1
    assert again.theme_combo.currentData() == "sepia"
    # The Preferences dialog writes the same declared settings; an open reader follows.
    settings.set("reader_theme", "light")
    settings.set("reader_font_size", 20)
    assert again.theme == "light" and again.theme_combo.currentData() == "light"
    assert again.font_size == 20 == again.browser.document().defaultFont().pointSize()


def test_reading_position_is_restored_when_the_article_is_reopened(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[1].id)
    view.go_to_section(5)
    key(qtbot, view, Qt.Key.Key_PageDown)
    where = view.position()
    assert where.section == 5 and where.section_fraction > 0
    with qtbot.waitSignal(view.position_saved) as saved:
        view.close_article()
    view.close()
    stored = reading.load_position(library, articles[1].id)
    assert saved.args == [articles[1].id, stored.fraction]
    assert stored == where

    again = make_reader(qtbot, library, settings)
    again.open_article(articles[1].id)
    qtbot.waitUntil(lambda: again.current_section() == 5)
    assert abs(again.position().section_fraction - where.section_fraction) < 0.02
    # Another article starts at the top and keeps its own position.
    again.open_article(articles[2].id)
    assert again.current_section() == -1
    again.close_article()
    assert reading.progress_for(library, [a.id for a in articles]) == {
        articles[1].id: stored.fraction, articles[2].id: 0.0}


def test_scrolling_saves_the_position_after_a_pause(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    view.go_to_section(2)
    qtbot.waitUntil(lambda: (reading.load_position(library, articles[0].id) or
                             reading.ReadingPosition()).section == 2, timeout=3000)


def test_next_and_previous_article_without_leaving(qtbot, library, settings, articles):
    view = make_reader(qtbot, library, settings)
    view.set_sequence([a.id for a in articles])
    view.open_article(articles[0].id)
    assert not view.previous_article_button.isEnabled()
    assert view.next_article_button.isEnabled()
    with qtbot.waitSignal(view.article_changed) as changed:
        key(qtbot, view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert changed.args == [articles[1].id]
    assert view.article.id == articles[1].id
    assert view.browser.toPlainText().startswith(articles[1].title)
    key(qtbot, view, Qt.Key.Key_BracketRight)
    assert view.article.id == articles[2].id and not view.next_article_button.isEnabled()
    assert view.go_to_article(1) is False
    qtbot.mouseClick(view.previous_article_button, Qt.MouseButton.LeftButton)
    assert view.article.id == articles[1].id


def test_nothing_is_fetched_from_the_network(qtbot, library, settings, articles):
    art = articles[0]
    art.sections[0].body += "\n\n![chart](https://example.org/chart.png)\n\n![local](data:image/png;base64,iVBORw0KGgo=)"
    library.save_article(art)
    view = make_reader(qtbot, library, settings)
    view.open_article(art.id)
    # a remote image is shown as its alt text and host, and never even asked for
    qtbot.waitUntil(lambda: "\u25a3 chart \u00b7 example.org" in view.browser.toPlainText())
    assert "https://example.org/chart.png" not in view.browser.refused_urls
    assert view.browser.loadResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl("http://example.org/x.png")) is None
    assert all(not u.startswith("data:") for u in view.browser.refused_urls)


def test_a_long_article_opens_at_once_and_completes_in_the_background(qtbot, library, settings):
    long = corpus.make_article(20000, seed=7, language="fr")
    library.save_article(long)
    view = make_reader(qtbot, library, settings)
    view.open_article(long.id)
    assert not view.browser.complete
    assert view.browser.loaded_sections < len(long.sections) == view.browser.section_count
    view.go_to_section(60)  # not rendered yet: rendered on the spot
    assert view.current_section() == 60
    with qtbot.waitSignal(view.browser.page_complete, timeout=10000):
        pass
    assert view.current_section() == 60  # loading the rest did not move the reader
    text = view.browser.toPlainText()
    positions = [text.index(s.heading) for s in long.sections]
    assert positions == sorted(positions)
    assert text.count("Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil.") == 1
    assert text.index("Merci à l’auteur(e)") > positions[-1]
    levels = []
    block = view.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            levels.append(block.text())
        block = block.next()
    assert levels == [s.heading for s in long.sections]
    qtbot.keyClick(view.browser, Qt.Key.Key_End)
    assert view.position().fraction == 1.0
    view.close_article()

    again = make_reader(qtbot, library, settings)
    again.open_article(long.id)
    bar = again.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: again.browser.complete and bar.value() == bar.maximum() > 0)
    assert again.position_label.text().endswith("100 % · Finished")


def test_links_back_to_top_and_web_links_only_after_confirming(qtbot, library, settings, articles,
                                                              monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    view = make_reader(qtbot, library, settings)
    view.open_article(articles[0].id)
    view.go_to_section(5)
    view.browser.anchorClicked.emit(QUrl("#top"))
    assert view.browser.verticalScrollBar().value() == 0
    asked, opened = [], []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer[0])
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    view.browser.anchorClicked.emit(QUrl("https://example.org/source"))
    assert len(asked) == 1 and opened == []
    answer[0] = QMessageBox.StandardButton.Open
    view.browser.anchorClicked.emit(QUrl("https://example.org/source"))
    assert opened == ["https://example.org/source"]
    view.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert len(asked) == 2 and opened == ["https://example.org/source"]
