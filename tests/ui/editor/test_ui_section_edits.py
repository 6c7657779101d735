"""Structural edits from the navigator: each one is a single undo step."""

from __future__ import annotations

from hubdesk.model.document import compose
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def heads(window) -> list[str]:
    return [s.heading for s in window.session.article.sections]


def test_add_rename_delete_split_merge_and_undo_each(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    edits = window.navigator.edits
    original = heads(window)
    states = [window.editor.toPlainText()]

    assert edits.add_section(1, "Added here") == 2
    assert heads(window) == [*original[:2], "Added here", *original[2:]]
    states.append(window.editor.toPlainText())

    assert edits.rename_section(2, "Renamed")
    assert heads(window)[2] == "Renamed"
    states.append(window.editor.toPlainText())

    assert edits.delete_section(2)
    assert heads(window) == original
    states.append(window.editor.toPlainText())

    put_cursor_in(window, 1, line=2)
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    window.editor.setTextCursor(cursor)
    body_line = cursor.block().text()
    assert edits.split_at_cursor("Split off")
    assert heads(window) == [original[0], "Split off", *original[1:]]
    assert window.session.article.sections[1].body.startswith(body_line)
    states.append(window.editor.toPlainText())

    assert edits.merge_with_next(0)
    assert heads(window) == original
    assert body_line in window.session.article.sections[0].body
    states.append(window.editor.toPlainText())

    # The editor text always matches the model, and each step undoes in one go.
    article = window.session.article
    assert window.editor.toPlainText() == compose(article.lead, article.sections)
    for state in reversed(states[:-1]):
        window.editor.undo()
        assert window.editor.toPlainText() == state
    assert heads(window) == original


def test_navigator_rows_show_every_part(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    texts = [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]
    article = window.session.article
    assert texts == [article.title, "Lead", *heads(window), "Credits", "AI disclosure"]
    assert nav.item_for_part(-2).text(1) == str(len(article.credits))


def test_focus_mode_shows_only_the_current_section(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    put_cursor_in(window, 2)
    window.actions_.focus_section.trigger()
    tracker = window.session.tracker
    doc = window.editor.document()
    start, end = tracker.parts[2].start_block, tracker.end_block(2)
    visible = [b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).isVisible()]
    assert visible == list(range(start, end))
    window.actions_.focus_section.trigger()
    assert all(doc.findBlockByNumber(b).isVisible() for b in range(doc.blockCount()))


def test_focus_mode_follows_a_jump_from_the_navigator(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    put_cursor_in(window, 1)
    window.actions_.focus_section.trigger()
    window.navigator.part_clicked.emit(3)
    tracker = window.session.tracker
    doc = window.editor.document()
    visible = [b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).isVisible()]
    assert visible == list(range(tracker.parts[3].start_block, tracker.end_block(3)))
