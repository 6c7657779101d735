"""Credits and metadata edited in their panels reach the preview, the outline and the store."""

from __future__ import annotations

from datetime import date

from hubdesk.ui.credits.credit_table_model import CreditColumn
from tests.ui_helpers import make_settings, open_window


def test_edited_credit_appears_in_preview_and_store(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 200)
    window = open_window(qtbot, library, settings)
    editor = window.side.credits
    count = len(window.session.article.credits)
    row = editor.add_credit()
    model = editor.model()
    model.setData(model.index(row, CreditColumn.TITLE), "Les modèles ouverts")
    model.setData(model.index(row, CreditColumn.AUTHOR), "Léa Martin")
    model.setData(model.index(row, CreditColumn.OUTLET), "Le Monde")
    model.setData(model.index(row, CreditColumn.DATE), "2025-09-09")
    printed = "Les modèles ouverts – Léa Martin – Le Monde (Sep 9, 2025)"
    qtbot.waitUntil(lambda: printed in window.preview.credits_text())
    assert window.navigator.item_for_part(-2).text(1) == str(count + 1)
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    stored = library.load_article(window.session.article.id)
    assert len(stored.credits) == count + 1
    credit = stored.credits[row]
    assert (credit.title, credit.author, credit.outlet, credit.date) == (
        "Les modèles ouverts", "Léa Martin", "Le Monde", date(2025, 9, 9))


def test_title_change_reaches_preview_and_window_title(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    words = window.navigator.total_words()
    panel = window.side.metadata
    panel.title_edit.setFocus()
    panel.title_edit.selectAll()
    qtbot.keyClicks(panel.title_edit, "A much longer new title")
    qtbot.waitUntil(lambda: window.preview.title_text() == "A much longer new title")
    assert window.navigator.item_for_part(-1).text(0) == "A much longer new title"
    assert window.windowTitle().startswith("A much longer new title")
    assert window.navigator.total_words() == words - 3 + 5  # the title had 3 words, now 5
    assert window.words_label.text().startswith(str(words + 2))
    assert window.session.dirty
