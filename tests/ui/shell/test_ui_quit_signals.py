"""SIGTERM, SIGHUP, SIGINT and the session manager's quit end a real HubDesk process
cleanly: the text typed since the last autosave is saved, the lock is released, the exit
status is 0 and the next start reports no crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from hubdesk.library.lock import is_locked, read_owner
from hubdesk.library.store import Library
from hubdesk.ui.library.library_guard import LibraryGuard
from tests import ROOT, corpus

# The real entry point (``python -m hubdesk --db LIB``), with a timer that types into
# the editor through QTest once the window shows its article, then reports.
_TYPE_INTO_APP = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from hubdesk.__main__ import main
from hubdesk.ui.shell import app as app_module
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.settings import Settings

app = app_module.create_application([])
Settings().set("autosave_delay_ms", 60000)  # the longest the user may choose: no autosave now

def type_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or not windows[0].isVisible() or windows[0].session.article is None:
        QTimer.singleShot(50, type_when_ready)
        return
    window = windows[0]
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor, sys.argv[2])
    print("typed", window.session.article.id, window.session.dirty, flush=True)

QTimer.singleShot(0, type_when_ready)
if len(sys.argv) > 3 and sys.argv[3] == "session":
    # The session manager's quit (logout): Qt ends the event loop with quit(), the window
    # still open; a line on standard input asks for it here.
    from PySide6.QtCore import QSocketNotifier
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: QApplication.instance().quit())
sys.exit(main(["--db", sys.argv[1]]))
"""

_SIGNALS = ["SIGTERM", "SIGHUP", "SIGINT"]


def _text(article) -> str:
    return article.lead + "".join(s.heading + s.body for s in article.sections)


@pytest.mark.parametrize("name", [*_SIGNALS, "session"])
def test_a_quit_signal_saves_unlocks_and_exits_0(tmp_path, library_path, name):
    with Library.open(library_path) as lib:
        article = corpus.make_article(200, seed=7)
        lib.save_article(article)
    typed = f" Last words before {name.lower()} with no autosave"  # QTest types ASCII
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", _TYPE_INTO_APP, str(library_path), typed, name],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT, env=env,
    )
    try:
        line = proc.stdout.readline().split()
        assert line == ["typed", article.id, "True"], proc.stderr.read()
        assert is_locked(library_path)
        with Library.open(library_path) as lib:  # not saved yet: only in the editor
            assert typed.strip() not in _text(lib.load_article(article.id))
        if name == "session":  # the session manager's quit: app.quit(), the window open
            proc.stdin.write("quit\n")
            proc.stdin.flush()
        else:
            os.kill(proc.pid, getattr(signal, name))
        code = proc.wait(timeout=60)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
    assert code == 0, err
    assert "Traceback" not in err
    with Library.open(library_path) as lib:
        assert typed.strip() in _text(lib.load_article(article.id))
    assert not is_locked(library_path) and read_owner(library_path) == {}
    guard = LibraryGuard(library_path)  # what the next start does first
    try:
        assert guard.prepare()
        assert guard.lock.took_over == {}  # so no crash is reported
    finally:
        guard.shutdown()


# The display goes away while the window closes (a logout ends the X server with the
# apps): Qt then ends the process at once, here an ``os._exit`` in the window's close.
_DISPLAY_GONE = _TYPE_INTO_APP.replace(
    "app = app_module.create_application([])",
    "MainWindow.closeEvent = lambda self, event: os._exit(1)\n"
    "import os\n"
    "app = app_module.create_application([])",
)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_quit_signal_then_the_display_gone_loses_nothing_and_reports_no_crash(
        tmp_path, library_path, name):
    with Library.open(library_path) as lib:
        article = corpus.make_article(200, seed=8)
        lib.save_article(article)
    typed = f" Words typed before {name.lower()} as the display went"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", _DISPLAY_GONE, str(library_path), typed],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )
    try:
        line = proc.stdout.readline().split()
        assert line == ["typed", article.id, "True"], proc.stderr.read()
        os.kill(proc.pid, getattr(signal, name))
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert code == 1  # it did die in the middle of closing
    with Library.open(library_path) as lib:
        assert typed.strip() in _text(lib.load_article(article.id))
    assert read_owner(library_path).get("closing") is True  # the lock it left says so
    guard = LibraryGuard(library_path)  # the next start
    try:
        assert guard.prepare()
        assert guard.lock.took_over.get("pid") == proc.pid  # it was not a clean close...
        assert guard.safekeeping.must_check_now()  # ...so the library is checked at once,
        library = Library.open(library_path)
        assert guard.safekeeping.opened(library) is None  # ...but no crash is reported
    finally:
        guard.shutdown()


@pytest.mark.parametrize("saved", [True, False])
def test_a_run_killed_outright_is_reported_only_if_it_held_unsaved_text(
        tmp_path, library_path, saved):
    """SIGKILL (or a display gone before any of our code runs): the lock the run left
    says whether everything was saved; the next start reports a crash only if not."""
    with Library.open(library_path) as lib:
        article = corpus.make_article(200, seed=9)
        lib.save_article(article)
    script = _TYPE_INTO_APP.replace(
        'Settings().set("autosave_delay_ms", 60000)',
        f'Settings().set("autosave_delay_ms", {200 if saved else 60000})')
    typed = " Words typed before the kill"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(library_path), typed],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env=env)
    try:
        line = proc.stdout.readline().split()
        assert line == ["typed", article.id, "True"], proc.stderr.read()
        # Saved: until the autosave is done and the lock says so. Unsaved: long enough
        # for the window to finish building (which attaches the lock to the session).
        deadline = time.monotonic() + (30 if saved else 3)
        owner = read_owner(library_path)
        while time.monotonic() < deadline and not (saved and owner.get("saved")):
            time.sleep(0.05)
            owner = read_owner(library_path)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert owner.get("saved", False) is saved, owner
    with Library.open(library_path) as lib:
        assert (typed.strip() in _text(lib.load_article(article.id))) == saved
    guard = LibraryGuard(library_path)  # the next start
    try:
        assert guard.prepare()
        assert guard.lock.took_over.get("pid") == proc.pid
        library = Library.open(library_path)
        report = guard.safekeeping.opened(library)
        assert (report is None) == saved  # a crash is reported only when work was lost
    finally:
        guard.shutdown()
