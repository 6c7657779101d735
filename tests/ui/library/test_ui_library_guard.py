"""The library guard in the main window: History dock, Restore a Backup, backup on close."""

from __future__ import annotations

import json
import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hubdesk.errors import LibraryError
from hubdesk.library import backup
from hubdesk.library.lock import LibraryLock, is_locked, lock_path
from hubdesk.library.safekeeping import check_mark
from hubdesk.library.store import Library
from hubdesk.ui.library.library_guard import LibraryGuard
from tests import corpus
from tests.library.test_check import damage
from tests.ui_helpers import make_settings, open_window, record_errors


def _guarded_window(qtbot, library, library_path, tmp_path):
    guard = LibraryGuard(library_path)
    assert guard.prepare()
    window = open_window(qtbot, library, make_settings(tmp_path))
    window.attach_guard(guard)
    return guard, window


def test_history_dock_and_actions_are_in_the_window(qtbot, library, library_path, tmp_path):
    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    try:
        assert window.actions_.history.isEnabled()
        assert window.actions_.restore_backup.isEnabled()
        window.actions_.history.trigger()
        assert guard.history_dock.isVisible()
        assert guard.history_panel.versions.topLevelItemCount() >= 1
        assert guard.history_dock.toggleViewAction() in window.view_menu.actions()
    finally:
        guard.instance.close()
        guard.lock.release()


def test_restore_a_backup_from_the_menu_and_backup_on_close(qtbot, library, library_path,
                                                            tmp_path, monkeypatch):
    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    article = window.session.article
    saved = backup.create_backup(library.connection, library_path)
    original_title = article.title
    article.title = "Changed after the backup"
    library.save_article(article)

    chosen = []

    def pick(parent, title, label, items, current, editable):
        chosen.append(items[0])
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    window.actions_.restore_backup.trigger()
    assert chosen and saved.exists()
    assert library.load_article(article.id).title == original_title
    assert window.session.article.title == original_title
    reasons = [b.reason for b in backup.list_backups(library_path)]
    assert "before-restore" in reasons  # what the library held is kept

    # Closing: the history is thinned, a daily backup is written, the lock is released.
    for b in backup.list_backups(library_path):
        b.path.unlink()
    assert is_locked(library_path)
    window.close()
    guard.shutdown()
    assert [b.reason for b in backup.list_backups(library_path)] == [""]
    assert backup.check_file(backup.list_backups(library_path)[0].path) == []
    assert not is_locked(library_path)
    assert library.closed  # closed by the guard


def test_restoring_the_title_is_undoable(qtbot, library, library_path, tmp_path):
    from hubdesk.library import history

    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    try:
        article = window.session.article
        old_title = article.title
        article.title = "Un titre changé"
        window.session.mark_dirty()
        assert window.session.save()
        panel = guard.history_panel
        panel.refresh()
        old = next(r for r in history.revisions(library, article.id, history.LEAD_ID)
                   if not r.current)
        rows = [panel.versions.topLevelItem(i) for i in range(panel.versions.topLevelItemCount())]
        panel.select_row(next(i for i, it in enumerate(rows)
                              if it.data(0, Qt.ItemDataRole.UserRole) == old.id))
        assert panel.restore_selected()
        assert window.session.article.title == old_title
        assert window.session.dirty  # the restored title will be saved as a new change
        window.undo_stack.undo()
        assert window.session.article.title == "Un titre changé"
    finally:
        guard.instance.close()
        guard.lock.release()


# ---------------------------------------------------------------- start-up paths


def test_a_second_start_hands_over_to_the_running_hubdesk(qtbot, library_path, monkeypatch):
    Library.open(library_path).close()
    holder = LibraryLock(library_path)
    holder.acquire()
    guard = LibraryGuard(library_path)
    monkeypatch.setattr(guard.instance, "ask_running_to_activate", lambda: True)
    try:
        assert guard.prepare() is False
        assert guard.handed_over
        assert not guard.lock.held
    finally:
        guard.instance.close()
        holder.release()


def _damaged(library_path, with_backup: bool):
    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 4, words=200)
        if with_backup:
            backup.create_backup(lib.connection, library_path)
    damage(library_path)


