"""Typing right after every structural command (and its undo and redo) lands in a body.

Each test drives the real window: the command from its action (the heading dialog
answered), then keys typed into the editor, then the outline and the text checked.
A command that left the cursor at the start of a heading would merge that section
away at the first keystroke (the Add Section bug).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from hubdesk.model.article import Article, Section
from hubdesk.model.document import compose
from tests.ui_helpers import make_settings, open_window

TYPED = "Typed words"
ORIGINAL = ["Alpha", "Beta", "Gamma", "Delta"]


def open_sample(qtbot, library, tmp_path, lead: str = "Lead paragraph.", delta: str = "Delta body."):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = Article(
        title="Sample", lead=lead, language="en",
        sections=[
            Section("Alpha", "Alpha one.\n\nAlpha two."),
            Section("Beta", "Beta body."),
            Section("Gamma", "Gamma body."),
            Section("Delta", delta),
        ],
    )
    library.save_article(article)
    assert window.open_article(article.id)
    window.editor.setFocus()
    return window


def outline(window) -> list[str]:
    """The section rows of the outline, as the writer sees them."""
    nav = window.navigator
    rows = [nav.topLevelItem(i) for i in range(nav.topLevelItemCount())]
    return [r.text(0) for r in rows if isinstance(r.data(0, Qt.ItemDataRole.UserRole + 1), int)
            and r.data(0, Qt.ItemDataRole.UserRole + 1) > 0]


def cursor_at(window, text: str, at_end: bool = True) -> None:
    """Put the cursor at the end (or start) of the line holding ``text``."""
    block = window.editor.document().find(text).block()
    assert block.isValid(), text
    cursor = QTextCursor(block)
    if at_end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def answer_dialogs(monkeypatch, heading: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (heading, True)))


def press(window, sequence: QKeySequence.StandardKey) -> None:
    combo = QKeySequence.keyBindings(sequence)[0][0]
    QTest.keyClick(window.editor, combo.key(), combo.keyboardModifiers())


def type_and_check(qtbot, window, headings: list[str], holder: str, body: str) -> None:
    """Type, then: the outline shows ``headings`` and section ``holder``'s body is ``body``."""
    qtbot.keyClicks(window.editor, TYPED)
    article = window.session.article
    assert outline(window) == headings
    assert [s.heading for s in article.sections] == headings
    holders = [s.heading for s in article.sections if TYPED in s.body]
    assert holders == [holder]
    assert all(TYPED not in s.heading for s in article.sections)
    assert TYPED not in article.lead
    assert next(s for s in article.sections if s.heading == holder).body == body
    assert window.editor.toPlainText().count(TYPED) == 1
    text = window.editor.toPlainText()
    assert compose(article.lead, article.sections).split() == text.split()


def undo_typing(qtbot, window) -> None:
    press(window, QKeySequence.StandardKey.Undo)
    assert TYPED not in window.editor.toPlainText()


