"""Typing aids in the real editor: formatting keys, Format menu, lists, typography (fr, en)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.table_dialog import TableDialog
from tests.ui_helpers import make_settings, open_window

N = "\u202f"  # narrow no-break space
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_window(qtbot, library, tmp_path):
    def make(language: str = "en", body: str = "Start.", settings=None):
        window = open_window(qtbot, library, settings or make_settings(tmp_path))
        article = Article(title="Aids", lead="Lead.", language=language,
                          sections=[Section("Only", body)])
        library.save_article(article)
        assert window.open_article(article.id)
        cursor_after(window, body.splitlines()[-1] if body else "## Only")
        return window
    return make


def cursor_after(window, text: str) -> None:
    found = window.editor.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(found.block())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def new_line(qtbot, window) -> None:
    """End the current paragraph and open an empty one (two plain Enters)."""
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)


def line(window) -> str:
    return window.editor.textCursor().block().text()


def undo(window) -> None:
    combo = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0][0]
    QTest.keyClick(window.editor, combo.key(), combo.keyboardModifiers())


def select_back(window, n: int) -> None:
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, n)
    window.editor.setTextCursor(cursor)


# ------------------------------------------------------------ formatting keys


def test_ctrl_b_ctrl_i_ctrl_k_on_the_selection_and_at_the_cursor(qtbot, make_window):
    window = make_window(body="Start.")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "a word")
    select_back(window, 4)
    QTest.keyClick(window.editor, Qt.Key.Key_B, CTRL)
    assert line(window) == "a **word**"
    assert window.editor.textCursor().selectedText() == "word"
    QTest.keyClick(window.editor, Qt.Key.Key_B, CTRL)  # again: back to plain
    assert line(window) == "a word"
    QTest.keyClick(window.editor, Qt.Key.Key_I, CTRL)
    assert line(window) == "a *word*"
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " and ")
    QTest.keyClick(window.editor, Qt.Key.Key_B, CTRL)  # at the cursor: type inside the pair
    qtbot.keyClicks(window.editor, "strong")
    assert line(window) == "a *word* and **strong**"
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "see this")
    select_back(window, 4)
    QTest.keyClick(window.editor, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.editor, "https://example.org")
    assert line(window) == "see [this](https://example.org)"
    new_line(qtbot, window)
    QTest.keyClick(window.editor, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(window.editor, "label")
    assert line(window) == "[label]()"
    undo(window)  # the typing, then the link, each in one step
    undo(window)
    assert line(window) == ""
    assert window.session.article.sections[0].body.endswith("see [this](https://example.org)")


def test_import_moved_off_ctrl_i(make_window):
    window = make_window()
    italic = QKeySequence("Ctrl+I")
    assert italic in window.actions_.format_italic.shortcuts()
    assert italic not in window.actions_.import_files.shortcuts()
    assert QKeySequence("Ctrl+Shift+O") in window.actions_.import_files.shortcuts()


def test_format_menu_inserts_a_table_and_an_image(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window(body="Start.")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "F&ormat")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["format_bold", "format_italic", "format_link", "insert_image", "insert_table",
                     "fix_typography"]

    def accept(dialog):
        dialog.set_size(2, 3)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(TableDialog, "exec", accept)
    window.actions_.insert_table.trigger()
    body = window.session.article.sections[0].body
    assert body.startswith("Start.\n\n| Column 1 | Column 2 | Column 3 |\n| -------- |")
    rows = [r for r in body.split("\n") if r.startswith("|")]
    assert len(rows) == 4 and all(r.count("|") == 4 for r in rows)
    qtbot.keyClicks(window.editor, "Name")  # the cursor waits in the first header cell
    assert "| NameColumn 1 |" in window.editor.toPlainText()

    picture = tmp_path / "my photo.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    assert image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(picture), "")))
    cursor_after(window, "| ")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.actions_.insert_image.trigger()
    # copied into the library's images folder (tests/ui/editor/test_ui_insert_image.py)
    assert re.search(r"!\[my photo\]\(my-photo-[0-9a-f]{10}\.png\)$", window.editor.toPlainText().rstrip())


def test_formatting_actions_are_in_the_editor_context_menu(make_window):
    window = make_window()
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.editor.extend_context_menu(menu)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["format_bold", "format_italic", "format_link", "insert_image", "insert_table"]


# ------------------------------------------------------------ lists and quotes


def test_enter_continues_lists_and_quotes_and_ends_them(qtbot, make_window):
    window = make_window(body="Start.")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "- one")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "- "
    qtbot.keyClicks(window.editor, "two")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    assert line(window) == ""
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "1. first")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "2. "
    qtbot.keyClicks(window.editor, "second")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "3. "
    undo(window)  # one step: the new item goes
    assert line(window) == "2. second"
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "* star")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "* "
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "> quoted")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "> "
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == ""
    body = window.session.article.sections[0].body
    assert "- one\n- two\n\n1. first\n2. second" in body
    assert body.endswith("* star\n\n> quoted")


def test_enter_in_a_code_fence_or_before_the_marker_is_a_plain_enter(qtbot, make_window):
    window = make_window(body="```\n- not a list")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == ""
    window = make_window(body="- item")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "- item"


def test_tab_and_shift_tab_nest_list_items(qtbot, make_window):
    window = make_window(body="- one\n- two")
    QTest.keyClick(window.editor, Qt.Key.Key_Tab)
    assert line(window) == "  - two"
    qtbot.keyClicks(window.editor, "!")
    assert line(window) == "  - two!"  # the cursor stayed at the end of the text
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert line(window) == "  - "
    qtbot.keyClicks(window.editor, "three")
    QTest.keyClick(window.editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert line(window) == "- three"
    window = make_window(body="1. one\n2. two")
    QTest.keyClick(window.editor, Qt.Key.Key_Tab)
    assert line(window) == "   2. two"
    undo(window)
    assert line(window) == "2. two"
    window = make_window(body="Plain text")
    QTest.keyClick(window.editor, Qt.Key.Key_Tab)  # not a list: a tab as before
    assert line(window) == "Plain text\t"


# ------------------------------------------------------------ typography


def test_french_typography_as_you_type(qtbot, make_window):
    window = make_window(language="fr", body="Début.")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, 'L\'ami dit "bonjour" : oui ! Non? Bien; fin...')
    assert line(window) == (f"L’ami dit «{N}bonjour{N}»{N}: oui{N}! Non{N}? Bien{N}; fin…")


def test_english_typography_as_you_type(qtbot, make_window):
    window = make_window(language="en", body="Start.")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, '"It\'s fine," she said: \'yes\'. Wait...')
    assert line(window) == "“It’s fine,” she said: ‘yes’. Wait…"


@pytest.mark.parametrize(("language", "typed", "raw", "done"), [
    ("fr", "l'", "l'", "l’"),
    ("fr", 'dit "', 'dit "', f"dit «{N}"),
    ("fr", 'dit "oui"', 'dit «\u202foui"', f"dit «{N}oui{N}»"),
    ("fr", "oui ?", "oui ?", f"oui{N}?"),
    ("fr", "oui!", "oui!", f"oui{N}!"),
    ("fr", "et...", "et...", "et…"),
    ("en", "it'", "it'", "it’"),
    ("en", '"', '"', "“"),
    ("en", 'say "hi"', "say “hi\"", "say “hi”"),
])
def test_each_substitution_is_undone_by_one_ctrl_z(qtbot, make_window, language, typed, raw, done):
    window = make_window(language=language, body="x")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, typed)
    assert line(window) == done
    undo(window)
    assert line(window) == raw
    qtbot.keyClicks(window.editor, "z")  # the cursor is after what was typed
    assert line(window) == raw + "z"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_typography_in_code_urls_and_link_targets(qtbot, make_window, language):
    window = make_window(language=language, body="x")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "`it's \"raw\"` ")
    qtbot.keyClicks(window.editor, "http://example.org/a'b?c=1 ")
    qtbot.keyClicks(window.editor, "[t](https://x.org/it's?q)")
    assert line(window).startswith("`it's \"raw\"` http://example.org/a'b?c=1 [t](https://x.org/it's?q)")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "```")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "print('it's') ...")
    assert line(window) == "print('it's') ..."


def test_french_markdown_punctuation_keeps_its_meaning(qtbot, make_window):
    window = make_window(language="fr", body="x")
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "[1]: https://exemple.fr/a?b=1 vers 10:30 &amp; voir ![image](a.png)")
    assert line(window) == "[1]: https://exemple.fr/a?b=1 vers 10:30 &amp; voir ![image](a.png)"


def test_typography_can_be_turned_off(qtbot, make_window, tmp_path):
    from tests.ui_helpers import make_settings as settings_for

    settings = settings_for(tmp_path, "off")
    settings.set("typography", False)
    window = make_window(language="fr", body="x", settings=settings)
    new_line(qtbot, window)
    qtbot.keyClicks(window.editor, "l'ami dit \"oui\" ?")
    assert line(window) == "l'ami dit \"oui\" ?"


FORMAT_TEXTS = {
    "en": ("F&ormat", ["&Bold", "&Italic", "&Link", "Insert &Image…", "Insert &Table…"], "Column"),
    "fr": ("F&ormat", ["&Gras", "&Italique", "&Lien", "Insérer une &image…", "Insérer un &tableau…"],
           "Colonne"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_format_menu_context_menu_and_table_headers_in_each_language(
        qtbot, qapp, make_window, monkeypatch, language):
    from PySide6.QtWidgets import QMenu

    from hubdesk.ui.shell.translations import install_translations, remove_translations

    assert install_translations(qapp, language) == language
    try:
        window = make_window(language=language, body="Start.")
        title, entries, column = FORMAT_TEXTS[language]
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
        assert [a.text() for a in menu.actions() if not a.isSeparator()][:5] == entries
        context = QMenu()
        window.editor.extend_context_menu(context)
        assert [a.text() for a in context.actions() if not a.isSeparator()] == entries

        def accept(dialog):
            dialog.set_size(1, 2)
            return QDialog.DialogCode.Accepted
        monkeypatch.setattr(TableDialog, "exec", accept)
        window.actions_.insert_table.trigger()
        body = window.session.article.sections[0].body
        assert f"| {column} 1 | {column} 2 |" in body
    finally:
        remove_translations(qapp)
