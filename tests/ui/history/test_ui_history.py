"""The History panel, the second-start rule and the start-up safety checks, on real widgets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from hubdesk.library import backup, history
from hubdesk.library.store import Library
from hubdesk.model.article import Disclosure
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.history.history_panel import HistoryPanel, diff_html
from hubdesk.ui.library.library_guard import LibraryGuard
from hubdesk.ui.shell.single_instance import SingleInstance
from tests import (
    ROOT,  # noqa: E402
    corpus,
)


@pytest.fixture
def session(qtbot, library):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    s = ArticleSession(library, editor)
    s.set_autosave_delay(100)
    article = corpus.make_article(400, seed=3, sections=3)
    article.disclosure = Disclosure()  # written by a person: only saved versions are listed
    library.save_article(article)
    s.open(article.id)
    return s


def _type_at_end_of_section(session, index: int, text: str) -> None:
    editor = session.editor
    body = session.article.sections[index].body
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(body) + len(body))
    editor.setTextCursor(cursor)
    editor.insertPlainText(text)


def test_history_lists_diffs_and_restores_as_an_undoable_change(qtbot, session, library):
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    first_body = session.article.sections[1].body
    assert panel.versions.topLevelItemCount() == 4  # title/lead and three sections

    _type_at_end_of_section(session, 1, " Ajout tapé au clavier.")
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass  # the autosave writes it
    assert panel.versions.topLevelItemCount() == 5
    newest = panel.versions.topLevelItem(0)
    assert newest.text(2) == session.article.sections[1].heading
    assert newest.text(1) == "+4 −0 words"

    # Select the version before the typing: the diff shows the typed words as added.
    rows = [panel.versions.topLevelItem(i) for i in range(panel.versions.topLevelItemCount())]
    older = next(i for i, it in enumerate(rows)
                 if it.text(2) == session.article.sections[1].heading and i > 0)
    panel.select_row(older)
    html = panel.diff.toHtml()
    assert "Ajout" in html and "#c8f0c8" in html
    assert panel.restore_button.isEnabled()

    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert session.article.sections[1].body == first_body
    assert "Ajout tapé" not in session.editor.toPlainText()
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    sid = session.article.sections[1].id
    assert len(history.revisions(library, session.article.id, sid)) == 3  # restore = new change
    assert library.load_article(session.article.id).sections[1].body == first_body

    session.editor.undo()  # the restore is one edit in the editor's undo history
    assert "Ajout tapé au clavier." in session.editor.toPlainText()
    assert session.article.sections[1].body.endswith("Ajout tapé au clavier.")


def test_section_scope_follows_the_cursor_and_deleted_sections_come_back(qtbot, session, library):
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    article = session.article
    gone = article.sections[2]
    article.sections.pop(2)
    library.save_article(article)
    session.show(library.load_article(article.id))
    panel.scope.setCurrentIndex(1)
    cursor = session.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    session.editor.setTextCursor(cursor)  # in the last section left
    assert panel.current_section_id() == session.article.sections[-1].id
    assert panel.versions.topLevelItemCount() == 1
    panel.scope.setCurrentIndex(0)
    assert "1 deleted section" in panel.summary.text()
    rows = [panel.versions.topLevelItem(i) for i in range(panel.versions.topLevelItemCount())]
    deleted_row = next(i for i, it in enumerate(rows) if "(deleted)" in it.text(2))
    panel.select_row(deleted_row)
    assert panel.restore_button.isEnabled()
    assert panel.restore_selected()
    assert session.article.sections[-1].heading == gone.heading
    assert session.article.sections[-1].body == gone.body


def test_diff_html_escapes_and_marks():
    out = diff_html([history.DiffPiece("=", "a <b> "), history.DiffPiece("+", "new "),
                     history.DiffPiece("-", "old")])
    assert "a &lt;b&gt; " in out
    assert 'title="added">new </span>' in out
    assert "line-through" in out and 'title="removed">old</span>' in out


_SECOND_START = """
import sys
from PySide6.QtWidgets import QApplication
from hubdesk.ui.library.library_guard import LibraryGuard
app = QApplication([])
guard = LibraryGuard(sys.argv[1])
started = guard.prepare()
print("started" if started else ("handed over" if guard.handed_over else "refused"), flush=True)
"""


def test_second_start_brings_the_first_to_the_front_and_exits(qtbot, library_path):
    first = LibraryGuard(library_path)
    assert first.prepare()
    asked = []
    first.instance.activation_requested.connect(lambda: asked.append(True))
    assert first.instance.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", _SECOND_START, str(library_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        out = proc.stdout.read().strip()
        assert out == "handed over", proc.stderr.read()
        assert asked == [True]
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()
        first.instance.close()
        first.lock.release()


_HOLD_AND_DIE = """
import sys
from hubdesk.library.lock import LibraryLock
from hubdesk.library.store import Library
from hubdesk.model.article import Disclosure
lock = LibraryLock(sys.argv[1]).acquire()
lib = Library.open(sys.argv[1])
from tests import corpus
a = corpus.make_article(300, seed=1)
lib.save_article(a)
print("saved", a.title, flush=True)
sys.stdin.readline()
"""


def test_after_a_crash_the_start_says_what_it_recovered(qtbot, library_path):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]))
    proc = subprocess.Popen([sys.executable, "-c", _HOLD_AND_DIE, str(library_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env)
    line = proc.stdout.readline().strip()
    assert line.startswith("saved ")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    guard = LibraryGuard(library_path)
    assert guard.prepare()  # the stale lock is taken over
    assert guard.lock.took_over["pid"] == proc.pid
    library = Library.open(library_path)
    try:
        assert guard.safekeeping.opened(library) is guard.crash is not None
        message = guard.crash_message()
        assert f"process {proc.pid}" in message
        assert line.removeprefix("saved ") in message
        assert library.integrity_check() == []
    finally:
        library.close()
        guard.lock.release()


def test_damaged_library_at_start_is_kept_aside_and_backup_offered(qtbot, library_path,
                                                                   monkeypatch):
    from tests.library.test_check import damage

    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 3, words=200)
        backup.create_backup(lib.connection, library_path)
    damage(library_path)
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare()
    finally:
        guard.lock.release()
    assert shown and "is damaged" in shown[0]
    assert list(library_path.parent.glob("library.hubdesk.damaged-*"))
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 3


def test_single_instance_names_differ_per_library(tmp_path):
    a = SingleInstance(tmp_path / "a.hubdesk")
    b = SingleInstance(tmp_path / "b.hubdesk")
    assert a.name != b.name and a.name == SingleInstance(tmp_path / "a.hubdesk").name
