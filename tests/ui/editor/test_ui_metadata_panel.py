"""The metadata panel: title and its slug, author, language, status, tags, description; undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from hubdesk.model.article import Article, Status, utc_now
from hubdesk.ui.editor.metadata_panel import MetadataPanel, parse_tags, slug_follows_title


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, stack: QUndoStack) -> MetadataPanel:
    widget = MetadataPanel(stack)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, any character (QTest's keyClicks only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def type_at_end(qtbot, edit, text: str) -> None:
    """Click at the end of a line edit's text and type ``text``."""
    edit.setFocus()
    edit.end(False)
    type_text(edit, text)


def retype(qtbot, edit, text: str) -> None:
    """Select everything in a line edit and type ``text`` over it, as a person would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def test_shows_the_article_metadata(panel: MetadataPanel) -> None:
    article = Article(
        title="Mistral AI : l’essor", author="Rédaction", language="en",
        tags=["IA", "Europe"], status=Status.IN_REVIEW, description="Deux phrases.",
    )
    panel.set_article(article)
    assert panel.title_edit.text() == "Mistral AI : l’essor"
    assert panel.slug_edit.text() == "mistral-ai-lessor"
    assert panel.author_edit.text() == "Rédaction"
    assert panel.language_combo.currentData() == "en"
    assert panel.language_combo.currentText() == "English"
    assert panel.status_combo.currentText() == "In review"
    assert panel.tags_edit.text() == "IA, Europe"
    assert panel.description_edit.toPlainText() == "Deux phrases."
    assert panel.description_count.text() == "13 / 160 characters"
    assert panel.slug_note.text() == "Follows the title."
    assert [panel.status_combo.itemText(i) for i in range(4)] == [
        "Draft", "In review", "Ready", "Published",
    ]


def test_slug_follows_the_title_until_edited_by_hand(
    qtbot, panel: MetadataPanel, stack: QUndoStack
) -> None:
    article = Article(title="Mistral")
    panel.set_article(article)
    type_at_end(qtbot, panel.title_edit, " AI : l’essor")
    assert article.title == "Mistral AI : l’essor"
    assert article.slug == "mistral-ai-lessor"
    assert panel.slug_edit.text() == "mistral-ai-lessor"
    assert stack.count() == 1  # the typing burst is one undo step
    retype(qtbot, panel.slug_edit, "mistral-essor")
    assert article.slug == "mistral-essor"
    assert panel.slug_note.text() == "Set by hand: it no longer follows the title."
    assert not slug_follows_title(article)
    type_at_end(qtbot, panel.title_edit, " européen")
    assert article.title == "Mistral AI : l’essor européen"
    assert article.slug == "mistral-essor"
    # Undo the later title typing, then the hand-made slug, then the first title typing.
    stack.undo()
    assert article.title == "Mistral AI : l’essor"
    stack.undo()
    assert article.slug == "mistral-ai-lessor"
    assert panel.slug_note.text() == "Follows the title."
    stack.undo()
    assert (article.title, article.slug) == ("Mistral", "mistral")
    assert (panel.title_edit.text(), panel.slug_edit.text()) == ("Mistral", "mistral")
    stack.redo()
    assert (article.title, article.slug) == ("Mistral AI : l’essor", "mistral-ai-lessor")


def test_regenerate_button_makes_the_slug_follow_again(qtbot, panel: MetadataPanel) -> None:
    article = Article(title="Mistral AI", slug="old-address")
    panel.set_article(article)
    assert panel.regenerate_button.isEnabled()
    qtbot.mouseClick(panel.regenerate_button, Qt.MouseButton.LeftButton)
    assert article.slug == "mistral-ai"
    assert panel.slug_edit.text() == "mistral-ai"
    assert not panel.regenerate_button.isEnabled()
    type_at_end(qtbot, panel.title_edit, " 2026")
    assert article.slug == "mistral-ai-2026"


def test_clearing_the_title_then_typing_a_new_one_keeps_the_slug_following(
    qtbot, panel: MetadataPanel
) -> None:
    article = Article(title="Mistral")
    panel.set_article(article)
    retype(qtbot, panel.title_edit, "Nouvelle vague")
    assert article.slug == "nouvelle-vague"


def test_published_article_keeps_its_slug(qtbot, panel: MetadataPanel) -> None:
    article = Article(title="Mistral", status=Status.PUBLISHED)
    panel.set_article(article)
    assert panel.slug_note.text() == "Published: the slug no longer follows the title."
    type_at_end(qtbot, panel.title_edit, " AI")
    assert article.title == "Mistral AI"
    assert article.slug == "mistral"


def test_invalid_slug_is_refused_with_a_message_then_cleaned(
    qtbot, panel: MetadataPanel, stack: QUndoStack
) -> None:
    article = Article(title="Mistral AI")
    panel.set_article(article)
    retype(qtbot, panel.slug_edit, "Mistral Été")
    assert article.slug == "mistral-ai"  # nothing stored while it is not a clean slug
    assert panel.slug_message() == (
        "A slug may only hold lower-case letters a-z, digits and single hyphens between words."
    )
    assert panel.slug_note.text() == panel.slug_message()
    assert panel.slug_edit.text() == "Mistral Été"
    qtbot.keyClick(panel.slug_edit, Qt.Key.Key_Return)
    assert article.slug == "mistral-ete"
    assert panel.slug_edit.text() == "mistral-ete"
    assert panel.slug_message() == ""
    stack.undo()
    assert article.slug == "mistral-ai"


def test_a_hyphen_typed_before_the_next_word_is_not_an_error(qtbot, panel: MetadataPanel) -> None:
    article = Article(title="Mistral AI")
    panel.set_article(article)
    retype(qtbot, panel.slug_edit, "mistral-")
    assert panel.slug_message() == ""
    assert article.slug == "mistral"  # stored as typed up to the last clean slug
    type_text(panel.slug_edit, "2026")
    assert article.slug == "mistral-2026"
    assert panel.slug_message() == ""
    type_text(panel.slug_edit, " X")
    assert panel.slug_message().startswith("A slug may only hold")
    assert article.slug == "mistral-2026"


def test_first_publication_is_dated_and_undone_with_the_status(
    qtbot, panel: MetadataPanel, stack: QUndoStack
) -> None:
    article = Article(title="Mistral AI", status=Status.READY)
    panel.set_article(article)
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)
    assert article.status == Status.PUBLISHED
    assert article.published is not None
    assert abs((utc_now() - article.published).total_seconds()) < 60
    stack.undo()
    assert (article.status, article.published) == (Status.READY, None)
    # An article published before keeps its first publication date.
    first = article.published = utc_now().replace(year=2025)
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)
    assert article.published == first


def test_empty_slug_is_refused_and_the_old_one_kept(qtbot, panel: MetadataPanel) -> None:
    article = Article(title="Mistral AI")
    panel.set_article(article)
    retype(qtbot, panel.slug_edit, "!!")
    qtbot.keyClick(panel.slug_edit, Qt.Key.Key_Return)
    assert article.slug == "mistral-ai"
    assert panel.slug_edit.text() == "mistral-ai"
    assert panel.slug_message() == "The slug cannot be empty: use letters or digits."


def test_author_language_status_tags_and_description(
    qtbot, panel: MetadataPanel, stack: QUndoStack
) -> None:
    article = Article(title="Mistral AI")
    changes: list[int] = []
    panel.changed.connect(lambda: changes.append(1))
    panel.set_article(article)
    panel.set_known_authors(["Anna Heim", "Rédaction"])
    type_at_end(qtbot, panel.author_edit, "Rédaction ")
    panel.author_edit.editingFinished.emit()
    assert article.author == "Rédaction"
    qtbot.keyClick(panel.language_combo, Qt.Key.Key_Down)
    assert article.language == "en"
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)
    assert article.status == Status.IN_REVIEW
    type_at_end(qtbot, panel.tags_edit, "IA, Europe, ia ,  ,start-ups")
    assert article.tags == ["IA", "Europe", "start-ups"]
    panel.tags_edit.editingFinished.emit()
    assert panel.tags_edit.text() == "IA, Europe, start-ups"
    panel.description_edit.setFocus()
    type_text(panel.description_edit, "Comment la startup s’est imposée.")
    assert article.description == "Comment la startup s’est imposée."
    assert panel.description_count.text() == "33 / 160 characters"
    assert changes  # the owner hears about every change
    steps = stack.count()
    assert steps == 5  # author, language, status, tags, description
    for _ in range(steps):
        stack.undo()
    assert (article.author, article.language, article.status, article.tags, article.description) == (
        "", "fr", Status.DRAFT, [], ""
    )
    assert panel.language_combo.currentData() == "fr"
    assert panel.status_combo.currentText() == "Draft"
    assert panel.tags_edit.text() == ""
    assert panel.description_edit.toPlainText() == ""
    for _ in range(steps):
        stack.redo()
    assert article.tags == ["IA", "Europe", "start-ups"]
    assert article.status == Status.IN_REVIEW
    assert panel.description_edit.toPlainText() == "Comment la startup s’est imposée."


def test_parse_tags() -> None:
    assert parse_tags(" IA ,Europe,,  ia, French  Tech ") == ["IA", "Europe", "French Tech"]
    assert parse_tags("") == []


def test_edits_survive_saving_and_loading_the_article(qtbot, panel: MetadataPanel, library) -> None:
    stored = Article(title="Mistral", lead="Lead.")
    library.save_article(stored)
    article = library.load_article(stored.id)
    panel.set_article(article)
    type_at_end(qtbot, panel.title_edit, " AI : l’essor")
    type_at_end(qtbot, panel.author_edit, "Rédaction")
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_End)
    type_at_end(qtbot, panel.tags_edit, "IA, Europe")
    library.save_article(article)
    again = library.load_article(stored.id)
    assert again == article
    assert (again.title, again.slug, again.author, again.status, again.tags) == (
        "Mistral AI : l’essor", "mistral-ai-lessor", "Rédaction", Status.PUBLISHED, ["IA", "Europe"],
    )
    panel.set_article(again)
    assert panel.status_combo.currentText() == "Published"


def test_without_an_article_the_panel_is_disabled(panel: MetadataPanel) -> None:
    panel.set_article(None)
    assert not panel.isEnabled()
    assert panel.title_edit.text() == ""
