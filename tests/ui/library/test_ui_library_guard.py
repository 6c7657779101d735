"""The library guard in the main window: History dock, Restore a Backup, backup on close."""

from __future__ import annotations

import json
import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hubdesk.errors import LibraryError
from hubdesk.library import backup
from hubdesk.library.lock import LibraryLock, is_locked, lock_path
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
