"""Keeps the app's library safe from start to close: the questions and panels for the user.

The work without widgets (lock, damage check, crash report, backups) is
``hubdesk.library.safekeeping.Safekeeping``; this module asks and tells the user.
Before the library is opened: take its one-writer lock, or hand over to the HubDesk
already running on it (``SingleInstance``); if the file is damaged, keep it aside
and offer the newest good backup. Once the window is up (``attach``, called by the
main window with what the guard works with): say what was recovered after a crash,
add the History panel and the "Restore a Backup…" action, and answer later starts.
On close: ``shutdown`` backs up (at most once a day), thins the history, closes and
releases the lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QMenu, QMessageBox, QWidget

from hubdesk.errors import HubDeskError, LibraryBusyError
from hubdesk.library.lock import CLI_WAIT, LibraryLock
from hubdesk.library.recovery import CrashReport
from hubdesk.library.safekeeping import Safekeeping
from hubdesk.library.store import Library
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.shell.errors import show_error
from hubdesk.ui.shell.single_instance import SingleInstance

if TYPE_CHECKING:
    from concurrent.futures import Future

    from hubdesk.ui.history.history_panel import HistoryPanel

log = logging.getLogger(__name__)

TRASH_DAYS = 30  # articles stay this long in the trash, then go for good


class LibraryGuard(QObject):
    """Start-up checks, crash report, history, backups and one writer for one library."""

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.safekeeping = Safekeeping(path)
        self.path = self.safekeeping.path
        self.instance = SingleInstance(self.path, self)
        self.handed_over = False  # another HubDesk on this library was brought to the front
        self.host: QMainWindow | None = None
        self.session: ArticleSession | None = None
        self.history_dock: QDockWidget | None = None
        self.history_panel: HistoryPanel | None = None
        self.crash_box: QMessageBox | None = None
        self.damage_box: QMessageBox | None = None
        self.check_deferred = False  # prepare() left the quick check to check_after_start()
        self._late_check: Future[str | None] | None = None
        self._late_handled = False
        self._late_timer = QTimer(self)  # polls the worker's result (no callback across threads)
        self._late_timer.timeout.connect(self._poll_late_check)
        self._reload: Callable[[], None] = lambda: None

    @property
    def lock(self) -> LibraryLock:
        return self.safekeeping.lock

    @property
    def library(self) -> Library | None:
        return self.safekeeping.library

    @property
    def crash(self) -> CrashReport | None:
        return self.safekeeping.crash

    # ------------------------------------------------------------ before opening

    def prepare(self, parent: QWidget | None = None, *, defer_check: bool = False) -> bool:
        """Take the library for this process. False when the app must not start.

        ``defer_check``: after a clean close the quick check waits for
        ``check_after_start()`` (the app calls it once the window is shown); after an
        unclean exit, or when a late check found damage, it runs now.
        """
        try:
            self.safekeeping.take()
        except LibraryBusyError:
            if self.instance.ask_running_to_activate():
                log.info("HubDesk already runs on %s: brought it to the front", self.path)
                self.handed_over = True
                return False
            try:  # held by a command-line run, probably: it will finish soon
                self.safekeeping.take(wait=CLI_WAIT)
            except LibraryBusyError as exc:
                show_error(parent, self.tr("The library is in use."), exc)
                return False
        problem = self.safekeeping.check(defer_if_clean=defer_check)
        self.check_deferred = defer_check and not self.safekeeping.must_check_now()
        if problem is not None:
            self._handle_damage(problem, parent)
        return True

    def _handle_damage(self, problem: str, parent: QWidget | None) -> None:
        damage = self.safekeeping.keep_damaged_aside(problem)
        text = self.tr("The library {path} is damaged ({problem}). It has been kept aside as "
                       "{aside}.").format(path=self.path, problem=problem, aside=damage.aside.name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Damaged library"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        good = damage.good_backup
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
            self.safekeeping.restore(good.path)

    def check_now(self, parent: QWidget | None = None) -> bool:
        """Run the deferred check at once (the library would not open); True on damage,
        which is then handled as at start-up (kept aside, a backup offered)."""
        self.check_deferred = False
        problem = self.safekeeping.check()
        if problem is not None:
            self._handle_damage(problem, parent)
        return problem is not None

    def check_after_start(self, poll_ms: int = 50) -> None:
        """Run the deferred quick check on a worker; on damage, say so (never blocks)."""
        if not self.check_deferred or self._late_check is not None:
            return
        self._late_check = self.safekeeping.check_in_background()
        self._late_timer.setInterval(poll_ms)
        self._late_timer.start()

    def _poll_late_check(self) -> None:
        future = self._late_check
        if future is None or not future.done():
            return
        self._late_timer.stop()
        self._late_handled = True
        try:
            problem = future.result()
        except Exception as exc:  # noqa: BLE001 - a check that cannot run is not damage
            log.error("The library check after start failed: %s", exc)
            return
        if problem is not None:
            self._report_late_damage(problem)

    def late_check_done(self) -> bool:
        """True once the deferred check's result has been handled (or when there is none)."""
        return not self.check_deferred or self._late_handled

    def _report_late_damage(self, problem: str) -> None:
        text = self.tr("The library {path} is damaged ({problem}). Close HubDesk and start it "
                       "again: it will keep the damaged file aside and offer the newest good "
                       "backup.").format(path=self.path, problem=problem)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Damaged library"), text,
                          QMessageBox.StandardButton.Ok, self.host)
        box.setWindowModality(Qt.WindowModality.NonModal)  # kept by the guard: shown once
        self.damage_box = box
        box.show()

    # ------------------------------------------------------------ once open

    def attach(
        self,
        library: Library,
        *,
        host: QMainWindow,
        session: ArticleSession,
        undo_stack: QUndoStack,
        history_action: QAction,
        restore_action: QAction,
        view_menu: QMenu,
        beside: QDockWidget | None,
        reload: Callable[[], None],
        title_restored: Callable[[], None],
    ) -> None:
        """Add the History panel (tabbed ``beside`` a dock of ``host``) and the backup action.

        ``reload`` shows the library again after a restore; ``title_restored`` tells the
        window the History panel changed the article's title. Reports a crash of the last run.
        """
        self.host, self.session, self._reload = host, session, reload
        # The lock says whether anything is unsaved: a run that dies with all saved
        # (its display gone at a logout) is not reported as a crash at the next start.
        lock = self.safekeeping.lock
        session.dirty_changed.connect(lambda dirty: lock.mark_saved(not dirty))
        lock.mark_saved(not session.dirty)
        try:  # what went to the trash more than TRASH_DAYS days ago goes for good
            library.empty_trash(older_than=timedelta(days=TRASH_DAYS))
        except HubDeskError as exc:
            log.error("Cannot empty the old trash: %s", exc)
        crash = self.safekeeping.opened(library)
        from hubdesk.ui.history.history_panel import HistoryPanel

        self.history_panel = HistoryPanel(session, host, undo_stack=undo_stack)
        self.history_panel.title_restored.connect(title_restored)
        dock = QDockWidget(self.tr("History"), host)
        dock.setObjectName("historyDock")
        dock.setWidget(self.history_panel)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if beside is not None:
            host.tabifyDockWidget(beside, dock)
        view_menu.addAction(dock.toggleViewAction())
        self.history_dock = dock
        history_action.setEnabled(True)
        history_action.triggered.connect(self.show_history)
        restore_action.setEnabled(True)
        restore_action.triggered.connect(self.restore_from_backup)
        self.instance.activation_requested.connect(self.bring_to_front)
        self.instance.listen()
        if crash is not None:
            log.warning("%s", self.crash_message())
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recovered after a crash"),
                              self.crash_message(), QMessageBox.StandardButton.Ok, host)
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

    def show_history(self) -> None:
        if self.history_dock is not None and self.history_panel is not None:
            self.history_dock.show()
            self.history_dock.raise_()
            self.history_panel.refresh()

    def bring_to_front(self) -> None:
        w = self.host
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
        w, session = self.host, self.session
        if w is None or session is None or self.library is None:
            return False
        backups = self.safekeeping.backups()
        if not backups:
            QMessageBox.information(w, self.tr("Restore a Backup"), self.tr(
                "There is no backup of this library yet in {folder}.").format(
                folder=self.safekeeping.backup_folder()))
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
        if not session.save():
            return False
        from hubdesk.ui.library.restore_backup import restore_with_progress  # on first use

        error = restore_with_progress(self.library, chosen.path, w)  # in a worker
        if error is not None:
            show_error(w, self.tr("The backup could not be restored."), error)
            return False
        self._reload()
        w.statusBar().showMessage(self.tr("Restored the backup from {when}.").format(
            when=chosen.created.astimezone().strftime("%Y-%m-%d %H:%M")), 10_000)
        return True

    # ------------------------------------------------------------ closing

    def closing(self, closing: bool = True) -> None:
        """Everything is saved and the app is ending (``LibraryLock.mark_closing``)."""
        self.safekeeping.lock.mark_closing(closing)

    def shutdown(self) -> None:
        """Back up if due, thin the history, close the library and give up the lock."""
        self.instance.close()
        self.safekeeping.close()