# (action, answer, where the cursor starts, at end of that line?, headings after,
#  holder and its body after the command, holder and body after its undo)
CASES = {
    "add": ("section_add", "New one", "Beta body.", True,
            ["Alpha", "Beta", "New one", "Gamma", "Delta"],
            ("New one", TYPED), ("Beta", "Beta body." + TYPED)),
    "split": ("section_split", "Split off", "Alpha two.", False,
              ["Alpha", "Split off", "Beta", "Gamma", "Delta"],
              ("Split off", TYPED + "Alpha two."), ("Alpha", "Alpha one.\n\n" + TYPED + "Alpha two.")),
    "merge": ("section_merge", "", "Beta body.", True,
              ["Alpha", "Beta", "Delta"],
              ("Beta", "Beta body.\n\n" + TYPED + "Gamma body."), ("Beta", "Beta body." + TYPED)),
    "up": ("section_up", "", "Beta body.", True,
           ["Beta", "Alpha", "Gamma", "Delta"],
           ("Beta", "Beta body." + TYPED), ("Beta", "Beta body." + TYPED)),
    "down": ("section_down", "", "Beta body.", True,
             ["Alpha", "Gamma", "Beta", "Delta"],
             ("Beta", "Beta body." + TYPED), ("Beta", "Beta body." + TYPED)),
    "rename": ("section_rename", "Beta renamed", "Beta body.", True,
               ["Alpha", "Beta renamed", "Gamma", "Delta"],
               ("Beta renamed", "Beta body." + TYPED), ("Beta", "Beta body." + TYPED)),
    "delete": ("section_delete", "", "Beta body.", True,
               ["Alpha", "Gamma", "Delta"],
               ("Alpha", "Alpha one.\n\nAlpha two." + TYPED), ("Beta", "Beta body." + TYPED)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_typing_right_after_a_structural_command(qtbot, library, tmp_path, monkeypatch, name):
    action, answer, line, at_end, after, (holder, body), _undone = CASES[name]
    answer_dialogs(monkeypatch, answer)
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, line, at_end)
    getattr(window.actions_, action).trigger()
    type_and_check(qtbot, window, after, holder, body)


@pytest.mark.parametrize("name", list(CASES))
def test_typing_right_after_undoing_a_structural_command(qtbot, library, tmp_path, monkeypatch, name):
    action, answer, line, at_end, _after, _done, (holder, body) = CASES[name]
    answer_dialogs(monkeypatch, answer)
    window = open_sample(qtbot, library, tmp_path)
    original = window.editor.toPlainText()
    cursor_at(window, line, at_end)
    getattr(window.actions_, action).trigger()
    press(window, QKeySequence.StandardKey.Undo)
    assert window.editor.toPlainText() == original
    type_and_check(qtbot, window, ORIGINAL, holder, body)


@pytest.mark.parametrize("name", list(CASES))
def test_typing_right_after_redoing_a_structural_command(qtbot, library, tmp_path, monkeypatch, name):
    action, answer, line, at_end, after, (holder, body), _undone = CASES[name]
    answer_dialogs(monkeypatch, answer)
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, line, at_end)
    getattr(window.actions_, action).trigger()
    done = window.editor.toPlainText()
    press(window, QKeySequence.StandardKey.Undo)
    press(window, QKeySequence.StandardKey.Redo)
    assert window.editor.toPlainText() == done
    type_and_check(qtbot, window, after, holder, body)


def test_undo_and_redo_from_the_edit_menu_also_keep_the_place(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, "Gamma body.")
    window.actions_.section_up.trigger()
    window.actions_.undo.trigger()
    window.actions_.redo.trigger()
    type_and_check(qtbot, window, ["Alpha", "Gamma", "Beta", "Delta"], "Gamma", "Gamma body." + TYPED)


def test_add_section_at_the_end_and_after_the_lead(qtbot, library, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, "Last")
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, "Delta body.")
    window.actions_.section_add.trigger()
    type_and_check(qtbot, window, [*ORIGINAL, "Last"], "Last", TYPED)
    undo_typing(qtbot, window)
    answer_dialogs(monkeypatch, "First")
    cursor_at(window, "Lead paragraph.")
    window.actions_.section_add.trigger()
    type_and_check(qtbot, window, ["First", *ORIGINAL, "Last"], "First", TYPED)


def test_add_twice_in_a_row_then_type(qtbot, library, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, "One")
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, "Alpha two.")
    window.actions_.section_add.trigger()
    answer_dialogs(monkeypatch, "Two")
    window.actions_.section_add.trigger()
    type_and_check(qtbot, window, ["Alpha", "One", "Two", "Beta", "Gamma", "Delta"], "Two", TYPED)


def test_commands_on_empty_sections_and_an_empty_lead(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path, lead="", delta="")
    cursor_at(window, "## Delta")
    window.navigator.part_clicked.emit(4)  # the outline's click: the cursor goes to the body
    type_and_check(qtbot, window, ORIGINAL, "Delta", TYPED)
    undo_typing(qtbot, window)
    window.actions_.section_up.trigger()  # an empty section moves and stays the place
    type_and_check(qtbot, window, ["Alpha", "Beta", "Delta", "Gamma"], "Delta", TYPED)
    undo_typing(qtbot, window)
    press(window, QKeySequence.StandardKey.Undo)
    cursor_at(window, "Alpha two.")
    window.actions_.section_delete.trigger()  # nothing before it: the next section's text
    type_and_check(qtbot, window, ["Beta", "Gamma", "Delta"], "Beta", TYPED + "Beta body.")
    undo_typing(qtbot, window)
    press(window, QKeySequence.StandardKey.Undo)
    cursor_at(window, "Gamma body.")
    window.actions_.section_merge.trigger()  # Gamma takes in the empty Delta
    type_and_check(qtbot, window, ["Alpha", "Beta", "Gamma"], "Gamma", "Gamma body." + TYPED)


def test_outline_click_then_typing_never_touches_the_heading(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path)
    window.navigator.part_clicked.emit(3)
    type_and_check(qtbot, window, ORIGINAL, "Gamma", TYPED + "Gamma body.")


