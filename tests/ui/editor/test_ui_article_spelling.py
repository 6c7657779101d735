"""Spell check switched per article (Edit menu), kept with the article, winning over the preference."""

from __future__ import annotations

import pytest

from hubdesk.model.article import Article, Section
from tests.ui_helpers import make_settings, open_window

WORDS = {"fr": ("Une fote ici.", "fote"), "en": ("A mistaek here.", "mistaek")}


def checking(window) -> bool:
    """The editor underlines misspellings now (the highlighter has a checker)."""
    return window.highlighter.spell_check is not None and window.spelling.checker.active


def underlines(window, word: str) -> bool:
    return window.highlighter.spell_check is not None and window.highlighter.spell_check(word)


def two_articles(library, language: str) -> tuple[Article, Article]:
    text, _ = WORDS[language]
    a = Article(title="A", language=language, lead=text, sections=[Section("S", text)])
    b = Article(title="B", language=language, lead=text)
    library.save_article(a)
    library.save_article(b)
    return a, b


@pytest.mark.parametrize("language", ["fr", "en"])
def test_switching_one_article_off_keeps_the_others_on(qtbot, library, tmp_path, language) -> None:
    settings = make_settings(tmp_path, "prefs")
    window = open_window(qtbot, library, settings, language=language)
    a, b = two_articles(library, language)
    action = window.actions_.spell_check_article
    assert window.open_article(a.id)
    assert action.isEnabled() and action.isChecked() and checking(window)
    assert underlines(window, WORDS[language][1])
    action.trigger()  # off for A only
    assert not action.isChecked() and not checking(window)
    assert window.open_article(b.id)
    assert action.isChecked() and checking(window)
    assert window.open_article(a.id)
    assert not action.isChecked() and not checking(window)
    window.close()

    # Kept with the article: a new window on the same library remembers it.
    again = open_window(qtbot, library, make_settings(tmp_path, "prefs2"), language=language)
    assert again.open_article(a.id)
    assert not again.actions_.spell_check_article.isChecked() and not checking(again)


def test_an_article_switched_on_is_checked_with_the_preference_off(qtbot, library, tmp_path) -> None:
    settings = make_settings(tmp_path)
    settings.set("spell_check", False)
    window = open_window(qtbot, library, settings, language="fr")
    a, b = two_articles(library, "fr")
    action = window.actions_.spell_check_article
    assert window.open_article(a.id)
    assert not action.isChecked() and not checking(window)
    action.trigger()
    assert action.isChecked() and checking(window) and underlines(window, "fote")
    assert window.open_article(b.id)
    assert not action.isChecked() and not checking(window)  # B follows the preference
    settings.set("spell_check", True)
    assert action.isChecked() and checking(window)
    assert window.open_article(a.id)
    assert action.isChecked()


def test_the_switch_is_in_the_edit_menu(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path))
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    edit = next(m for m in menus if m.title().replace("&", "") == "Edit")
    assert window.actions_.spell_check_article in edit.actions()
