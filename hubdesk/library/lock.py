"""One writer per library: a lock file beside it, held with an operating-system lock.

The lock file (``<library>.lock``) holds the pid and host of the process writing the
library. The OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) is what
counts: the system drops it when the process dies, however it dies, so a lock file
left behind by a killed HubDesk is simply taken over. The pid in the file is only
there to name the owner in messages.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
import time
from pathlib import Path

from hubdesk.errors import LibraryBusyError, LibraryError

log = logging.getLogger(__name__)

CLI_WAIT = 3.0  # seconds the command line waits for the app to release the library

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock a byte past the owner record so that others can still read who holds it.
    _WIN_LOCK_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(library_path: Path) -> Path:
    return library_path.with_name(library_path.name + ".lock")


def read_owner(library_path: Path) -> dict[str, object]:
    """What the lock file says about its owner (pid, host, since), or an empty dict."""
    try:
        text = lock_path(library_path).read_text(encoding="utf-8")
        data = json.loads(text)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class LibraryLock:
    """The right to write one library. ``acquire`` it, ``release`` it when done."""

    def __init__(self, library_path: str | Path) -> None:
        self.library_path = Path(library_path).expanduser().resolve()
        self.path = lock_path(self.library_path)
        self._fd: int | None = None
        self.took_over: dict[str, object] = {}  # the previous owner, if its lock was stale

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait: float = 0.0) -> LibraryLock:
        """Take the lock, retrying for up to ``wait`` seconds.

        Raises ``LibraryBusyError`` naming the other process if it still holds it.
        """
        if self._fd is not None:
            return self
        created = not self.path.exists()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise _lock_error(self.path, exc) from exc
        deadline = time.monotonic() + max(0.0, wait)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                owner = read_owner(self.library_path)
                pid = owner.get("pid", "unknown")
                host = owner.get("host")
                if host and host != socket.gethostname():
                    raise LibraryBusyError(
                        "library.in_use_by_host", path=self.library_path, pid=pid, host=host
                    )
                raise LibraryBusyError("library.in_use_by", path=self.library_path, pid=pid)
            time.sleep(0.05)
        previous = read_owner(self.library_path)
        if previous and previous.get("pid") != os.getpid():
            self.took_over = previous
            log.warning(
                "Took over the lock of %s left by process %s", self.library_path,
                previous.get("pid"),
            )
        info = json.dumps(
            {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        ).encode("utf-8")
        old = b""
        try:
            old = os.pread(fd, 64 * 1024, 0)
            _write_all(fd, info)
        except OSError as exc:
            # A full disk: the old record is put back (it fits where it was: rewriting
            # blocks the file already has needs no room), and the lock is given up.
            try:
                _write_all(fd, old)
            except OSError as again:
                log.error("Cannot restore the lock file %s: %s", self.path, again)
            _unlock(fd)
            os.close(fd)
            if created:
                self.path.unlink(missing_ok=True)
            raise _lock_error(self.path, exc) from exc
        self._fd = fd
        return self

    def mark_closing(self, closing: bool = True) -> None:
        """Say in the owner record that this process has saved everything and is ending
        (``closing``), or no longer is. A process that dies after this (its display gone
        while it closes its window) lost nothing: the next start reports no crash."""
        self._mark("closing", closing, sync=True)

    def mark_saved(self, saved: bool = True) -> None:
        """Say in the owner record whether everything this process holds is written
        (nothing typed since the last save). Said before the edit that ends it returns
        to the event loop, so a record that says so is never behind; not flushed to the
        disk each time (only the process's own death is at stake, not the system's)."""
        self._mark("saved", saved, sync=False)

    def _mark(self, key: str, on: bool, *, sync: bool) -> None:
        if self._fd is None:
            return
        record = read_owner(self.library_path)
        if record.get(key, False) is on:
            return
        record.pop(key, None)
        if on:
            record[key] = True
        try:
            _write_all(self._fd, json.dumps(record).encode("utf-8"), sync=sync)
        except OSError as exc:  # a full disk: the record says what it said before
            log.warning("Cannot mark the lock %s (%s): %s", self.path, key, exc)

    def release(self) -> None:
        """Give the lock up and empty the owner record (the file itself stays)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> LibraryLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_all(fd: int, data: bytes, *, sync: bool = True) -> None:
    """Replace the file's content by ``data`` and flush it to the disk.

    The file is written over from the start and cut after ``data`` only then, so a
    write that fails for want of room has not emptied the file first.
    """
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.ftruncate(fd, len(data))
    if sync:
        os.fsync(fd)


def _lock_error(path: Path, exc: OSError) -> LibraryError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return LibraryError("library.lock_disk_full", folder=path.parent)
    return LibraryError("library.lock_file", path=path, reason=exc.strerror or exc)


def is_locked(library_path: str | Path) -> bool:
    """Whether another process holds the library's lock right now (nothing is changed)."""
    path = lock_path(Path(library_path).expanduser().resolve())
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)