# ------------------------------------------------------------ never lose your place


def visible_blocks(window) -> list[int]:
    doc = window.editor.document()
    return [b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).isVisible()]


def section_blocks(window, heading: str) -> list[int]:
    tracker = window.session.tracker
    part = next(i for i, p in enumerate(tracker.parts) if p.heading == heading)
    return list(range(tracker.parts[part].start_block, tracker.end_block(part)))


def test_focus_mode_follows_a_moved_section_through_undo_and_redo(qtbot, library, tmp_path):
    window = open_sample(qtbot, library, tmp_path)
    cursor_at(window, "Gamma body.")
    window.actions_.focus_section.trigger()
    assert visible_blocks(window) == section_blocks(window, "Gamma")
    window.actions_.section_up.trigger()
    assert visible_blocks(window) == section_blocks(window, "Gamma")
    press(window, QKeySequence.StandardKey.Undo)
    assert visible_blocks(window) == section_blocks(window, "Gamma")
    assert window.navigator.current_part() == 3
    press(window, QKeySequence.StandardKey.Redo)
    assert visible_blocks(window) == section_blocks(window, "Gamma")
    assert window.navigator.current_part() == 2
    type_and_check(qtbot, window, ["Alpha", "Gamma", "Beta", "Delta"], "Gamma", "Gamma body." + TYPED)


def test_undo_of_a_move_keeps_the_moved_section_in_view(qtbot, library, tmp_path):
    from hubdesk.model.article import Section as S

    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 700))
    long = "\n\n".join(f"Paragraph {n} of a long section, with words." for n in range(40))
    article = Article(title="Long", lead="Lead.", language="en",
                      sections=[S(f"Part {i}", long) for i in range(6)])
    library.save_article(article)
    assert window.open_article(article.id)
    window.navigator.part_clicked.emit(5)  # section "Part 4", far down
    window.actions_.section_down.trigger()
    editor = window.editor

    def cursor_in_view() -> bool:
        rect = editor.cursorRect()
        return 0 <= rect.top() and rect.bottom() <= editor.viewport().height()

    assert window.navigator.current_part() == 6 and cursor_in_view()
    press(window, QKeySequence.StandardKey.Undo)
    assert window.navigator.current_part() == 5 and cursor_in_view()  # not the lead
    assert window.session.tracker.parts[5].heading == "Part 4"
    press(window, QKeySequence.StandardKey.Redo)
    assert window.navigator.current_part() == 6 and cursor_in_view()
    assert window.session.tracker.parts[6].heading == "Part 4"


def test_focus_on_section_keeps_the_preview_on_that_section(qtbot, library, tmp_path):
    from hubdesk.model.article import Section as S

    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 700))
    long = "\n\n".join(f"Paragraph {n} of a long section, with words." for n in range(30))
    article = Article(title="Long", lead="Lead.", language="en",
                      sections=[S(f"Part {i}", long) for i in range(6)])
    library.save_article(article)
    assert window.open_article(article.id)
    qtbot.waitUntil(window.preview.is_complete)
    window.navigator.part_clicked.emit(3)
    window.preview.scroll_to_part(1, 0.0)  # the writer had scrolled the preview elsewhere
    window.actions_.focus_section.trigger()
    assert window.preview.part_at_top()[0] == 3
    window.preview.scroll_to_part(5, 0.0)
    window.actions_.focus_section.trigger()  # and back: still that section
    assert window.preview.part_at_top()[0] == 3
    assert window.sync.editor_position()[0] == 3


def test_focus_on_the_first_section_moves_a_preview_scrolled_elsewhere(qtbot, library, tmp_path):
    from hubdesk.model.article import Section as S

    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 700))
    long = "\n\n".join(f"Paragraph {n} of a long section, with words." for n in range(30))
    article = Article(title="Long", lead="Lead.", language="en",
                      sections=[S(f"Part {i}", long) for i in range(6)])
    library.save_article(article)
    assert window.open_article(article.id)
    qtbot.waitUntil(window.preview.is_complete)
    cursor_at(window, "Paragraph 1 of")  # in Part 0, the editor still at its top
    window.editor.verticalScrollBar().setValue(0)
    window.preview.scroll_to_part(4, 0.0)
    window.actions_.focus_section.trigger()
    assert window.preview.part_at_top()[0] == 1
    window.preview.scroll_to_part(4, 0.0)
    window.actions_.focus_section.trigger()
    assert window.preview.part_at_top()[0] == 1
