"""The credit, disclosure and metadata panels inside the main window: preview, store and undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from hubdesk.formats.render import format_credit
from hubdesk.ui.credits.credit_table_model import CreditColumn
from tests.ui_helpers import make_settings, open_window


def _window(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 200)
    return open_window(qtbot, library, settings)


def _printed_order(window) -> list[str]:
    article = window.session.article
    return [format_credit(c, article.language) for c in article.credits]


def _preview_order(window, printed: list[str]) -> list[str]:
    text = window.preview.credits_text()
    return sorted(printed, key=text.index)


def test_reordered_credits_reach_the_preview_and_the_store(qtbot, library, tmp_path) -> None:
    window = _window(qtbot, library, tmp_path)
    editor = window.side.credits
    article = window.session.article
    assert len(article.credits) >= 3, "the welcome article credits its sources"
    before = _printed_order(window)
    # Move the last credit to the top with the button, one step at a time.
    editor.select_rows([len(before) - 1])
    for _ in range(len(before) - 1):
        editor.move_up_action.trigger()
    expected = [before[-1], *before[:-1]]
    assert _printed_order(window) == expected
    qtbot.waitUntil(lambda: _preview_order(window, expected) == expected)
    # Then drop the (new) first credit after the second one, as the table's drag does.
    model = editor.model()
    assert model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction,
                              2, -1, QModelIndex())
    expected = [expected[1], expected[0], *expected[2:]]
    assert _printed_order(window) == expected
    qtbot.waitUntil(lambda: _preview_order(window, expected) == expected)
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    stored = library.load_article(article.id)
    assert [format_credit(c, stored.language) for c in stored.credits] == expected


def test_edit_undo_in_the_credit_table_undoes_the_credit_change(qtbot, library, tmp_path) -> None:
    window = _window(qtbot, library, tmp_path)
    editor = window.side.credits
    window.credits_dock.show()
    window.credits_dock.raise_()
    before = _printed_order(window)
    editor.select_rows([0])
    editor.remove_action.trigger()
    assert _printed_order(window) == before[1:]
    qtbot.waitUntil(lambda: before[0] not in window.preview.credits_text())
    editor.view().setFocus()
    qtbot.waitUntil(editor.view().hasFocus)
    window.actions_.undo.trigger()  # Edit › Undo, as Ctrl+Z does, with the table focused
    assert _printed_order(window) == before
    qtbot.waitUntil(lambda: before[0] in window.preview.credits_text())


def test_disclosure_edits_reach_the_preview_and_the_store(qtbot, library, tmp_path) -> None:
    window = _window(qtbot, library, tmp_path)
    panel = window.side.disclosure
    article = window.session.article
    if not article.disclosure.ai_written:
        qtbot.mouseClick(panel.ai_check, Qt.MouseButton.LeftButton)
    panel.assistant_edit.clear()
    qtbot.keyClicks(panel.assistant_edit, "Chappie")
    panel.organisation_edit.clear()
    qtbot.keyClicks(panel.organisation_edit, "Groupe Floteuil")
    sentence = panel.sentence()
    assert sentence.startswith("Article written by an AI, Chappie, of Groupe Floteuil.")
    qtbot.waitUntil(lambda: sentence in window.preview.credits_text())
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    stored = library.load_article(article.id)
    assert (stored.disclosure.ai_written, stored.disclosure.assistant,
            stored.disclosure.organisation) == (True, "Chappie", "Groupe Floteuil")


def test_language_change_reprints_credits_and_disclosure(qtbot, library, tmp_path) -> None:
    window = _window(qtbot, library, tmp_path)
    article = window.session.article
    assert article.language == "en"
    model = window.side.credits.model()
    assert model.setData(model.index(0, CreditColumn.DATE), "09/09/2025")
    qtbot.waitUntil(lambda: "(Sep 9, 2025)" in window.preview.credits_text())
    combo = window.side.metadata.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert article.language == "fr"
    qtbot.waitUntil(lambda: "(09/09/2025)" in window.preview.credits_text())
    assert model.index(0, CreditColumn.PRINTED).data().endswith("(09/09/2025)")
    assert "Merci à l’auteur(e) du contenu original" in window.preview.credits_text()
