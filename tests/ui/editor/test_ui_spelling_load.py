"""An article opened before its spelling dictionary is loaded: the editor opens at once,
unchecked, and the underlines come once the dictionary is ready (loaded in a thread)."""

from __future__ import annotations

import threading

from PySide6.QtGui import QTextCharFormat

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor import markdown_highlighter, spell_checker
from hubdesk.ui.shell.main_window import MainWindow
from tests.ui_helpers import make_settings, open_window


def _underlined(window) -> list[str]:
    runs = []
    block = window.editor.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if QTextCharFormat(r.format).underlineStyle() == \
                    QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                runs.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return runs


def test_underlines_come_when_the_dictionary_is_loaded(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    tag = spell_checker.dictionary_tag("en")
    monkeypatch.setattr(spell_checker, "_loaded", {})  # as at start-up: nothing loaded yet
    release = threading.Event()
    real = spell_checker.Dictionary

    def slow(tag_: str):
        release.wait(10)  # the load ends when the test says so
        return real(tag_)

    monkeypatch.setattr(spell_checker, "Dictionary", slow)
    article = Article(title="Spelling", language="en",
                      sections=[Section("Text", "A well written text, with a mistaek.")])
    library.save_article(article)
    assert window.open_article(article.id)
    assert window.spelling.checker.waiting == tag and not window.spelling.checker.active
    assert _underlined(window) == []
    release.set()
    qtbot.waitUntil(lambda: _underlined(window) == ["mistaek"], timeout=10_000)
    assert spell_checker.is_loaded(tag) and window.spelling.checker.waiting is None


def test_a_long_text_is_underlined_in_slices_like_a_short_one(qtbot, library, tmp_path,
                                                               monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    paragraph = " ".join(["A well written text, with a mistaek and another wrod."] * 40)
    body = "\n\n".join([paragraph] * 12)  # few lines, many characters
    assert len(body) > markdown_highlighter.LONG_TEXT_CHARS
    assert body.count("\n") < markdown_highlighter.LONG_TEXT_LINES
    article = Article(title="Long", language="en", sections=[Section("Text", body)])
    library.save_article(article)
    assert window.open_article(article.id)
    assert not window.highlighter.is_coloured()  # coloured after the open, in slices
    qtbot.waitUntil(window.highlighter.is_coloured, timeout=30_000)
    assert _underlined(window) == ["mistaek", "wrod"] * 40 * 12
    window.settings.set("spell_check", False)  # off: the underlines go, in slices too
    qtbot.waitUntil(lambda: window.highlighter.is_coloured() and _underlined(window) == [],
                    timeout=30_000)


def test_the_first_dictionary_loads_once_the_window_is_painted(qtbot, library, tmp_path,
                                                                monkeypatch):
    """As the app builds the window: the article's dictionary is asked for before the
    first paint, and its loading thread starts with ``finish_building()``, after it."""
    article = Article(title="Spelling", language="en",
                      sections=[Section("Text", "A well written text, with a mistaek.")])
    library.save_article(article)
    monkeypatch.setattr(spell_checker, "_loaded", {})  # as at start-up: nothing loaded yet
    started = []
    real = spell_checker.load_in_background

    def load(wanted, done, **kw):
        started.append(wanted)
        return real(wanted, done, **kw)

    monkeypatch.setattr(spell_checker, "load_in_background", load)
    window = MainWindow(library, make_settings(tmp_path), defer_decoration=True)
    qtbot.addWidget(window)
    assert window.open_article(article.id)
    window.show()
    assert started == [] and window.spelling.checker.waiting is not None  # asked, held
    window.finish_building()  # what the app runs after the first paint
    assert len(started) == 1
    qtbot.waitUntil(lambda: _underlined(window) == ["mistaek"], timeout=10_000)
    window.spelling.checker.hold_loading()  # held again: the next language waits likewise
    window.spelling.checker.release_loading()
    assert len(started) == 1  # nothing was held, nothing more started
