"""Help ▸ Keyboard Shortcuts, Help ▸ User Guide, and the restart offered after a language change."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from hubdesk.ui.help.shortcuts_window import on_a_writers_keyboard, plain_text, shortcut_text
from hubdesk.ui.shell import language_restart
from hubdesk.ui.shell.language_restart import finish_restart, restart_argv
from hubdesk.ui.shell.menus import menu_layout
from hubdesk.ui.shell.translations import install_translations, remove_translations
from hubdesk.ui.shell.welcome import WELCOME_KEY
from tests.ui_helpers import make_settings, open_window

GROUPS = {
    "en": ["File", "Edit", "Format", "Section", "View", "Help"],
    "fr": ["Fichier", "Édition", "Format", "Section", "Affichage", "Aide"],
}
BOLD = {"en": ("bold", "Bold"), "fr": ("gras", "Gras")}
UNDO = {"en": "Undo", "fr": "Annuler"}
DISTRACTION = {"en": "Distraction-Free Writing", "fr": "Écriture sans distraction"}
DF_KEYS = {"en": "Ctrl+Shift+D, Shift+F11", "fr": "Ctrl+Maj+D, Maj+F11"}
GUIDE_TITLE = {"en": "Welcome to HubDesk", "fr": "Bienvenue dans HubDesk"}
OFFER = {
    "en": ("The new language is used after HubDesk restarts.", "Restart Now", "Later"),
    "fr": ("La nouvelle langue s’applique au redémarrage de HubDesk.", "Redémarrer maintenant", "Plus tard"),
}


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


def test_the_shortcuts_window_lists_every_shortcut_by_menu_and_filters(qtbot, library, tmp_path, language):
    window = open_window(qtbot, library, make_settings(tmp_path), language)
    window.actions_.keyboard_shortcuts.trigger()
    dialog = window.modes.shortcuts_window
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.search.hasFocus)
    rows = dialog.rows()
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == GROUPS[language]
    # Every action with a shortcut is there once, under its menu, with its keys.
    with_keys = {name: a for name, a in window.actions_.all.items() if a.shortcuts()}
    assert len(rows) == len(with_keys)
    layout = menu_layout()
    for name, action in with_keys.items():
        menu = next(plain_text(t) for t, names in layout.items() if name in names)
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                         if on_a_writers_keyboard(s))
        assert (menu, plain_text(action.text()), keys) in rows
    # Only keys a writer's keyboard has: not the F14 or "Undo" keys the platform adds.
    written = {r[1]: r[2] for r in rows}
    assert written[UNDO[language]].split(", ")[0] == "Ctrl+Z"
    assert not any(re.search(r"\bF(1[3-9]|2\d)\b|\b(Undo|Copy|Cut|Paste|Find|New|Exit)\b", k)
                   for k in written.values())
    assert (GROUPS[language][4], DISTRACTION[language], DF_KEYS[language]) in rows
    # The search field filters, whatever the case or the accents.
    word, command = BOLD[language]
    QTest.keyClicks(dialog.search, word)
    assert [r[1] for r in dialog.rows()] == [command]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, DF_KEYS[language].split(", ")[1].lower())
    assert [r[1] for r in dialog.rows()] == [DISTRACTION[language]]
    dialog.search.setText(DISTRACTION[language].upper().replace("É", "E"))
    assert [r[1] for r in dialog.rows()] == [DISTRACTION[language]]
    dialog.search.setText("zzzz")
    assert dialog.rows() == [] and dialog.empty.isVisible()
    dialog.search.clear()
    assert len(dialog.rows()) == len(with_keys) and not dialog.empty.isVisible()
    window.actions_.keyboard_shortcuts.trigger()  # the same window again, not a second one
    assert window.modes.shortcuts_window is dialog


def test_the_user_guide_is_the_welcome_article_and_comes_back_when_deleted(qtbot, library, tmp_path, language):
    settings = make_settings(tmp_path)
    settings.set("language", language)
    window = open_window(qtbot, library, settings, language)
    welcome = library.get_setting(WELCOME_KEY)
    window.actions_.user_guide.trigger()
    assert window.session.article.id == welcome
    assert window.session.article.title == GUIDE_TITLE[language]
    assert window.library_panel.current_id() == welcome
    # The writer threw it away: the guide comes back, as a fresh copy, once.
    window.library_panel.select(welcome)
    library.delete_article(welcome)
    window.library_panel.refresh()
    window.actions_.user_guide.trigger()
    guide = window.session.article.id
    assert guide != welcome and window.session.article.title == GUIDE_TITLE[language]
    assert not library.is_deleted(guide) and window.library_panel.current_id() == guide
    count = library.count_articles()
    window.actions_.user_guide.trigger()
    assert window.session.article.id == guide and library.count_articles() == count


def test_the_user_guide_follows_the_interface_language(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    window = open_window(qtbot, library, settings, "en")
    window.modes.language_restart.current = "fr"  # as after the restart: nothing is offered
    settings.set("language", "fr")
    window.actions_.user_guide.trigger()
    assert window.session.article.title == GUIDE_TITLE["fr"] and window.session.article.language == "fr"


def _answer_offer(qtbot, button: str, seen: dict) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)


def _choose_language_in_preferences(qtbot, window, code: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "fields"):
            QTimer.singleShot(10, fill)
            return
        combo = dialog.fields["language"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(code))
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.actions_.preferences.trigger()


def test_a_language_change_offers_a_restart_that_saves_and_runs_hubdesk_again(
        qtbot, library, tmp_path, language, monkeypatch):
    monkeypatch.setattr(language_restart, "_pending", None)
    settings = make_settings(tmp_path)
    settings.set("language", language)
    window = open_window(qtbot, library, settings, language)
    restart = window.modes.language_restart
    quits: list[bool] = []
    restart.quit_app = lambda: quits.append(True)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    QTest.keyClicks(window.editor, " unsaved")
    assert window.session.dirty
    seen: dict = {}
    text, now, later = OFFER[language]
    _answer_offer(qtbot, now, seen)
    _choose_language_in_preferences(qtbot, window, "en" if language == "fr" else "fr")
    qtbot.waitUntil(lambda: quits == [True])
    assert seen["text"] == text and seen["buttons"] == sorted([now, later])
    assert not window.isVisible() and not window.session.dirty  # closed as Quit does: saved
    assert " unsaved" in library.load_article(window.session.article.id).lead + "".join(
        s.body for s in library.load_article(window.session.article.id).sections)
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(sys, "argv", sys.argv)
    assert finish_restart(lambda path, argv: calls.append((path, argv)))
    assert calls == [(sys.executable, restart_argv())]
    assert restart_argv()[:3] == [sys.executable, "-m", "hubdesk"]
    assert not finish_restart(lambda path, argv: calls.append((path, argv)))  # once only


def test_later_keeps_working_and_the_same_language_asks_nothing(qtbot, library, tmp_path, monkeypatch):
    monkeypatch.setattr(language_restart, "_pending", None)
    settings = make_settings(tmp_path)
    settings.set("language", "en")
    window = open_window(qtbot, library, settings, "en")
    restart = window.modes.language_restart
    restart.quit_app = lambda: pytest.fail("quit")
    seen: dict = {}
    _answer_offer(qtbot, "Later", seen)
    _choose_language_in_preferences(qtbot, window, "fr")
    qtbot.waitUntil(lambda: "text" in seen)
    qtbot.wait(20)
    assert window.isVisible() and language_restart._pending is None
    offers: list[bool] = []
    monkeypatch.setattr(restart, "offer", lambda: offers.append(True))
    settings.set("language", "en")  # back to the language in use: nothing to restart for
    qtbot.wait(20)
    assert offers == []
    settings.set("language", "fr")
    qtbot.waitUntil(lambda: offers == [True])


def test_the_restart_command_line_of_the_bundle_and_of_the_source(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/opt/hubdesk/hubdesk", "--library", "/tmp/x.hubdesk"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_argv() == [sys.executable, "--library", "/tmp/x.hubdesk"]
    monkeypatch.delattr(sys, "frozen")
    assert restart_argv() == [sys.executable, "-m", "hubdesk", "--library", "/tmp/x.hubdesk"]


def test_the_help_menu_and_f1(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.actions()[:2] == [window.actions_.user_guide, window.actions_.keyboard_shortcuts]
    assert window.actions_.user_guide.shortcut().toString() == "F1"
    assert window.actions_.keyboard_shortcuts.shortcut().toString() == "Ctrl+/"
    QTest.keyClick(window.editor, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.modes.shortcuts_window is not None
                    and window.modes.shortcuts_window.isVisible())


def test_keys_of_special_keyboards_are_left_out_of_the_list(qtbot, qapp, language):
    """X11 adds F14 and the dedicated Undo key to Undo, F20 to Cut: the list keeps what a
    writer can press (and everything, should an action have only such keys)."""
    from PySide6.QtGui import QAction

    undo = QAction("Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence(Qt.Key.Key_F14), QKeySequence(Qt.Key.Key_Undo)])
    cut = QAction("Cut")
    cut.setShortcuts([QKeySequence("Ctrl+X"), QKeySequence("Shift+Del"), QKeySequence(Qt.Key.Key_F20)])
    only = QAction("Only")
    only.setShortcuts([QKeySequence(Qt.Key.Key_Copy)])
    shift = {"en": "Shift", "fr": "Maj"}[language]
    delete = QKeySequence("Shift+Del").toString(QKeySequence.SequenceFormat.NativeText)
    assert shortcut_text(undo) == "Ctrl+Z"
    assert shortcut_text(cut) == f"Ctrl+X, {delete}" and delete.startswith(shift + "+")
    assert shortcut_text(only) == QKeySequence(Qt.Key.Key_Copy).toString(QKeySequence.SequenceFormat.NativeText)
