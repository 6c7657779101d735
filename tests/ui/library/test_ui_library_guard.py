"""The library guard in the main window: History dock, Restore a Backup, backup on close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from hubdesk.library import backup
from hubdesk.library.lock import is_locked
from hubdesk.ui.library.library_guard import LibraryGuard
from tests.ui_helpers import make_settings, open_window


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
    assert library.connection is None  # closed by the guard


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
