"""Opening a library: the file checked, the connection configured, the schema migrated.

``Library.open`` and ``Library.open_read_only`` (hubdesk/library/store.py) call these.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.errors import DamagedLibraryError, LibraryBusyError, LibraryError
from hubdesk.library.files import inspect_file, refuse_read_only
from hubdesk.library.recovery import connect_for_reading
from hubdesk.library.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from hubdesk.library.store import Library

log = logging.getLogger(__name__)


def open_library(cls: type[Library], path: str | Path, *, create: bool = True) -> Library:
    """Open (or create) the library at ``path``: checked, configured, migrated.

    SQLite answers "busy" at once, without waiting, when two connections race to take
    the same lock (several processes creating one library together): such an answer is
    tried again a few times, the file read afresh each time. A lock held for longer
    (another HubDesk writing) is still refused after the busy timeout.
    """
    path = Path(path).expanduser()
    for attempt in range(1, RACE_ATTEMPTS + 1):
        started = time.monotonic()
        try:
            return _open_once(cls, path, create)
        except LibraryBusyError:
            if attempt == RACE_ATTEMPTS or time.monotonic() - started > RACE_ANSWER_S:
                raise
            log.info("%s was busy at once (attempt %d); trying again", path, attempt)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


RACE_ATTEMPTS = 5
RACE_ANSWER_S = 1.0  # a "busy" faster than this did not wait for the busy timeout


def _open_once(cls: type[Library], path: Path, create: bool) -> Library:
    """One attempt of ``open_library``."""
    version = inspect_file(path)
    if version == 0 and not create and not path.exists():
        raise LibraryError("library.missing", path=path)
    refuse_read_only(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                "library.cannot_create_folder", folder=path.parent, reason=exc.strerror or exc
            ) from exc
    try:
        con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise LibraryError("library.cannot_open", path=path, reason=exc) from exc
    lib = cls(path, con)
    try:
        lib._configure()
        lib._migrate(version)
    except sqlite3.OperationalError as exc:
        con.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryBusyError("library.in_use", path=path) from exc
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise LibraryError("library.read_only", path=path) from exc
        raise LibraryError("library.cannot_open", path=path, reason=exc) from exc
    except sqlite3.DatabaseError as exc:
        con.close()
        raise DamagedLibraryError("library.damaged", path=path, problem=exc) from exc
    except BaseException:
        con.close()
        raise
    return lib


def open_read_only(cls: type[Library], path: str | Path) -> Library:
    """Open an existing library only to read it: nothing is created or written (no
    folder, no empty library, no write-ahead files), so it works in a read-only
    folder too. Any attempt to write raises ``LibraryError``."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise LibraryError("library.missing_nothing_created", path=path)
    if inspect_file(path) == 0:
        raise LibraryError("library.empty", path=path)
    try:
        con = connect_for_reading(path)
        con.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise LibraryError("library.cannot_open", path=path, reason=exc) from exc
    lib = cls(path, con)
    lib.read_only = True
    return lib


def configure(c: sqlite3.Connection) -> None:
    """The pragmas every writing connection to a library uses."""
    c.execute("PRAGMA busy_timeout = 5000")
    c.execute("PRAGMA foreign_keys = ON")
    mode = c.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        c.execute("PRAGMA journal_mode = WAL")
    c.execute("PRAGMA synchronous = FULL")


def migrate(library: Library, version: int) -> None:
    """Bring the library from ``version`` to the current schema, in one transaction
    (after a backup of the old version)."""
    if 0 < version < SCHEMA_VERSION:
        from hubdesk.library.backup import create_backup

        create_backup(library.connection, library.path, reason=f"before-v{SCHEMA_VERSION}")
    if version >= SCHEMA_VERSION:
        return
    # Every step in one transaction: a kill or a power cut leaves the old version or
    # the new one, never a library halfway between.
    with library.transaction() as c:
        # Another process may have created or migrated the file since it was
        # inspected (several HubDesks starting on a new library at once): the
        # version is read again under the write lock.
        found = c.execute("PRAGMA user_version").fetchone()[0]
        for target in range(found + 1, SCHEMA_VERSION + 1):
            log.info("Migrating %s to library version %d", library.path, target)
            MIGRATIONS[target](c)
        if found < SCHEMA_VERSION:
            c.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
            c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
