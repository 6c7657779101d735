"""Keeps the app's library safe from start to close.

Before the library is opened: take its one-writer lock, or hand over to the HubDesk
already running on it; check the file and, if it is damaged, keep it aside and offer
the newest good backup. Once the window is up: say what was recovered after a crash,
add the History panel and the "Restore a Backup…" action, and answer later starts.
On close: back up (at most once a day), thin the history, close, release the lock.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMessageBox, QWidget

from hubdesk.errors import HubDeskError, LibraryBusyError
from hubdesk.library import backup, history, recovery
from hubdesk.library.lock import CLI_WAIT, LibraryLock
from hubdesk.library.store import Library
from hubdesk.ui.history.history_panel import HistoryPanel
from hubdesk.ui.shell.errors import show_error
from hubdesk.ui.shell.single_instance import SingleInstance

log = logging.getLogger(__name__)

TRASH_DAYS = 30  # articles stay this long in the trash, then go for good


class LibraryGuard(QObject):
    """Start-up checks, crash report, history, backups and one writer for one library."""

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path).expanduser()
        self.lock = LibraryLock(self.path)
        self.instance = SingleInstance(self.path, self)
        self.handed_over = False  # another HubDesk on this library was brought to the front
        self.crash: recovery.CrashReport | None = None
        self.library: Library | None = None
        self.window = None
        self.history_dock: QDockWidget | None = None
        self.history_panel: HistoryPanel | None = None
        self._wal_bytes = 0
        self.crash_box: QMessageBox | None = None

    # ------------------------------------------------------------ before opening

    def prepare(self, parent: QWidget | None = None) -> bool:
        """Take the library for this process. False when the app must not start."""
        try:
            self.lock.acquire()
        except LibraryBusyError:
            if self.instance.ask_running_to_activate():
                log.info("HubDesk already runs on %s: brought it to the front", self.path)
                self.handed_over = True
                return False
            try:  # held by a command-line run, probably: it will finish soon
                self.lock.acquire(wait=CLI_WAIT)
            except LibraryBusyError as exc:
                show_error(parent, self.tr("The library is in use."), exc)
                return False
        self._wal_bytes = recovery.pending_wal_bytes(self.path)
        problems = recovery.quick_check(self.path)
        if problems:
            self._handle_damage(problems[0], parent)
        return True

    def _handle_damage(self, problem: str, parent: QWidget | None) -> None:
        aside = recovery.set_aside(self.path)
        good = backup.newest_good_backup(self.path)
        text = self.tr("The library {path} is damaged ({problem}). It has been kept aside as "
                   "{aside}.").format(path=self.path, problem=problem, aside=aside.name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Damaged library"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        if good is None:
            box.setInformativeText(self.tr("No good backup was found: HubDesk starts with an "
                                       "empty library."))
            box.addButton(QMessageBox.StandardButton.Ok)
            box.exec()
            return
        box.setInformativeText(self.tr("Open the newest good backup, from {when}?").format(
            when=good.created.astimezone().strftime("%Y-%m-%d %H:%M")))
        box.addButton(QMessageBox.StandardButton.Open)
        box.addButton(self.tr("Start with an empty library"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        if box.exec() == QMessageBox.StandardButton.Open:
            backup.restore_backup(good.path, self.path)

    # ------------------------------------------------------------ once open

    def attach(self, window, library: Library) -> None:
        """Add the History panel and the backup action to the window; report a crash;
        empty the trash of what was put there more than ``TRASH_DAYS`` days ago."""
        self.window, self.library = window, library
        try:
            library.empty_trash(older_than=timedelta(days=TRASH_DAYS))
        except HubDeskError as exc:
            log.error("Cannot empty the old trash: %s", exc)
        self.crash = recovery.after_crash(library.connection, self.lock.took_over,
                                          self._wal_bytes)
        self.history_panel = HistoryPanel(window.session, window, undo_stack=window.undo_stack)
        self.history_panel.title_restored.connect(self._title_restored)
        dock = QDockWidget(self.tr("History"), window)
        dock.setObjectName("historyDock")
        dock.setWidget(self.history_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.credits_dock, dock)
        window.view_menu.addAction(dock.toggleViewAction())
        window.metadata_dock.raise_()
        self.history_dock = dock
        actions = window.actions_
        actions.history.setEnabled(True)
        actions.history.triggered.connect(self.show_history)
        actions.restore_backup.setEnabled(True)
        actions.restore_backup.triggered.connect(self.restore_from_backup)
        self.instance.activation_requested.connect(self.bring_to_front)
        self.instance.listen()
        if self.crash is not None:
            log.warning("%s", self.crash_message())
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recovered after a crash"),
                              self.crash_message(), QMessageBox.StandardButton.Ok, window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)
            self.crash_box = box
            box.show()  # not modal: the writer can carry on at once

    def crash_message(self) -> str:
        c = self.crash
        if c is None:
            return ""
        text = self.tr("HubDesk was not closed properly last time (process {pid}). "
                   "The library is intact.").format(pid=c.previous_pid)
        if c.last_saved is not None:
            text += " " + self.tr("Last saved change: “{title}” at {when}.").format(
                title=c.last_article, when=c.last_saved.astimezone().strftime("%Y-%m-%d %H:%M"))
        if c.wal_bytes:
            text += " " + self.tr("Saves waiting in the journal were recovered.")
        return text

    def _title_restored(self) -> None:
        side = self.window.side
        if side.metadata is not None:
            side.metadata.refresh()
        side.title_changed.emit()

    def show_history(self) -> None:
        if self.history_dock is not None:
            self.history_dock.show()
            self.history_dock.raise_()
            self.history_panel.refresh()

    def bring_to_front(self) -> None:
        w = self.window
        if w is None:
            return
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()

    # ------------------------------------------------------------ backups

    def restore_from_backup(self) -> bool:
        """Ask which backup to restore, then restore it in place (a safety copy is kept)."""
        w, library = self.window, self.library
        if w is None or library is None:
            return False
        backups = backup.list_backups(self.path)
        if not backups:
            QMessageBox.information(w, self.tr("Restore a Backup"), self.tr(
                "There is no backup of this library yet in {folder}.").format(
                folder=backup.backup_dir(self.path)))
            return False
        labels = [
            f"{b.created.astimezone():%Y-%m-%d %H:%M}  ({b.size // 1024} KB)"
            + (f"  {b.reason}" if b.reason else "")
            for b in backups
        ]
        label, ok = QInputDialog.getItem(
            w, self.tr("Restore a Backup"),
            self.tr("Replace the library by the backup from (the current content is kept "
                "as a backup first):"), labels, 0, False)
        if not ok:
            return False
        chosen = backups[labels.index(label)]
        if not w.session.save():
            return False
        try:
            backup.restore_into(library, chosen.path)
        except HubDeskError as exc:
            show_error(w, self.tr("The backup could not be restored."), exc)
            return False
        w.session.show(None)
        w.library_panel.refresh()
        w.open_last_article()
        w.statusBar().showMessage(self.tr("Restored the backup from {when}.").format(
            when=chosen.created.astimezone().strftime("%Y-%m-%d %H:%M")), 10_000)
        return True

    # ------------------------------------------------------------ closing

    def shutdown(self) -> None:
        """Back up if due, thin the history, close the library and give up the lock."""
        library, self.library = self.library, None
        self.instance.close()
        if library is not None and library.connection is not None:
            try:
                history.thin(library)
                backup.backup_if_due(library.connection, library.path)
            except HubDeskError as exc:
                log.error("Backup on close failed: %s", exc)
            library.close()
        self.lock.release()
