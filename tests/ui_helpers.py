"""Helpers shared by the workspace GUI tests: a main window on a test library."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from hubdesk.ui.shell import errors as ui_errors
from hubdesk.ui.shell.main_window import MainWindow
from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.welcome import ensure_welcome


def make_settings(tmp_path, name: str | None = None) -> Settings:
    path = tmp_path / f"{name or uuid.uuid4().hex}.ini"
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def open_window(
    qtbot, library, settings: Settings, language: str = "en", size: tuple[int, int] | None = (1400, 900)
) -> MainWindow:
    """A shown main window on ``library`` with the last (or welcome) article open."""
    ensure_welcome(library, language)
    window = MainWindow(library, settings, defer_decoration=True)  # built as the app builds it
    window.finish_building()  # which the app runs after its first paint
    assert window.finished
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    assert window.open_last_article()
    qtbot.waitUntil(lambda: not window.session.is_loading, timeout=60_000)  # a long text
    qtbot.waitUntil(window.preview.is_complete)  # a long article's preview is built in a worker
    return window


def put_cursor_in(window: MainWindow, part: int, line: int = 2) -> None:
    """Put the editor's cursor at the end of a line of a part (0 = lead)."""
    tracker = window.session.tracker
    block = window.editor.document().findBlockByNumber(tracker.parts[part].start_block + line)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def record_errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui_errors, "presenter", lambda summary, detail: shown.append((summary, detail)))
    return shown
