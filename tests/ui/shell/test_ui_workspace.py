"""The workspace as a writer uses it: type, navigate, move sections, save, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from hubdesk.errors import LibraryError
from hubdesk.model.document import compose
from tests.ui_helpers import make_settings, open_window, put_cursor_in, record_errors


def headings(window) -> list[str]:
    return [s.heading for s in window.session.article.sections]


def preview_headings(window) -> list[str]:
    n = len(window.session.article.sections)
    return [window.preview.part_text(i).split("\n")[0] for i in range(1, n + 1)]


def test_welcome_article_opens_in_the_users_language(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path), language="fr")
    article = window.session.article
    assert article.title == "Bienvenue dans HubDesk"
    assert article.language == "fr"
    assert 4 <= len(article.sections) <= 6
    assert 2 <= len(article.credits) <= 4
    assert article.disclosure.ai_written
    assert window.editor.toPlainText() == compose(article.lead, article.sections)
    assert window.preview.title_text() == "Bienvenue dans HubDesk"
    assert "Merci à l’auteur(e) du contenu original" in window.preview.credits_text()


def test_typing_in_a_section_updates_preview_and_word_count(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    before = window.navigator.word_count(2)
    total_before = window.navigator.total_words()
    put_cursor_in(window, 2)
    qtbot.keyClicks(window.editor, " zebras graze quietly")
    qtbot.waitUntil(lambda: "zebras graze quietly" in window.preview.part_text(2))
    assert window.navigator.word_count(2) == before + 3
    assert window.navigator.total_words() == total_before + 3
    assert "zebras graze quietly" in window.session.article.sections[1].body
    # Only that part was touched: the other sections kept their text.
    assert "zebras" not in window.preview.part_text(1)
    assert "zebras" not in window.preview.part_text(3)
    assert window.words_label.text().startswith(str(total_before + 3))


def test_clicking_a_navigator_item_moves_editor_and_preview(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    window.resize(1400, 500)
    qtbot.wait_until(lambda: window.preview.verticalScrollBar().maximum() > 0)
    item = window.navigator.item_for_part(3)
    window.navigator.scrollToItem(item)  # at 500 px high the outline may need scrolling, as for a person
    rect = window.navigator.visualItemRect(item)
    qtbot.mouseClick(window.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start = window.session.tracker.parts[3].start_block
    cursor = window.editor.textCursor()  # in the section's first line of text, not on its heading
    assert window.navigator.current_part() == 3 and cursor.blockNumber() > start
    assert cursor.positionInBlock() == 0 and cursor.block().text().strip()
    assert window.editor.first_visible_block() == start
    part, fraction = window.preview.part_at_top()
    assert part == 3 and fraction < 0.05
    assert window.navigator.currentItem() is item


def test_navigator_follows_the_cursor(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    put_cursor_in(window, 4)
    assert window.navigator.currentItem() is window.navigator.item_for_part(4)
    put_cursor_in(window, 0, line=0)
    assert window.navigator.currentItem() is window.navigator.item_for_part(0)
    assert window.part_label.text() == "Lead"


def test_dragging_a_section_moves_it_everywhere(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    original = headings(window)
    first_id = window.session.article.sections[0].id
    target = window.navigator.item_for_part(3)  # the third section
    below = QAbstractItemView.DropIndicatorPosition.BelowItem
    assert window.navigator.drop_section(0, target, below)
    expected = [original[1], original[2], original[0], *original[3:]]
    assert headings(window) == expected
    text = window.editor.toPlainText()
    positions = [text.index(f"## {h}\n") for h in expected]
    assert positions == sorted(positions)
    qtbot.waitUntil(lambda: preview_headings(window) == expected)
    assert [window.navigator.item_for_part(i + 1).text(0) for i in range(len(expected))] == expected
    assert window.session.article.sections[2].id == first_id  # the section keeps its identity
    assert window.session.save()
    stored = library.load_article(window.session.article.id)
    assert [s.heading for s in stored.sections] == expected


def test_section_move_by_keyboard_is_undone_by_ctrl_z(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    original = headings(window)
    text_before = window.editor.toPlainText()
    put_cursor_in(window, 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert headings(window) == [original[1], original[0], *original[2:]]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert headings(window) == original
    assert window.editor.toPlainText() == text_before
    qtbot.waitUntil(lambda: preview_headings(window) == original)


def test_autosave_writes_to_the_store_after_typing_stops(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 200)
    window = open_window(qtbot, library, settings)
    put_cursor_in(window, 1)
    qtbot.keyClicks(window.editor, " autosaved words")
    assert window.session.dirty
    assert "Unsaved" in window.save_label.text()
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    stored = library.load_article(window.session.article.id)
    assert "autosaved words" in stored.sections[0].body
    assert "Saved" in window.save_label.text()
    assert not window.isWindowModified()


def test_ctrl_s_saves_at_once(qtbot, library, tmp_path):
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 60000)
    window = open_window(qtbot, library, settings)
    put_cursor_in(window, 2)
    qtbot.keyClicks(window.editor, " saved by hand")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.dirty
    assert "saved by hand" in library.load_article(window.session.article.id).sections[1].body


def test_a_failed_save_keeps_the_text_and_reports_it(qtbot, library, tmp_path, monkeypatch):
    shown = record_errors(monkeypatch)
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 60000)
    window = open_window(qtbot, library, settings)
    article_id = window.session.article.id

    def disk_full(article, **_kw):
        raise LibraryError(f"The disk holding {library.path} is full; nothing was saved.")

    monkeypatch.setattr(library, "save_article", disk_full)
    put_cursor_in(window, 1)
    qtbot.keyClicks(window.editor, " precious sentence")
    assert window.session.save() is False
    assert "precious sentence" in window.editor.toPlainText()
    assert window.session.dirty
    assert "Unsaved" in window.save_label.text()
    assert len(shown) == 1
    assert "could not be saved" in shown[0][0]
    assert "is full" in shown[0][1]
    monkeypatch.undo()
    assert "precious sentence" not in library.load_article(article_id).sections[0].body


def test_close_and_reopen_restores_article_text_and_layout(qtbot, library, tmp_path):
    settings = make_settings(tmp_path, "persist")
    window = open_window(qtbot, library, settings)
    library_panel_article = window.library_panel.new_article("en")
    assert window.session.article.id == library_panel_article
    put_cursor_in(window, 0, line=0)
    qtbot.keyClicks(window.editor, "A lead written before closing.")
    caret = window.editor.textCursor().position()
    assert caret > 0
    window.outline_dock.hide()
    window.resize(760, 540)
    window.splitter.setSizes([260, 140])
    sizes = window.splitter.sizes()
    size = (window.width(), window.height())  # as resized, within the screen and minimum size
    assert size != (1400, 900)
    assert window.close()
    assert library.load_article(library_panel_article).lead == "A lead written before closing."

    again = open_window(qtbot, library, settings, size=None)
    assert again.session.article.id == library_panel_article
    assert again.editor.toPlainText().startswith("A lead written before closing.")
    assert again.editor.textCursor().position() == caret
    assert again.outline_dock.isHidden()
    assert not again.library_dock.isHidden()
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes


def test_editor_and_preview_scroll_together(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1200, 600))
    editor_bar = window.editor.verticalScrollBar()
    qtbot.waitUntil(lambda: editor_bar.maximum() > 0 and
                    window.preview.verticalScrollBar().maximum() > 0)
    start = window.session.tracker.parts[2].start_block
    window.editor.scroll_to_block(start)
    assert window.sync.editor_position() == (2, 0.0)
    part, fraction = window.preview.part_at_top()
    assert part == 2 and fraction < 0.05
    editor_bar.setValue(editor_bar.maximum())
    preview_bar = window.preview.verticalScrollBar()
    assert preview_bar.value() == preview_bar.maximum()


def test_switching_article_saves_first_or_stays(qtbot, library, tmp_path, monkeypatch):
    shown = record_errors(monkeypatch)
    settings = make_settings(tmp_path)
    settings.set("autosave_delay_ms", 60000)
    window = open_window(qtbot, library, settings)
    first = window.session.article.id
    second = window.library_panel.new_article("en")
    window.open_article(first)
    put_cursor_in(window, 1)
    qtbot.keyClicks(window.editor, " kept on switch")
    assert window.open_article(second)
    assert "kept on switch" in library.load_article(first).sections[0].body

    window.open_article(first)
    put_cursor_in(window, 1)
    qtbot.keyClicks(window.editor, " not yet saved")
    monkeypatch.setattr(library, "save_article",
                        lambda *a, **k: (_ for _ in ()).throw(LibraryError("read-only")))
    assert not window.open_article(second)
    assert window.session.article.id == first
    assert "not yet saved" in window.editor.toPlainText()
    assert window.library_panel.current_id() == first
    assert shown and "read-only" in shown[-1][1]
    monkeypatch.undo()  # the disk is writable again: closing the window saves
    assert window.session.save()
