"""Opening a search result: the article at its first hit, every hit highlighted, F3 / Shift+F3.

The result rows keep the status, date and reading columns and show their snippet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from hubdesk.model.article import Article, Section, Status
from hubdesk.ui.editor.search_terms import find_hits, fold, hit_pattern
from hubdesk.ui.library.library_model import SNIPPET_ROLE, STATUS, TITLE, UPDATED, status_label
from hubdesk.ui.library.search_hit_delegate import snippet_segments
from tests.ui_helpers import make_settings, open_window

LONG = "\n\n".join(f"Paragraphe {n} sans le mot cherché, pour remplir la page." for n in range(30))


def sample(library) -> Article:
    article = Article(
        title="L’Europe et ses puces", language="fr", status=Status.IN_REVIEW,
        lead="Un chapeau sans le mot.",
        sections=[
            Section("Le contexte", LONG),
            Section("La souveraineté", "La Souveraineté numérique d’abord.\n\n" + LONG
                    + "\n\nEnfin, SOUVERAINETE et souverainetés."),
        ],
    )
    library.save_article(article)
    library.save_article(Article(title="Autre", language="fr", lead="Rien à voir."))
    return article


def search(qtbot, window, text: str) -> None:
    panel = window.library_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, text)
    qtbot.waitUntil(lambda: panel.model.query == text.strip() and panel.model.rowCount() > 0)


def click_row(qtbot, window, row: int) -> None:
    view = window.library_panel.view
    rect = view.visualRect(window.library_panel.model.index(row, TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_hit_pattern_matches_as_the_search_does() -> None:
    text = "La Souveraineté, SOUVERAINETE, souverainetés et « Mistral AI » ou mistral-ai."
    pattern = hit_pattern("souverainete")  # the last word typed is a prefix, as in the search
    assert [text[a:b] for a, b in find_hits(pattern, text)] == [
        "Souveraineté", "SOUVERAINETE", "souverainetés"]
    assert [text[a:b] for a, b in find_hits(hit_pattern("souverainete "), text)] == [
        "Souveraineté", "SOUVERAINETE"]  # a finished word is a whole word
    assert [text[a:b] for a, b in find_hits(hit_pattern('"mistral ai"'), text)] == [
        "Mistral AI", "mistral-ai"]
    assert hit_pattern("  ") is None
    assert len(fold(text)) == len(text)


def test_result_rows_keep_status_date_and_show_the_snippet(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path), language="fr")
    sample(library)
    window.library_panel.refresh()
    search(qtbot, window, "souverainete")
    model = window.library_panel.model
    assert model.rowCount() == 1
    assert model.index(0, STATUS).data() == status_label(Status.IN_REVIEW)
    assert model.index(0, UPDATED).data()  # the date of the last change
    snippet = model.index(0, TITLE).data(SNIPPET_ROLE)
    assert "[" in snippet and any(m for t, m in snippet_segments(snippet) if m)
    assert any(fold(t).startswith("souverainete") for t, m in snippet_segments(snippet) if m)
    # The row is two lines high: the title, and the snippet under it.
    view = window.library_panel.view
    delegate = view.itemDelegateForColumn(TITLE)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    two = delegate.sizeHint(option, model.index(0, TITLE)).height()
    window.library_panel.search.clear()
    qtbot.waitUntil(lambda: model.query == "")
    one = delegate.sizeHint(option, model.index(0, TITLE)).height()
    assert two > one * 1.5
    assert not model.index(0, TITLE).data(SNIPPET_ROLE)


def test_opening_a_result_goes_to_the_first_hit_with_every_hit_highlighted(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 768), language="fr")
    article = sample(library)
    window.library_panel.refresh()
    search(qtbot, window, "souverainete")
    click_row(qtbot, window, 0)
    assert window.session.article.id == article.id
    editor, bar = window.editor, window.find_bar
    assert bar.isVisible() and bar.in_search_mode()
    assert editor.textCursor().selectedText() == "souveraineté"  # in the heading, the first one
    assert editor.hasFocus()
    assert [s.cursor.selectedText() for s in editor.extraSelections()] == [
        "souveraineté", "Souveraineté", "SOUVERAINETE", "souverainetés"]
    assert bar.count_label.text() == "1 of 4"
    # The preview shows them too.
    qtbot.waitUntil(lambda: len(window.preview.extraSelections()) >= 4)
    shown = [s.cursor.selectedText() for s in window.preview.extraSelections()]
    assert all(fold(t).startswith("souverainete") for t in shown)
    # F3 and Shift+F3 go from hit to hit, wrapping around.
    QTest.keyClick(editor, Qt.Key.Key_F3)
    assert editor.textCursor().selectedText() == "Souveraineté"
    QTest.keyClick(editor, Qt.Key.Key_F3)
    assert editor.textCursor().selectedText() == "SOUVERAINETE"
    rect = editor.cursorRect()
    assert 0 <= rect.top() and rect.bottom() <= editor.viewport().height()  # scrolled to it
    QTest.keyClick(editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == "Souveraineté"
    # Esc closes the bar: no highlight is left in the editor or the preview.
    QTest.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.extraSelections() == []
    qtbot.waitUntil(lambda: window.preview.extraSelections() == [])


def test_editing_the_field_searches_the_text_as_written(qtbot, library, tmp_path) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path), language="fr")
    sample(library)
    window.library_panel.refresh()
    search(qtbot, window, "souverainete")
    click_row(qtbot, window, 0)
    bar = window.find_bar
    bar.find_field.setFocus()
    bar.find_field.end(False)
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Backspace)
    assert not bar.in_search_mode()
    assert bar.find_field.text() == "souverainet"
    assert len(bar.matches()) == 4  # a plain find: the text as written, inside words too
    qtbot.keyClicks(bar.find_field, "e")
    assert len(bar.matches()) == 1  # accents count now: only "SOUVERAINETE"


def test_the_preview_highlights_follow_a_document_built_after_the_hits_were_shown(
    qtbot, library, tmp_path, monkeypatch
) -> None:
    from hubdesk.ui.editor import preview as preview_module

    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 768), language="fr")
    sample(library)
    window.library_panel.refresh()
    search(qtbot, window, "souverainete")
    click_row(qtbot, window, 0)
    preview = window.preview
    qtbot.waitUntil(lambda: len(preview.extraSelections()) == 4)
    shown = preview.document()
    # The preview builds the article again in its worker (as for a long article) and
    # shows a new document, well after the find bar's last change.
    monkeypatch.setattr(preview_module, "SYNC_CHARS", 0)
    preview.show_article(window.session.article)
    qtbot.waitUntil(lambda: preview.is_complete() and preview.document() is not shown)
    qtbot.waitUntil(lambda: [s.cursor.document() for s in preview.extraSelections()]
                    == [preview.document()] * 4)
    assert [fold(s.cursor.selectedText()) for s in preview.extraSelections()] == [
        "souverainete", "souverainete", "souverainete", "souverainetes"]
