"""Spell checking in the editor, in French and English: underlines, menu, dictionary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from hubdesk.library import personal_dictionary
from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.spell_checker import dictionary_tag
from tests.ui_helpers import make_settings, open_window


def test_the_french_and_english_dictionaries_are_installed():
    """libhunspell with hunspell-fr and hunspell-en-us (.ci/apt-packages.txt)."""
    assert dictionary_tag("fr") is not None and dictionary_tag("en") is not None

BODIES = {
    "fr": ("Un texte bien écrit, avec une fote.\n\nDu code `fote` et https://exemple.fr/fote.\n\n"
           "```\nfote dans un bloc\n```\n\nL’ami d’aujourd’hui est là.", "fote", "faute"),
    "en": ("A well written text, with a mistaek.\n\nSome code `mistaek` and https://example.org/mistaek.\n\n"
           "```\nmistaek in a block\n```\n\nIt’s today’s friend.", "mistaek", "mistake"),
}


def open_article(qtbot, library, settings, language):
    window = open_window(qtbot, library, settings)
    body, _, _ = BODIES[language]
    article = Article(title="Spelling", lead="", language=language, sections=[Section("Texte" if language == "fr" else "Text", body)])
    library.save_article(article)
    assert window.open_article(article.id)
    return window, article


def underlined(window) -> list[str]:
    """Every run of text drawn with the spell-check underline."""
    runs = []
    block = window.editor.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if QTextCharFormat(r.format).underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                runs.append(block.text()[r.start:r.start + r.length])
        block = block.next()
    return runs


def word_position(window, word: str, occurrence: int = 0) -> int:
    text = window.editor.toPlainText()
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    return at + 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_misspelt_prose_is_underlined_not_code_or_urls(qtbot, library, tmp_path, language):
    window, _ = open_article(qtbot, library, make_settings(tmp_path), language)
    _, wrong, _ = BODIES[language]
    assert underlined(window) == [wrong]


def test_the_check_follows_the_article_language(qtbot, library, tmp_path):
    window, _ = open_article(qtbot, library, make_settings(tmp_path), "fr")
    assert "texte" not in underlined(window)
    window.session.article.language = "en"  # as the Metadata panel does
    window.side.title_changed.emit()
    assert {"Un", "texte", "bien", "avec", "une"} <= set(underlined(window))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_suggestions_add_and_ignore_in_the_context_menu(qtbot, library, tmp_path, language):
    settings = make_settings(tmp_path)
    window, _ = open_article(qtbot, library, settings, language)
    _, wrong, right = BODIES[language]
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(word_position(window, wrong))
    editor.context_menu_position = editor.cursorRect(cursor).center()
    menu = QMenu()
    editor.extend_context_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert right in texts[:6]
    assert f"Add “{wrong}” to the Dictionary" in texts and f"Ignore “{wrong}”" in texts
    next(a for a in menu.actions() if a.text() == right).trigger()
    assert right in window.session.article.sections[0].body
    assert underlined(window) == []

    editor.undo()
    assert underlined(window) == [wrong]
    menu = QMenu()
    editor.extend_context_menu(menu)
    next(a for a in menu.actions() if a.text() == f"Ignore “{wrong}”").trigger()
    assert underlined(window) == []
    assert personal_dictionary.words(library, language) == set()  # ignoring is for this session

    window.close()  # another window (another session): the ignored word is underlined again
    window, _ = open_article(qtbot, library, make_settings(tmp_path), language)
    editor = window.editor
    assert underlined(window) == [wrong]
    cursor = editor.textCursor()
    cursor.setPosition(word_position(window, wrong))
    editor.context_menu_position = editor.cursorRect(cursor).center()
    menu = QMenu()
    editor.extend_context_menu(menu)
    next(a for a in menu.actions() if a.text() == f"Add “{wrong}” to the Dictionary").trigger()
    assert underlined(window) == []
    assert personal_dictionary.words(library, language) == {wrong}  # kept in the library
    window.close()
    window, _ = open_article(qtbot, library, make_settings(tmp_path), language)
    assert underlined(window) == []  # and known in the next session


def test_a_correct_word_gets_no_spelling_entries(qtbot, library, tmp_path):
    window, _ = open_article(qtbot, library, make_settings(tmp_path), "en")
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(word_position(window, "written"))
    editor.context_menu_position = editor.cursorRect(cursor).center()
    menu = QMenu()
    editor.extend_context_menu(menu)
    assert not any("Dictionary" in a.text() or "Ignore" in a.text() for a in menu.actions())


def test_the_real_context_menu_opens_with_suggestions_first(qtbot, library, tmp_path):
    window, _ = open_article(qtbot, library, make_settings(tmp_path), "en")
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(word_position(window, "mistaek"))
    point = editor.cursorRect(cursor).center()
    seen: list[list[str]] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(10, read_and_close)
            return
        seen.append([a.text() for a in popup.actions() if not a.isSeparator()])
        popup.close()

    QTimer.singleShot(0, read_and_close)
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                              editor.viewport().mapToGlobal(point)))
    assert seen and seen[0][0] == "mistake"
    assert "&Bold" in seen[0] and "Add “mistaek” to the Dictionary" in seen[0]


def test_spell_check_can_be_turned_off(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    window, _ = open_article(qtbot, library, settings, "fr")
    assert underlined(window) == ["fote"]
    settings.set("spell_check", False)
    assert underlined(window) == []
    settings.set("spell_check", True)
    assert underlined(window) == ["fote"]


KEYS_AND_MARKUP = {
    "fr": ("Appuyez sur *Ctrl+Maj+D*, puis *Échap* ; la touche Ctrl seule, Suppr ou Tab. "
           "Le chapô s’écrit en Markdown, exporté vers Word. Une fote.", "fote"),
    "en": ("Press *Ctrl+Shift+D*, then *Esc*; the Ctrl key alone, Del or Tab, and Ctrl+/ for "
           "the shortcuts. The lead is Markdown, exported to Word. A mistaek.", "mistaek"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_key_names_shortcuts_and_markdown_are_not_underlined(qtbot, library, tmp_path, language):
    """The user guide's own words: Ctrl, Échap/Esc, Ctrl+Maj+D, Markdown, chapô."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    body, wrong = KEYS_AND_MARKUP[language]
    article = Article(title="Keys", lead="", language=language, sections=[Section("Touches", body)])
    library.save_article(article)
    assert window.open_article(article.id)
    assert underlined(window) == [wrong]  # the real mistake is still found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_user_guide_has_no_underlined_word(qtbot, library, tmp_path, language):
    """The welcome article, in the interface language, opens with nothing underlined."""
    window = open_window(qtbot, library, make_settings(tmp_path), language)
    assert window.session.article.language == language
    assert window.spelling.checker.active
    assert len(window.editor.toPlainText()) > 2000
    assert underlined(window) == []


