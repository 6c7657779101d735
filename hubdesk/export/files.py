"""Safe file names from slugs, and writes that land completely or not at all."""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hubdesk.errors import ExportError

log = logging.getLogger(__name__)


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import (on the main thread): the umask can only be read by setting it.
_UMASK = _read_umask()

#: Longest stem we produce: leaves room for a "-NN" suffix and the extension within
#: the 255-byte name limit of common file systems, and keeps Windows paths short.
MAX_STEM = 100

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
}


def safe_stem(slug: str, max_length: int = MAX_STEM) -> str:
    """A file name stem from a slug, valid on Windows, macOS and Linux.

    Only ASCII letters, digits, ``-`` and ``_`` survive; no dots (so no ``..``),
    no separators, no reserved device names (``CON``, ``LPT1``…), never empty.
    """
    text = unicodedata.normalize("NFKD", slug or "").encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9_-]+", "-", text)
    text = re.sub(r"-{2,}", "-", text).strip("-_")
    if len(text) > max_length:
        text = text[:max_length].rstrip("-_")
    if not text:
        text = "article"
    if text.upper() in _WINDOWS_RESERVED or text.split("-")[0].upper() in _WINDOWS_RESERVED:
        text = f"article-{text}"[:max_length]
    return text


def safe_filename(slug: str, extension: str) -> str:
    """``safe_stem(slug)`` plus the extension (``".html"``)."""
    return safe_stem(slug) + extension


def target_inside(folder: Path, name: str) -> Path:
    """``folder / name``, checked to stay inside ``folder`` (defence in depth)."""
    root = folder.resolve()
    path = (root / name).resolve()
    if path.parent != root:
        raise ExportError(f"The file name {name!r} would leave the folder {folder}.")
    return path


def unique_names(stems: list[str], extension: str) -> list[str]:
    """File names for a batch: equal stems get ``-2``, ``-3``… (case-insensitively)."""
    seen: set[str] = set()
    out = []
    for stem in stems:
        name, n = stem, 1
        while name.lower() in seen:
            n += 1
            name = f"{stem}-{n}"
        seen.add(name.lower())
        out.append(name + extension)
    return out


def check_folder(folder: Path) -> None:
    """Raise a clear ``ExportError`` if ``folder`` is missing, not a folder or not writable."""
    if not folder.exists():
        raise ExportError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"The folder {folder} is not writable.")


def describe_os_error(exc: OSError, path: Path) -> str:
    """A sentence a person understands for an error while writing ``path``."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"The disk is full: {path} could not be written."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path} could not be written: the folder {path.parent} is not writable."
    if exc.errno == errno.ENOENT:
        return f"The folder {path.parent} does not exist."
    if exc.errno == errno.ENAMETOOLONG:
        return f"The path {path} is too long for this system."
    return f"{path} could not be written: {exc.strerror or exc}."


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write(tmp)`` on a temporary file beside ``path``, then put it in place.

    The temporary file is flushed to disk before it replaces ``path``; if anything
    fails, it is removed and ``path`` keeps its old content. Raises ``ExportError``.
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
            raise ExportError(describe_os_error(exc, path)) from exc
        if not stat.S_ISREG(st.st_mode):
            kind = "a folder" if stat.S_ISDIR(st.st_mode) else "a special file"
            raise ExportError(f"{path} is {kind}, not a regular file: nothing was written.")

    refuse_special()
    check_folder(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(describe_os_error(exc, path)) from exc
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
            raise ExportError(
                f"{path} could not be replaced: it is read-only or open in another program."
            ) from exc
    except OSError as exc:
        _discard(tmp)
        raise ExportError(describe_os_error(exc, path)) from exc
    except BaseException:
        _discard(tmp)
        raise
    _sync_folder(path.parent)
    log.info("Wrote %s", path)
    return path


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
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
