"""The title above the editor: edited where the writer writes, in step with Metadata, undoable.

Also: one H1 in the preview (a ``# heading`` typed in the body shows one level down,
a repeat of the title is not shown twice), and a new article's language follows the
interface language, French and English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from hubdesk.model.article import Article, Section
from tests.ui_helpers import make_settings, open_window


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, any character (QTest's keyClicks only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def open_sample(qtbot, library, tmp_path, title: str = "Les puces", lead: str = "Un chapeau."):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = Article(title=title, lead=lead, language="fr",
                      sections=[Section("Alpha", "Alpha un."), Section("Beta", "Beta un.")])
    library.save_article(article)
    assert window.open_article(article.id)
    return window


def heading_levels(preview) -> list[tuple[int, str]]:
    """(level, text) of every heading the preview shows, in order."""
    out = []
    block = preview.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            out.append((level, block.text()))
        block = block.next()
    return out


def test_title_field_shows_the_title_above_the_body(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    field = window.title_field
    assert field.isVisible() and field.text() == "Les puces"
    assert field.font().pointSizeF() > window.editor.font().pointSizeF() and field.font().bold()
    assert field.mapTo(window, field.rect().bottomLeft()).y() <= window.editor.mapTo(window, window.editor.rect().topLeft()).y()
    # Its text starts in the editor's column.
    assert field.textMargins().left() >= window.editor.viewportMargins().left()


def test_typing_the_title_updates_metadata_preview_outline_and_store(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    field = window.title_field
    field.setFocus()
    field.end(False)
    type_text(field, " de Mistral")
    article = window.session.article
    assert article.title == "Les puces de Mistral"
    assert article.slug == "les-puces-de-mistral"  # the slug follows the title
    assert window.side.metadata.title_edit.text() == "Les puces de Mistral"
    assert window.preview.title_text() == "Les puces de Mistral"
    assert window.windowTitle().startswith("Les puces de Mistral")
    assert window.session.dirty
    assert window.session.save()
    assert library.load_article(article.id).title == "Les puces de Mistral"


def test_ctrl_z_in_the_title_undoes_the_typing_burst_in_one_step(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    field = window.title_field
    field.setFocus()
    field.end(False)
    type_text(field, " de Mistral")
    qtbot.keySequence(field, QKeySequence.StandardKey.Undo)
    assert window.session.article.title == "Les puces"
    assert field.text() == "Les puces"
    assert window.side.metadata.title_edit.text() == "Les puces"
    assert window.preview.title_text() == "Les puces"
    qtbot.keySequence(field, QKeySequence.StandardKey.Redo)
    assert field.text() == "Les puces de Mistral"
    # The Edit menu's Undo, with the focus in the title, undoes the title too.
    window.actions_.undo.trigger()
    assert window.session.article.title == "Les puces" and field.text() == "Les puces"


def test_a_title_typed_in_metadata_shows_in_the_field_and_undoes_from_it(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    edit = window.side.metadata.title_edit
    edit.setFocus()
    edit.end(False)
    type_text(edit, " bis")
    assert window.title_field.text() == "Les puces bis"
    window.title_field.setFocus()
    qtbot.keySequence(window.title_field, QKeySequence.StandardKey.Undo)
    assert edit.text() == "Les puces" and window.title_field.text() == "Les puces"


def test_enter_goes_to_the_body_and_up_comes_back(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    field, editor = window.title_field, window.editor
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.hasFocus() and editor.textCursor().position() == 0
    type_text(editor, "Début. ")
    assert window.session.article.lead == "Début. Un chapeau."
    assert window.session.article.title == "Les puces"  # Enter did not touch the title
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert field.hasFocus()
    type_text(field, " !")
    assert window.session.article.title == "Les puces !"
    assert window.session.article.lead == "Début. Un chapeau."


def test_another_article_shows_its_own_title(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path)
    other = Article(title="Second article", language="en", lead="Other.")
    library.save_article(other)
    assert window.open_article(other.id)
    assert window.title_field.text() == "Second article"
    window.session.close_article()
    assert window.title_field.text() == "" and not window.title_field.isEnabled()


def test_preview_shows_one_h1_when_the_body_has_its_own(qtbot, library, tmp_path) -> None:
    window = open_sample(qtbot, library, tmp_path, lead="# Les puces\n\nUn chapeau.\n\n# Un intertitre")
    window.preview.flush()
    levels = heading_levels(window.preview)
    assert [t for lv, t in levels if lv == 1] == ["Les puces"]
    assert (2, "Un intertitre") in levels
    # Typed in a section: shown one level down too.
    cursor = QTextCursor(window.editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "# Dans Beta")
    window.preview.flush()
    levels = heading_levels(window.preview)
    assert [t for lv, t in levels if lv == 1] == ["Les puces"]
    assert (2, "Dans Beta") in levels
    # A title changed away from the body's first line: that line shows again, one level down.
    window.title_field.setFocus()
    window.title_field.end(False)
    type_text(window.title_field, " de Mistral")
    levels = heading_levels(window.preview)
    assert [t for lv, t in levels if lv == 1] == ["Les puces de Mistral"]
    assert (2, "Les puces") in levels


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_new_article_follows_the_interface_language(qtbot, library, tmp_path, language) -> None:
    settings = make_settings(tmp_path)
    settings.set("language", language)
    window = open_window(qtbot, library, settings, language=language)
    window.actions_.new_article.trigger()
    article = window.session.article
    assert article is not None and article.language == language
    assert window.side.metadata.language_combo.currentData() == language
    assert library.load_article(article.id).language == language
