"""Writing a file completely or not at all: the one atomic-write helper of HubDesk.

Every writer of user files (exports, archives, library backups) goes through
:func:`atomic_write`: the new content is written to a temporary file in the same
folder, flushed to disk, moved over the target with ``os.replace`` and the folder
itself is flushed, so a crash or a power cut leaves the old file or the new one,
never half of either. Failures raise a :class:`~hubdesk.errors.HubDeskError`
subclass chosen by the caller, with a code a person's language can word.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from hubdesk.errors import ExportError, HubDeskError

log = logging.getLogger(__name__)


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import (on the main thread): the umask can only be read by setting it.
_UMASK = _read_umask()


def check_folder(folder: Path, error: type[HubDeskError] = ExportError) -> None:
    """Raise ``error`` if ``folder`` is missing, not a folder or not writable."""
    if not folder.exists():
        raise error("folder.missing", folder=folder)
    if not folder.is_dir():
        raise error("folder.not_folder", folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise error("folder.not_writable", folder=folder)


def write_error(exc: OSError, path: Path, error: type[HubDeskError] = ExportError) -> HubDeskError:
    """The error to raise for ``exc`` while writing ``path``, with a code a person understands."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return error("write.disk_full", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return error("write.read_only", path=path, folder=path.parent)
    if exc.errno == errno.ENOENT:
        return error("write.no_folder", folder=path.parent)
    if exc.errno == errno.ENAMETOOLONG:
        return error("write.name_too_long", path=path)
    return error("write.failed", path=path, reason=exc.strerror or exc)


def atomic_write(
    path: Path,
    write: Callable[[Path], None],
    *,
    error: type[HubDeskError] = ExportError,
    prefix: str | None = None,
) -> Path:
    """Run ``write(tmp)`` on a temporary file beside ``path``, then put it in place.

    The temporary file is flushed to disk before it replaces ``path`` and the folder
    is flushed after; if anything fails (or ``write`` raises), the temporary file is
    removed and ``path`` keeps its old content. OS failures raise ``error``.
    """
    path = Path(path)

    def refuse_special() -> None:
        # A FIFO, a device (-o /dev/null as root), a socket: replacing it with a file
        # would break what uses it. Only a regular file (or nothing) may be replaced.
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise write_error(exc, path, error) from exc
        if stat.S_ISDIR(st.st_mode):
            raise error("write.is_folder", path=path)
        if not stat.S_ISREG(st.st_mode):
            raise error("write.special_file", path=path)

    refuse_special()
    check_folder(path.parent, error)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=prefix or f".{path.name[:60]}.", suffix=".part", dir=path.parent
        )
    except OSError as exc:
        raise write_error(exc, path, error) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if path.exists():
            mode = path.stat().st_mode & 0o777
        else:
            mode = 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        refuse_special()  # again: it may have appeared while the file was written
        try:
            os.replace(tmp, path)
        except PermissionError as exc:  # Windows: the old file is open in another program
            raise error("write.in_use", path=path) from exc
    except OSError as exc:
        discard(tmp)
        raise write_error(exc, path, error) from exc
    except BaseException:
        discard(tmp)
        raise
    sync_folder(path.parent)
    log.info("Wrote %s", path)
    return path


def discard(tmp: Path) -> None:
    """Remove a temporary file if it is there."""
    try:
        tmp.unlink()
    except OSError:
        pass


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (a rename is durable only then); POSIX only."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
