"""Format ▸ Fix Typography…: the changes listed, the chosen ones applied as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from hubdesk.formats.typography import NNBSP
from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.typography_dialog import TypographyDialog
from tests.ui_helpers import make_settings, open_window

N = NNBSP


def open_text(qtbot, library, tmp_path, language: str, lead: str, body: str):
    window = open_window(qtbot, library, make_settings(tmp_path), language=language)
    article = Article(title="Typo", language=language, lead=lead, sections=[Section("Suite", body)])
    library.save_article(article)
    assert window.open_article(article.id)
    window.editor.setFocus()
    return window


def answer_dialog(qtbot, handle) -> list:
    """Run ``handle(dialog)`` on the modal dialog the next command opens; returns what it saw."""
    seen: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, look)
    return seen


def test_french_article_fixed_with_the_changes_chosen(qtbot, library, tmp_path) -> None:
    lead = "Il a dit \"oui\" : c'est tout !"
    body = "Voir `code 'ici' : non` et https://exemple.fr/a?b=c:d\n\n```\nprint('x : y')\n```"
    window = open_text(qtbot, library, tmp_path, "fr", lead, body)
    before = window.editor.toPlainText()
    shown: list[list[tuple[str, str]]] = []

    def choose(dialog) -> None:
        assert isinstance(dialog, TypographyDialog)
        items = [dialog.list.topLevelItem(n) for n in range(dialog.list.topLevelItemCount())]
        shown.append([(i.text(1), i.text(2)) for i in items])
        dialog.set_checked(len(items) - 1, False)  # keep "tout !" as it is
        dialog.apply_button.click()

    seen = answer_dialog(qtbot, choose)
    window.actions_.fix_typography.trigger()
    # «, then » with the colon's space (side by side: one change), ’, and the "!" space.
    assert seen and len(shown[0]) == 4
    assert shown[0][0] == ('…Il a dit "oui" : c\'est tou…', '…Il a dit «◦oui" : c\'est tou…')
    assert shown[0][-1][1].endswith("tout◦!…") and shown[0][-1][0].endswith("tout␣!…")
    article = window.session.article
    assert article.lead == f"Il a dit «{N}oui{N}»{N}: c’est tout !"
    assert article.sections[0].body == body  # code, URL and fenced code untouched
    # One Ctrl+Z takes the whole fix back.
    QTest.keyClick(window.editor, QKeySequence(QKeySequence.StandardKey.Undo)[0].key(),
                   QKeySequence(QKeySequence.StandardKey.Undo)[0].keyboardModifiers())
    assert window.editor.toPlainText() == before
    assert window.session.article.lead == lead


def test_english_selection_only(qtbot, library, tmp_path) -> None:
    lead = "First \"one\" here.\n\nSecond \"two\" there."
    window = open_text(qtbot, library, tmp_path, "en", lead, "It's fine.")
    editor = window.editor
    start = editor.toPlainText().index("Second")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    summaries: list[str] = []

    def accept(dialog) -> None:
        summaries.append(dialog.summary.text())
        dialog.apply_button.click()

    answer_dialog(qtbot, accept)
    window.actions_.fix_typography.trigger()
    assert "selection" in summaries[0]
    article = window.session.article
    assert article.lead == "First \"one\" here.\n\nSecond “two” there."
    assert article.sections[0].body == "It's fine."


def test_cancel_changes_nothing_and_nothing_to_fix_says_so(qtbot, library, tmp_path) -> None:
    window = open_text(qtbot, library, tmp_path, "fr", "Déjà bon\u202f!", "Rien à faire.")
    messages: list[str] = []

    def close(box) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    answer_dialog(qtbot, close)
    window.actions_.fix_typography.trigger()
    assert messages and "already" in messages[0]
    window.editor.setPlainText(window.editor.toPlainText() + "\nEt alors ?")  # a change to offer

    answer_dialog(qtbot, lambda dialog: dialog.reject())
    text = window.editor.toPlainText()
    window.actions_.fix_typography.trigger()
    assert window.editor.toPlainText() == text


def test_the_command_is_in_the_format_menu(qtbot, library, tmp_path) -> None:
    window = open_text(qtbot, library, tmp_path, "en", "Text.", "More.")
    menus = {m.title(): m for m in (a.menu() for a in window.menuBar().actions()) if m is not None}
    fmt = next(m for t, m in menus.items() if t.replace("&", "") == "Format")
    assert window.actions_.fix_typography in fmt.actions()