MENU_KEY = {"fr": ("fote", "faute", "Ajouter « fote » au dictionnaire"),
            "en": ("mistaek", "mistake", "Add “mistaek” to the Dictionary")}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_menu_key_opens_the_word_at_the_caret_below_its_line(qtbot, qapp, library, tmp_path, language):
    """Keyboard only: the caret in the misspelt word, the Menu key, the suggestions first."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    from hubdesk.ui.shell.translations import install_translations, remove_translations

    assert install_translations(qapp, language) == language
    try:
        window, _ = open_article(qtbot, library, make_settings(tmp_path), language)
        editor = window.editor
        wrong, right, add = MENU_KEY[language]
        cursor = editor.textCursor()
        cursor.setPosition(word_position(window, wrong) + 2)
        editor.setTextCursor(cursor)
        editor.setFocus()
        line_bottom = editor.viewport().mapToGlobal(editor.cursorRect().bottomLeft()).y()
        seen: list[tuple[list[str], int]] = []

        def read_and_close() -> None:
            popup = QApplication.activePopupWidget()
            if popup is None:
                QTimer.singleShot(10, read_and_close)
                return
            seen.append(([a.text() for a in popup.actions() if not a.isSeparator()], popup.geometry().top()))
            popup.close()

        QTimer.singleShot(0, read_and_close)
        # What Qt sends for the Menu key (or Shift+F10): a keyboard context menu event.
        origin = QPoint(editor.viewport().width() // 2, editor.viewport().height() // 2)
        QApplication.sendEvent(editor.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, origin, editor.viewport().mapToGlobal(origin)))
        assert seen
        entries, top = seen[0]
        assert entries[0] == right and add in entries
        assert top >= line_bottom  # the menu does not hide the word it is about
        assert editor.textCursor().position() == cursor.position()
        assert QTextCursor(editor.textCursor()).block().text().count(wrong) == 1
    finally:
        remove_translations(qapp)
