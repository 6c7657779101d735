"""Keeping one library safe while the desktop app runs on it: the part without widgets.

``Safekeeping(path)`` follows the library from start to close:

1. ``take()`` takes the one-writer lock (``LibraryBusyError`` if another process
   holds it); ``check()`` notes the saves left in the journal and runs SQLite's
   quick check, returning the first problem of a damaged file. With
   ``defer_if_clean`` it checks only when damage is likely (the last run did not
   close: its lock was taken over or its journal is not empty; or a check after
   the last start found damage) and leaves the rest to ``check_in_background()``,
   which checks on a worker with its own read-only connection and, on damage,
   marks the library so that the next start checks before opening it;
2. ``keep_damaged_aside()`` moves a damaged file (with its WAL files) out of the
   way and names the newest good backup; ``restore(backup)`` puts one in place;
3. ``opened(library)`` says whether the last run crashed (a ``CrashReport``);
4. ``backups()`` and ``restore_into(backup)`` serve "Restore a Backup";
5. ``close()`` thins the history, backs up if one is due, closes the library and
   releases the lock.

The desktop's ``LibraryGuard`` (hubdesk/ui/library) asks the user the questions;
everything here can be used and tested without Qt.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from hubdesk.errors import HubDeskError
from hubdesk.library import backup, history, recovery
from hubdesk.library.lock import LibraryLock
from hubdesk.library.store import Library

log = logging.getLogger(__name__)

CHECK_MARK_SUFFIX = ".check-at-start"  # beside the library: damage was found after a start


def check_mark(path: Path) -> Path:
    """The file that makes the next start check ``path`` before opening it."""
    return path.with_name(path.name + CHECK_MARK_SUFFIX)


@dataclass(frozen=True)
class Damage:
    """A damaged library kept aside: the problem, where the file went, the best backup."""

    problem: str
    aside: Path
    good_backup: backup.BackupInfo | None


class Safekeeping:
    """The lock, the damage check, the crash report and the backups of one library."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self.lock = LibraryLock(self.path)
        self.library: Library | None = None
        self.crash: recovery.CrashReport | None = None
        self._wal_bytes = 0

    # ------------------------------------------------------------ before opening

    def take(self, wait: float = 0.0) -> None:
        """Take the one-writer lock, waiting up to ``wait`` seconds; ``LibraryBusyError`` if held."""
        self.lock.acquire(wait=wait)

    def check(self, *, defer_if_clean: bool = False) -> str | None:
        """The first problem SQLite finds in the file, or None when it is sound (or absent).

        ``defer_if_clean``: check only if ``must_check_now()``; otherwise return None
        at once (the caller then runs ``check_in_background()`` once it is started).
        """
        self._wal_bytes = recovery.pending_wal_bytes(self.path)
        if defer_if_clean and not self.must_check_now():
            return None
        problems = recovery.quick_check(self.path)
        if not problems:
            check_mark(self.path).unlink(missing_ok=True)
        return problems[0] if problems else None

    def must_check_now(self) -> bool:
        """Whether damage is likely: the last run did not close, or a late check found some."""
        return bool(self.lock.took_over) or self._wal_bytes > 0 or check_mark(self.path).exists()

    def check_in_background(self) -> Future[str | None]:
        """Run the quick check on a worker thread, with its own read-only connection.

        The future's result is the first problem, or None. A problem also writes the
        check mark, so the next start checks before opening and keeps the file aside.
        """
        done: Future[str | None] = Future()

        def work() -> None:
            try:
                problems = recovery.quick_check(self.path)
                if problems:
                    log.error("The library %s is damaged: %s", self.path, problems[0])
                    check_mark(self.path).write_text(problems[0] + "\n", encoding="utf-8")
                done.set_result(problems[0] if problems else None)
            except Exception as exc:  # noqa: BLE001 - reported through the future
                done.set_exception(exc)

        threading.Thread(target=work, name="library-check", daemon=True).start()
        return done

    def keep_damaged_aside(self, problem: str) -> Damage:
        """Move the damaged file out of the way (nothing is deleted); name the newest good backup."""
        aside = recovery.set_aside(self.path)
        check_mark(self.path).unlink(missing_ok=True)
        return Damage(problem, aside, backup.newest_good_backup(self.path))

    def restore(self, backup_path: Path) -> None:
        """Put a backup in place of the (closed) library."""
        backup.restore_backup(backup_path, self.path)

    # ------------------------------------------------------------ once open

    def opened(self, library: Library) -> recovery.CrashReport | None:
        """Note the open library; the crash report of the previous run, if it did not close."""
        self.library = library
        self.crash = recovery.after_crash(library.connection, self.lock.took_over, self._wal_bytes)
        return self.crash

    def backups(self) -> list[backup.BackupInfo]:
        """The library's backups, newest first."""
        return backup.list_backups(self.path)

    def backup_folder(self) -> Path:
        return backup.backup_dir(self.path)

    def restore_into(self, backup_path: Path) -> None:
        """Replace the open library's content by a backup's (a safety copy is made first)."""
        if self.library is None:
            raise HubDeskError("library.missing", path=self.path)
        backup.restore_into(self.library, backup_path)

    # ------------------------------------------------------------ closing

    def close(self) -> None:
        """Thin the history, back up if due, close the library, release the lock."""
        library, self.library = self.library, None
        if library is not None and not library.closed:
            try:
                history.thin(library)
                backup.backup_if_due(library.connection, library.path)
            except HubDeskError as exc:
                log.error("Backup on close failed: %s", exc)
            library.close()
        self.lock.release()
