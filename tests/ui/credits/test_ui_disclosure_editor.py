"""The AI-disclosure panel: fields, the printed sentence in French and English, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from hubdesk.model.article import Article, Disclosure
from hubdesk.ui.credits.disclosure_editor import DisclosureEditor

FR_SENTENCE = "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil."


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def editor(qtbot, stack: QUndoStack) -> DisclosureEditor:
    widget = DisclosureEditor(stack)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_disclosure_and_its_french_sentence(editor: DisclosureEditor) -> None:
    article = Article(
        title="Mistral AI", language="fr",
        disclosure=Disclosure(ai_written=True, assistant="Chappie", organisation="Groupe Floteuil"),
    )
    editor.set_article(article)
    assert editor.ai_check.isChecked()
    assert editor.assistant_edit.text() == "Chappie"
    assert editor.organisation_edit.text() == "Groupe Floteuil"
    assert editor.editor_edit.text() == ""
    assert editor.sentence_label.text() == FR_SENTENCE
    assert editor.sentence() == FR_SENTENCE
    assert editor._caption.text() == "Printed under the article (French):"


def test_english_article_prints_the_english_sentence(editor: DisclosureEditor) -> None:
    article = Article(
        title="Mistral AI", language="en",
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Jane Doe"),
    )
    editor.set_article(article)
    assert editor.sentence_label.text() == (
        "Article written by an AI, Chappie, of Groupe Floteuil. Edited by Jane Doe."
    )
    article.language = "fr"
    editor.refresh()
    assert editor.sentence_label.text() == FR_SENTENCE + " Relu et validé par Jane Doe."


def test_writer_fills_the_disclosure_and_sees_the_sentence_live(
    qtbot, editor: DisclosureEditor, stack: QUndoStack
) -> None:
    article = Article(title="Mistral AI", language="fr")
    editor.set_article(article)
    assert not editor.assistant_edit.isEnabled()
    assert editor.sentence_label.text().startswith("Nothing is printed")
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.ai_check, Qt.MouseButton.LeftButton)
    assert article.disclosure.ai_written is True
    assert editor.assistant_edit.isEnabled() and editor.organisation_edit.isEnabled()
    assert editor.sentence_label.text() == "Article au contenu rédigé par une IA."
    qtbot.keyClicks(editor.assistant_edit, "Chappie")
    assert editor.sentence_label.text() == "Article au contenu rédigé par une IA, Chappie."
    qtbot.keyClicks(editor.organisation_edit, "Groupe Floteuil")
    assert editor.sentence_label.text() == FR_SENTENCE
    qtbot.keyClicks(editor.editor_edit, "Marie Dupont")
    assert article.disclosure == Disclosure(True, "Chappie", "Groupe Floteuil", "Marie Dupont")
    assert editor.sentence_label.text() == FR_SENTENCE + " Relu et validé par Marie Dupont."
    # One undo step per field, however many keys were typed.
    assert stack.count() == 4
    stack.undo()
    assert article.disclosure.editor == ""
    assert editor.editor_edit.text() == ""
    assert editor.sentence_label.text() == FR_SENTENCE
    stack.undo()
    assert editor.organisation_edit.text() == ""
    stack.undo()
    stack.undo()
    assert article.disclosure == Disclosure()
    assert not editor.ai_check.isChecked()
    assert not editor.assistant_edit.isEnabled()
    stack.redo()
    assert editor.ai_check.isChecked()
    stack.redo()
    assert editor.assistant_edit.text() == "Chappie"
    assert editor.sentence_label.text() == "Article au contenu rédigé par une IA, Chappie."


def test_unchecking_ai_keeps_the_names_but_prints_only_the_editor(
    qtbot, editor: DisclosureEditor, stack: QUndoStack
) -> None:
    article = Article(title="x", disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Marie Dupont"))
    editor.set_article(article)
    qtbot.mouseClick(editor.ai_check, Qt.MouseButton.LeftButton)
    assert article.disclosure == Disclosure(False, "Chappie", "Groupe Floteuil", "Marie Dupont")
    assert editor.sentence_label.text() == "Relu et validé par Marie Dupont."
    assert not editor.assistant_edit.isEnabled()
    stack.undo()
    assert article.disclosure.ai_written is True
    assert editor.sentence_label.text() == FR_SENTENCE + " Relu et validé par Marie Dupont."


def test_spaces_around_a_name_are_trimmed_when_leaving_the_field(
    qtbot, editor: DisclosureEditor
) -> None:
    article = Article(title="x", disclosure=Disclosure(ai_written=True))
    editor.set_article(article)
    qtbot.keyClicks(editor.assistant_edit, "  Chappie ")
    editor.assistant_edit.editingFinished.emit()
    assert article.disclosure.assistant == "Chappie"
    assert editor.assistant_edit.text() == "Chappie"


def test_edits_survive_saving_and_loading_the_article(qtbot, editor: DisclosureEditor, library) -> None:
    stored = Article(title="Mistral AI", lead="Lead.", language="fr")
    library.save_article(stored)
    article = library.load_article(stored.id)
    editor.set_article(article)
    qtbot.mouseClick(editor.ai_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.assistant_edit, "Chappie")
    qtbot.keyClicks(editor.organisation_edit, "Groupe Floteuil")
    library.save_article(article)
    again = library.load_article(stored.id)
    assert again == article
    assert again.disclosure == Disclosure(True, "Chappie", "Groupe Floteuil", "")
    editor.set_article(again)
    assert editor.sentence_label.text() == FR_SENTENCE


def test_without_an_article_the_panel_is_disabled(editor: DisclosureEditor) -> None:
    editor.set_article(None)
    assert not editor.isEnabled()
    assert editor.sentence() == ""