def _answer_boxes(monkeypatch, answer):
    seen: list[tuple[str, str, list[str]]] = []

    def fake_exec(box):
        seen.append((box.text(), box.informativeText(),
                     sorted(b.text().replace("&", "") for b in box.buttons())))
        return answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_a_damaged_library_without_backup_starts_empty(qtbot, library_path, monkeypatch):
    _damaged(library_path, with_backup=False)
    seen = _answer_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare()
    finally:
        guard.instance.close()
        guard.lock.release()
    [(text, informative, buttons)] = seen
    [aside] = library_path.parent.glob("library.hubdesk.damaged-*")
    assert text.startswith(f"The library {library_path} is damaged (")
    assert text.endswith(f"It has been kept aside as {aside.name}.")
    assert informative == "No good backup was found: HubDesk starts with an empty library."
    assert buttons == ["OK"]
    assert not library_path.exists()


def test_a_damaged_library_whose_backup_is_declined_starts_empty(qtbot, library_path, monkeypatch):
    _damaged(library_path, with_backup=True)
    seen = _answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare()
    finally:
        guard.instance.close()
        guard.lock.release()
    [(_text, informative, buttons)] = seen
    assert informative.startswith("Open the newest good backup, from ")
    assert buttons == ["Open", "Start with an empty library"]
    assert not library_path.exists()  # nothing restored: the app starts on a new library


def test_a_crash_of_the_last_run_is_reported_without_blocking(qtbot, library, library_path,
                                                              tmp_path):
    dead_pid = 2**22 + 17
    library.close()
    lock_path(library_path).write_text(json.dumps(
        {"pid": dead_pid, "host": socket.gethostname(), "since": 0}), encoding="utf-8")
    guard = LibraryGuard(library_path)
    assert guard.prepare()
    reopened = Library.open(library_path)
    window = open_window(qtbot, reopened, make_settings(tmp_path))
    try:
        window.attach_guard(guard)
        box = guard.crash_box
        assert box is not None and box.isVisible() and not box.isModal()
        assert box.text() == guard.crash_message()
        assert box.text().startswith(
            f"HubDesk was not closed properly last time (process {dead_pid}). The library is intact.")
        assert "Last saved change: “" in box.text()
        box.close()
    finally:
        window.close()
        guard.shutdown()


def test_a_later_start_brings_the_window_to_the_front(qtbot, library, library_path, tmp_path):
    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    try:
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        guard.instance.activation_requested.emit()
        qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    finally:
        guard.instance.close()
        guard.lock.release()


def test_restore_is_refused_before_the_window_is_attached(library_path):
    guard = LibraryGuard(library_path)
    assert guard.restore_from_backup() is False
    guard.show_history()  # nothing to show yet: no error
    guard.bring_to_front()
    assert guard.crash_message() == ""


def test_restore_with_no_backup_says_where_backups_go(qtbot, library, library_path, tmp_path,
                                                      monkeypatch):
    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    try:
        assert guard.restore_from_backup() is False
    finally:
        guard.instance.close()
        guard.lock.release()
    assert told == [f"There is no backup of this library yet in {backup.backup_dir(library_path)}."]


def test_restore_cancelled_or_unsaved_changes_leave_the_library(qtbot, library, library_path,
                                                                tmp_path, monkeypatch):
    guard, window = _guarded_window(qtbot, library, library_path, tmp_path)
    backup.create_backup(library.connection, library_path)
    article = window.session.article
    article.title = "After the backup"
    library.save_article(article)
    try:
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (a[3][0], False))
        assert guard.restore_from_backup() is False
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (a[3][0], True))
        shown = record_errors(monkeypatch)

        def disk_full(self, *_a, **_k):
            raise LibraryError("library.save_disk_full", path=self.path)

        monkeypatch.setattr(Library, "save_article", disk_full)  # the open text cannot be saved
        window.session.mark_dirty()
        assert guard.restore_from_backup() is False
        assert [summary for summary, _ in shown] == [
            "Your changes could not be saved. They are still in the editor."]
        monkeypatch.undo()
        assert library.load_article(article.id).title == "After the backup"
        assert [b.reason for b in backup.list_backups(library_path)] == [""]  # no safety copy made
    finally:
        guard.instance.close()
        guard.lock.release()


# ---------------------------------------------------------------- the quick check at start-up
# The app asks for ``prepare(defer_check=True)``: after a clean close the check runs on a
# worker once the window is shown; after an unclean exit, or once damage was found late,
# it runs before the library is opened.


def test_a_sound_library_closed_cleanly_is_checked_after_the_start(qtbot, library_path):
    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 3, words=200)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare(defer_check=True)
        assert guard.check_deferred and not guard.late_check_done()
        guard.check_after_start(poll_ms=5)
        qtbot.waitUntil(guard.late_check_done)
        assert guard.damage_box is None
        assert not check_mark(library_path).exists()
    finally:
        guard.instance.close()
        guard.lock.release()


