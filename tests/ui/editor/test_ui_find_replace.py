"""The find and replace bar: count, case, whole word, regex, scope, one-step Replace All."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from hubdesk.model.article import Article, Section
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests.ui_helpers import make_settings, open_window


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """The interface language (the count's plural forms come from the catalogue)."""
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


def open_sample(qtbot, library, tmp_path, size=(1400, 900)):
    window = open_window(qtbot, library, make_settings(tmp_path), size=size)
    article = Article(
        title="Find", lead="The cat sat. Cats nap.", language="en",
        sections=[
            Section("One", "A cat and a catalogue. The CAT again."),
            Section("Two", "cat 12 and cat 7; concat."),
        ],
    )
    library.save_article(article)
    assert window.open_article(article.id)
    window.editor.setFocus()
    return window


COUNTS = {
    "en": {"n": "{} matches", "of": "{} of {}", "none": "Not found", "bad": "Invalid pattern",
           "why": "regular expression", "replaced": "{} replaced"},
    "fr": {"n": "{} occurrences", "of": "{} sur {}", "none": "Introuvable", "bad": "Motif incorrect",
           "why": "Expression régulière", "replaced": "{} remplacements"},
}


def test_count_case_whole_word_and_regex(qtbot, library, tmp_path, language):
    say = COUNTS[language]
    window = open_sample(qtbot, library, tmp_path)
    bar = window.find_bar
    window.actions_.find.trigger()
    assert bar.isVisible() and bar.find_field.hasFocus()
    assert not bar.replace_field.isVisible()  # Find alone: one row
    qtbot.keyClicks(bar.find_field, "cat")
    assert bar.count_label.text() == say["n"].format(8)
    QTest.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert window.editor.textCursor().selectedText() == "cat"
    assert bar.count_label.text() == say["of"].format(1, 8)
    QTest.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert bar.count_label.text() == say["of"].format(2, 8)
    assert len(window.editor.extraSelections()) == 8  # every match is highlighted
    bar.case.click()
    assert bar.count_label.text() == say["n"].format(6)  # not "Cats", not "CAT"
    bar.whole_word.click()
    assert bar.count_label.text() == say["n"].format(4)  # not catalogue, concat
    bar.case.click()
    assert bar.count_label.text() == say["n"].format(5)  # CAT again
    bar.whole_word.click()
    bar.regex.click()
    bar.find_field.setText(r"cat \d+")
    assert bar.count_label.text() == say["n"].format(2)
    bar.find_field.setText("cat (")
    assert bar.count_label.text() == say["bad"]
    assert say["why"] in bar.count_label.toolTip()
    assert not bar.find()
    bar.find_field.setText("dog")
    assert bar.count_label.text() == say["none"]
    QTest.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.editor.extraSelections() == []


def test_replace_all_in_the_current_section_is_one_undo_step(qtbot, library, tmp_path, language):
    say = COUNTS[language]
    window = open_sample(qtbot, library, tmp_path)
    bar = window.find_bar
    found = window.editor.document().find("concat")
    window.editor.setTextCursor(QTextCursor(found.block()))
    window.actions_.replace.trigger()
    assert bar.replace_field.isVisible()
    bar.scope.setCurrentIndex(bar.scope.findData("section"))
    bar.find_field.setText("cat")
    bar.whole_word.click()
    assert bar.count_label.text() == say["n"].format(2)
    bar.replace_field.setText("dog")
    before = window.editor.toPlainText()
    bar.replace_all_button.click()
    article = window.session.article
    assert article.sections[1].body == "dog 12 and dog 7; concat."
    assert article.sections[0].body == "A cat and a catalogue. The CAT again."
    assert article.lead == "The cat sat. Cats nap."
    assert bar.count_label.text() == say["replaced"].format(2)
    window.editor.setFocus()
    window.editor.undo()
    assert window.editor.toPlainText() == before


def test_regex_replacement_uses_groups_and_replace_one_steps_on(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path)
    bar = window.find_bar
    window.actions_.replace.trigger()
    bar.regex.click()
    bar.case.click()
    bar.find_field.setText(r"cat (\d+)")
    bar.replace_field.setText(r"\1 cats")
    assert bar.find()
    bar.replace_button.click()
    assert window.session.article.sections[1].body.startswith("12 cats and cat 7")
    assert window.editor.textCursor().selectedText() == "cat 7"  # the next match is selected
    assert bar.replace_all() == 1
    assert window.session.article.sections[1].body == "12 cats and 7 cats; concat."


def test_the_bar_takes_no_width_from_the_editor_or_the_preview(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path, size=(1366, 768))
    qtbot.waitUntil(lambda: window.preview.width() > 100)
    widths = (window.editor.width(), window.preview.width())
    window.actions_.replace.trigger()
    qtbot.waitUntil(lambda: window.find_bar.height() > 0 and window.find_bar.isVisible())
    QTest.qWait(0)
    assert (window.editor.width(), window.preview.width()) == widths
    bar = window.find_bar.geometry()
    assert bar.width() >= window.editor.width() + window.preview.width()
