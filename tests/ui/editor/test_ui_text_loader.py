"""A long article goes into the editor over several event-loop turns, and comes out whole.

Until the last piece is in, the editor is read-only, the structural commands refuse,
nothing is saved from it, and ``article_loaded`` waits; the text it ends with is the
text a single ``setPlainText`` gives, whatever its characters.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.model.article import Article, Section
from hubdesk.model.document import compose, split_parts
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from hubdesk.ui.editor.section_edits import SectionEdits
from hubdesk.ui.editor.text_loader import is_long, piece_end
from tests import corpus
from tests.ui_helpers import make_settings, open_window

# Pieces of every kind of character a long text may hold, cut anywhere by the loader.
_PIECES = (
    "-\n", "word ", "## Heading\n\n", "\r\n", "é", "😀", "\t", "\u00a0", "\u2029", "```\n",
    "<a ", "[link](http://example.org) ", "x" * 300, "\n\n", "C# ", "\u200b", "ﬁ",
)


def _long_text(seed: int, size: int) -> str:
    rng = random.Random(seed)
    out, length = [], 0
    while length < size:
        piece = rng.choice(_PIECES) * rng.randint(1, 40)
        out.append(piece)
        length += len(piece)
    return "".join(out)


def _session(qtbot, library):
    editor = MarkdownEditor()
    editor.highlighter = MarkdownHighlighter(editor.document(), editor.palette())
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    return ArticleSession(library, editor), editor


def _stored(library, lead: str, sections: list[Section] | None = None) -> Article:
    article = Article(title="Long", language="en", lead=lead, sections=sections or [])
    library.save_article(article)
    return library.load_article(article.id)


def _reference_text(qtbot, text: str) -> str:
    """What one setPlainText makes of ``text`` (Qt's own line and space rules)."""
    plain = QPlainTextEdit()
    qtbot.addWidget(plain)
    plain.setPlainText(text)
    return plain.toPlainText()


@pytest.mark.parametrize("seed", range(6))
def test_a_long_text_of_any_characters_comes_out_as_one_call_would_put_it(qtbot, library, seed):
    session, editor = _session(qtbot, library)
    text = _long_text(seed, 600_000 + seed * 37_001)
    article = _stored(library, text)
    composed = compose(article.lead, article.sections)
    assert is_long(composed)
    session.show(article)
    assert session.is_loading
    qtbot.waitUntil(lambda: not session.is_loading, timeout=60_000)
    assert session.loader.turns > 3  # it went in over several turns
    assert editor.toPlainText() == _reference_text(qtbot, composed)
    expected = split_parts(editor.toPlainText())
    assert [(p.heading, p.body, p.start_block) for p in session.tracker.parts] == [
        (p.heading, p.body, p.start_line) for p in expected
    ]
    assert not editor.isReadOnly()
    assert not session.dirty
    assert not editor.document().isUndoAvailable()  # a fresh history


def test_short_articles_still_go_in_at_once(qtbot, library):
    session, editor = _session(qtbot, library)
    article = corpus.make_article(20_000, seed=3, language="en", sections=12)
    library.save_article(article)
    assert session.open(article.id)
    assert not session.is_loading
    assert editor.toPlainText() == compose(article.lead, article.sections)


def test_while_it_loads_nothing_can_change_it_and_nothing_half_loaded_is_saved(qtbot, library):
    session, editor = _session(qtbot, library)
    body = "\n\n".join(f"Line {i} of a very long lead." for i in range(40_000))
    article = _stored(library, body, [Section("One", "First."), Section("Two", "Second.")])
    before = library.load_article(article.id)
    loaded: list[int] = []
    session.article_loaded.connect(lambda _a: loaded.append(len(editor.toPlainText())))
    session.show(article)
    assert session.is_loading and editor.isReadOnly()
    assert len(editor.toPlainText()) < len(compose(article.lead, article.sections))
    QTest.keyClicks(editor, "typed")  # a writer typing into it
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    edits = SectionEdits(editor, session.tracker)
    assert edits.merge_with_next(0) is False
    assert edits.move_section(1, 0) is False
    assert edits.add_section(0, "New") == -1
    assert edits.split_at_cursor("Split") is False
    assert edits.delete_section(0) is False
    assert loaded == []
    assert session.save()  # Ctrl+S meanwhile writes nothing half-loaded
    session.save_in_background()
    qtbot.waitUntil(lambda: not session.is_loading, timeout=60_000)
    whole = compose(article.lead, article.sections)
    assert loaded == [len(whole)]  # once, with the whole text in
    assert editor.toPlainText() == whole
    after = library.load_article(article.id)
    assert (after.lead, after.sections, after.updated) == (before.lead, before.sections, before.updated)


def test_opening_another_article_midway_gives_the_first_up(qtbot, library):
    session, editor = _session(qtbot, library)
    first = _stored(library, "-\n" * 200_000)
    second = _stored(library, "A short one.", [Section("Only", "Text.")])
    loaded: list[str] = []
    session.article_loaded.connect(lambda a: loaded.append(a.id))
    ran: list[str] = []
    session.show(first)
    session.when_loaded(lambda: ran.append("first"))
    assert session.is_loading
    session.show(second)
    assert not session.is_loading
    QTest.qWait(50)
    assert loaded == [second.id]
    assert ran == []  # what waited for the first article is dropped
    assert editor.toPlainText() == compose(second.lead, second.sections)
    editor.setTextCursor(editor.document().find("Text."))
    editor.insertPlainText("Text. More.")
    assert session.article.sections[0].body == "Text. More."
    assert session.dirty


def test_typing_after_the_load_is_tracked_coloured_and_undone(qtbot, library):
    session, editor = _session(qtbot, library)
    lead = "\n".join(f"- item {i}" for i in range(30_000))
    article = _stored(library, lead, [Section("End", "Last *words*.")])
    session.show(article)
    ran: list[str] = []
    session.when_loaded(lambda: ran.append(editor.toPlainText().rstrip("\n")[-13:]))
    qtbot.waitUntil(lambda: not session.is_loading, timeout=60_000)
    assert ran == ["Last *words*."]  # the whole text was in when it ran
    qtbot.waitUntil(editor.highlighter.is_coloured, timeout=60_000)
    last = editor.document().find("Last *words*.").block()
    assert any(r.format.fontItalic() for r in last.layout().formats())  # *words* is coloured
    cursor = editor.document().find("Last *words*.")
    cursor.clearSelection()
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClicks(editor, " Added")
    assert session.article.sections[0].body == "Last *words*. Added"
    editor.undo()
    assert editor.toPlainText() == compose(article.lead, [Section("End", "Last *words*.")])


def test_piece_ends_never_split_a_character_or_a_windows_line_break():
    for seed in range(40):
        text = _long_text(seed, 50_000)
        at, pieces = 0, []
        while at < len(text):
            end = piece_end(text, at, 997 + seed)
            assert end > at
            assert not ("\udc00" <= text[end - 1 : end + 1][-1:] <= "\udfff") or end == len(text)
            assert not (text[end - 1 : end] == "\r" and text[end : end + 1] == "\n")
            pieces.append(text[at:end])
            at = end
        assert "".join(pieces) == text


def test_the_window_shows_the_opening_and_restores_the_place_once_it_is_in(qtbot, library, tmp_path):
    lead = "\n".join(f"Line {i}." for i in range(60_000))
    article = _stored(library, lead, [Section("Far", "The place.")])
    from hubdesk.ui.editor import last_position

    last_position.remember_article(library, article.id)
    library.set_setting(last_position.CURSOR_KEY, f"{article.id}:60003")
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.editor.textCursor().blockNumber() == window.editor.document().findBlock(
        60003).blockNumber()
    shown: list[str] = []
    window.session.loading.connect(lambda _p: shown.append(window.part_label.text()))
    window.session.show(library.load_article(article.id))
    assert window.session.is_loading
    assert not window.navigator.isEnabled()
    assert not window.side.metadata.isEnabled()
    assert not window.title_field.isEnabled()
    qtbot.waitUntil(lambda: not window.session.is_loading, timeout=60_000)
    assert shown and shown[0].startswith("Opening the article")
    assert window.navigator.isEnabled() and window.title_field.text() == "Long"
    assert window.side.metadata.isEnabled()


@pytest.mark.parametrize("long", [False, True])
def test_the_views_take_an_article_with_the_collector_paused_and_the_workers_held(
        qtbot, library, long):
    from hubdesk import collector, pacing

    session, _editor = _session(qtbot, library)
    seen = []
    session.article_loaded.connect(
        lambda _a: seen.append((collector.pausing(), pacing.held(), session.tracker.parts != [])))
    sections = [Section(f"Part {n}", "Text.\n" * (8 if long else 1)) for n in range(3000)]
    article = _stored(library, "A lead.", sections)
    assert is_long(compose(article.lead, article.sections)) == long
    pacing.release()
    session.show(article)
    qtbot.waitUntil(lambda: not session.is_loading, timeout=60_000)
    assert seen == [(True, True, True)]  # no collection, workers held, the parts read
    # After it, a hold as long as any paint's (the paint that follows goes first), never
    # the rest of the burst's.
    import time
    assert pacing._until - time.monotonic() <= pacing.TAIL_S
