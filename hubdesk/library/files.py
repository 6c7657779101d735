"""The library file before SQLite opens it, and what its write errors mean.

``inspect_file`` tells a HubDesk library (or an absent or empty file) from anything
else without changing it; ``refuse_read_only`` stops a write before SQLite creates
its side files beside a read-only library; ``write_error`` turns an SQLite error
into one sentence (disk full, read-only, busy).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hubdesk.errors import LibraryError, NewerLibraryError, NotALibraryError
from hubdesk.library.recovery import connect_read_only
from hubdesk.library.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_file(path: Path) -> int:
    """Check that ``path`` is a HubDesk library (or absent/empty) without changing it.

    Returns the schema version found (0 for a new or empty file). Raises
    ``NotALibraryError`` or ``NewerLibraryError`` otherwise.
    """
    if not path.exists():
        return 0
    if path.is_dir():
        raise NotALibraryError("library.folder", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise LibraryError("library.unreadable", path=path, reason=exc.strerror or exc) from exc
    if not head:
        return 0
    if head != SQLITE_MAGIC:
        raise NotALibraryError("library.not_sqlite", path=path)
    try:
        app_id, version, tables = _header(connect_read_only(path))
        if app_id != APPLICATION_ID and tables:
            # The trace-free read does not lock: another HubDesk creating this library at
            # this moment can show it half-made. Ask again, waiting for its writer.
            app_id, version, tables = _header(_locking_read_only(path))
    except sqlite3.DatabaseError as exc:
        raise NotALibraryError("library.not_readable", path=path, reason=exc) from exc
    if app_id != APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return 0
        raise NotALibraryError("library.foreign", path=path)
    if version > SCHEMA_VERSION:
        raise NewerLibraryError("library.newer", path=path, version=version, supported=SCHEMA_VERSION)
    return version


def _header(con: sqlite3.Connection) -> tuple[int, int, int]:
    """(application id, schema version, number of schema objects); closes ``con``."""
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        con.close()
    return app_id, version, tables


def _locking_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def refuse_read_only(path: Path) -> None:
    """Refuse, before SQLite creates its side files, a library that cannot be written:
    a read-only file, or one in a folder where its write-ahead log cannot be made."""
    if not path.exists():
        return
    where = path if not os.access(path, os.W_OK) else None
    if where is None and not os.access(path.parent, os.W_OK):
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and os.access(wal, os.W_OK)):
            where = path.parent
    if where is not None:
        raise LibraryError("library.read_only", path=path)


def write_error(path: Path, exc: sqlite3.Error) -> LibraryError:
    """The one clear error for an SQLite failure while writing ``path``."""
    text = str(exc)
    if "full" in text:
        return LibraryError("library.save_disk_full", path=path)
    if "readonly" in text or "read-only" in text:
        return LibraryError("library.read_only", path=path)
    if "locked" in text or "busy" in text:
        return LibraryError("library.save_in_use", path=path)
    return LibraryError("library.save_failed", path=path, reason=text)