def test_damage_after_a_clean_close_is_found_after_the_start_and_kept_aside_at_the_next(
        qtbot, library_path, monkeypatch):
    _damaged(library_path, with_backup=True)
    seen = _answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare(defer_check=True)  # not checked yet: the window comes first
        assert seen == [] and guard.check_deferred and library_path.exists()
        guard.check_after_start(poll_ms=5)
        qtbot.waitUntil(lambda: guard.damage_box is not None and guard.damage_box.isVisible())
        box = guard.damage_box
        assert not box.isModal()  # the writer is told at once, and nothing waits on it
        assert box.text().startswith(f"The library {library_path} is damaged (")
        assert box.text().endswith("Close HubDesk and start it again: it will keep the damaged "
                                   "file aside and offer the newest good backup.")
        assert check_mark(library_path).exists()
        box.close()
    finally:
        guard.instance.close()
        guard.lock.release()
    # The next start checks before opening, even after a clean close, and keeps the file aside.
    again = LibraryGuard(library_path)
    try:
        assert again.prepare(defer_check=True)
        assert not again.check_deferred
    finally:
        again.instance.close()
        again.lock.release()
    [(text, informative, _buttons)] = seen
    assert text.startswith(f"The library {library_path} is damaged (")
    assert informative.startswith("Open the newest good backup, from ")
    assert list(library_path.parent.glob("library.hubdesk.damaged-*"))
    assert not library_path.exists() and not check_mark(library_path).exists()


def test_after_an_unclean_exit_the_check_runs_before_opening(qtbot, library_path, monkeypatch):
    _damaged(library_path, with_backup=False)
    lock_path(library_path).write_text(json.dumps(  # the last run did not close
        {"pid": 2**22 + 17, "host": socket.gethostname(), "since": 0}), encoding="utf-8")
    seen = _answer_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    guard = LibraryGuard(library_path)
    try:
        assert guard.prepare(defer_check=True)
        assert not guard.check_deferred and guard.late_check_done()
    finally:
        guard.instance.close()
        guard.lock.release()
    [(text, informative, _buttons)] = seen
    assert text.startswith(f"The library {library_path} is damaged (")
    assert informative == "No good backup was found: HubDesk starts with an empty library."
    assert not library_path.exists()


def test_the_app_starts_on_a_library_damaged_after_a_clean_close(qtbot, qapp, library_path,
                                                                 monkeypatch):
    """Too damaged to open: the deferred check runs at once and keeps the file aside."""
    import sys

    from PySide6.QtCore import QLocale

    from hubdesk.ui.shell import app as app_module
    from hubdesk.ui.shell.translations import remove_translations

    before_locale, before_hook = QLocale(), sys.excepthook
    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 3, words=200)
    with library_path.open("r+b") as fh:  # the first page too: SQLite cannot read the schema
        fh.write(b"\0" * 4096 * 4)
    seen = _answer_boxes(monkeypatch, QMessageBox.StandardButton.Ok)
    _app, window = app_module.build(library_path, [])
    try:
        assert window is not None
        qtbot.addWidget(window)
        [(text, informative, _buttons)] = seen
        assert text.startswith(f"The library {library_path} is damaged (")
        assert informative == "No good backup was found: HubDesk starts with an empty library."
        assert list(library_path.parent.glob("library.hubdesk.damaged-*"))
        qtbot.waitUntil(lambda: window.finished)
        assert window.session.article is not None  # a new library, with its welcome article
    finally:
        if window is not None:
            window.close()
            for guard in _app.findChildren(LibraryGuard):  # as at quit: close, unlock
                if guard.path == library_path:
                    guard.shutdown()
        sys.excepthook = before_hook
        remove_translations(qapp)
        QLocale.setDefault(before_locale)


def test_a_window_closed_before_it_is_finished_still_closes_the_library(qtbot, library_path,
                                                                        tmp_path):
    """A quit during start-up (before the first paint): the guard still closes and unlocks."""
    from hubdesk.ui.shell.main_window import MainWindow

    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 2, words=200)
    guard = LibraryGuard(library_path)
    assert guard.prepare(defer_check=True)
    library = Library.open(library_path)
    window = MainWindow(library, make_settings(tmp_path), defer_decoration=True)
    qtbot.addWidget(window)
    window.attach_guard(guard)
    assert not window.finished and guard.history_dock is None  # waits for finish_building()
    assert window.close()
    guard.shutdown()
    assert library.closed and not is_locked(library_path)
    assert [b.reason for b in backup.list_backups(library_path)] == [""]  # the close-time backup
