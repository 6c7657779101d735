"""Autosave writes from the save worker; typing on while it writes loses nothing."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.library import article_rows
from hubdesk.ui.editor.article_session import ArticleSession
from tests import corpus
from tests.ui_helpers import record_errors


def _session(qtbot, library, words=3000):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    session = ArticleSession(library, editor)
    session.set_autosave_delay(100)
    article = corpus.make_article(words, seed=11, sections=4)
    library.save_article(article)
    assert session.open(article.id)
    return session, editor


def _type_at_end(editor, text):
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def test_autosave_is_written_by_the_worker_and_reported(qtbot, library, monkeypatch):
    session, editor = _session(qtbot, library)
    used = []
    monkeypatch.setattr(library, "save_article", lambda *a, **k: used.append("direct"))
    _type_at_end(editor, " Fin tapée.")
    assert session.dirty
    with qtbot.waitSignal(session.saved, timeout=5000) as saved:
        pass
    assert saved.args == [session.article.id]
    assert used == []  # the UI thread did not write it
    assert not session.dirty
    stored = library.load_article(session.article.id)
    assert stored.sections[-1].body.endswith(" Fin tapée.")


def test_typing_during_a_background_save_stays_unsaved_until_written(qtbot, library):
    session, editor = _session(qtbot, library, words=20000)
    _type_at_end(editor, " un")
    session.save_in_background()
    _type_at_end(editor, " deux")  # while the worker writes " un"
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass
    assert session.dirty  # " deux" was not in that save
    qtbot.waitUntil(lambda: not session.dirty, timeout=5000)  # the next autosave
    assert library.load_article(session.article.id).sections[-1].body.endswith(" un deux")


def test_save_waits_for_the_save_in_flight_then_writes_the_rest(qtbot, library):
    session, editor = _session(qtbot, library, words=20000)
    _type_at_end(editor, " alpha")
    session.save_in_background()
    _type_at_end(editor, " beta")
    assert session.save()  # Ctrl+S, switching article, closing, a quit signal
    assert not session.dirty
    assert library.load_article(session.article.id).sections[-1].body.endswith(" alpha beta")


def test_a_failed_background_save_is_reported_and_keeps_the_text(qtbot, library, monkeypatch):
    session, editor = _session(qtbot, library)
    shown = record_errors(monkeypatch)
    real = article_rows.write_article

    def full(c, a):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(article_rows, "write_article", full)
    _type_at_end(editor, " perdu ?")
    with qtbot.waitSignal(session.save_failed, timeout=5000) as failed:
        pass
    assert "is full" in failed.args[0]
    assert shown and "could not be saved" in shown[0][0]
    assert session.dirty and editor.toPlainText().endswith(" perdu ?")
    monkeypatch.setattr(article_rows, "write_article", real)
    assert session.save()
    assert library.load_article(session.article.id).sections[-1].body.endswith(" perdu ?")
