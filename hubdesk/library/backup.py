"""Backups of the library with SQLite's online backup API, rotated and verified.

Backups go to a ``backups`` folder beside the library, one file each, named
``<library file name>-YYYYMMDD-HHMMSS[-reason].hubdesk`` (``work.db`` and
``work.hubdesk`` in one folder have separate backups). A backup also carries the
library id recorded inside the library, and a backup is restored only into the
library it was taken from. A backup is written to a
temporary name, checked (integrity check, HubDesk application id) and only then
renamed, so a file under a final name is always a complete, sound copy. Rotation
keeps the newest backup of each of the last 7 days, of each of the last 5 weeks and
of each of the last 12 months, and runs only once the newest backup has passed the
check. Backups taken for a reason (before a migration, before a restore) are kept.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.errors import LibraryError
from hubdesk.files import atomic_write
from hubdesk.library.check import search_index_problems
from hubdesk.library.recovery import connect_read_only, move_aside
from hubdesk.library.schema import APPLICATION_ID, LIBRARY_ID_KEY, SCHEMA_VERSION

if TYPE_CHECKING:
    from hubdesk.library.store import Library

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
DAILY, WEEKLY, MONTHLY = 7, 5, 12
_NAME_RE = re.compile(r"^(?P<name>.+)-(?P<ts>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9-]+))?\.hubdesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str  # '' for the regular (rotated) backups
    size: int
    legacy: bool = False  # named by the library's stem only (HubDesk before library ids)


def backup_dir(library_path: Path) -> Path:
    return Path(library_path).parent / BACKUP_DIR


def list_backups(library_path: str | Path) -> list[BackupInfo]:
    """The backups of a library, newest first."""
    library_path = Path(library_path)
    folder = backup_dir(library_path)
    if not folder.is_dir():
        return []
    found = []
    legacy_ok = _stem_is_unique(library_path)
    for p in folder.iterdir():
        m = _NAME_RE.match(p.name)
        if not m:
            continue
        legacy = m.group("name") == library_path.stem and legacy_ok
        if m.group("name") != library_path.name and not legacy:
            continue
        try:
            created = datetime.strptime(m.group("ts"), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            size = p.stat().st_size
        except (OSError, ValueError):
            continue
        found.append(BackupInfo(p, created, m.group("reason") or "", size, legacy))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _stem_is_unique(library_path: Path) -> bool:
    """Whether no other SQLite file beside the library has its stem (``work.db`` beside
    ``work.hubdesk``): only then can older backups, named by stem, be told apart."""
    try:
        siblings = [
            p for p in library_path.parent.glob(f"{glob.escape(library_path.stem)}.*")
            if p.name != library_path.name and p.suffix not in ("", ".lock")
            and "-" not in p.suffix and p.is_file()
        ]
    except OSError:
        return False
    for p in siblings:
        try:
            with p.open("rb") as fh:
                if fh.read(16) == b"SQLite format 3\x00":
                    return False
        except OSError:
            continue
    return True


def library_id_of(path: str | Path) -> str:
    """The library id recorded inside a library or backup file ('' when it has none or
    cannot be read). The file is opened read-only."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return ""
        con = connect_read_only(path)
    except (OSError, sqlite3.Error):
        return ""
    try:
        row = con.execute("SELECT value FROM settings WHERE key=?", (LIBRARY_ID_KEY,)).fetchone()
    except sqlite3.Error:
        return ""
    finally:
        con.close()
    return str(row[0]) if row and row[0] else ""


def _named_after(backup: Path, library_path: Path) -> bool:
    m = _NAME_RE.match(backup.name)
    return m is not None and m.group("name") in (library_path.name, library_path.stem)


def foreign_backup_problem(backup: str | Path, library_path: str | Path, library_id: str) -> str:
    """Why ``backup`` is not a backup of this library ('' when it is).

    Both carry a library id: they must be equal. A backup from before library ids (or a
    library whose id cannot be read) must at least be named after the library.
    """
    backup, library_path = Path(backup), Path(library_path)
    backup_id = library_id_of(backup)
    if backup_id and library_id:
        if backup_id == library_id:
            return ""
        return (
            f"{backup} is a backup of another library, not of {library_path.name}; "
            "nothing was changed."
        )
    if _named_after(backup, library_path):
        return ""
    return (
        f"{backup} cannot be shown to be a backup of {library_path.name} (it has no library id "
        "and is not named after it); nothing was changed."
    )


def check_file(path: str | Path, *, own: bool = False) -> list[str]:
    """Problems with a library or backup file (empty when it is a sound HubDesk library):
    SQLite's integrity check, then FTS5's check of the full-text index.

    The file is opened read-only and nothing is changed, unless it is ``own`` (a copy
    being written, not yet under its final name), which is checked in place.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist."]
    try:
        con = sqlite3.connect(path) if own else connect_read_only(path)
    except sqlite3.Error as exc:
        return [f"{path} cannot be opened: {exc}."]
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows == ["ok"] and app_id == APPLICATION_ID and 0 < version <= SCHEMA_VERSION:
            rows = [f"{path}: {p}" for p in search_index_problems(con, writable=own)] or rows
    except sqlite3.DatabaseError as exc:
        return [f"{path} is damaged: {exc}."]
    finally:
        con.close()
    problems = [] if rows == ["ok"] else rows
    if app_id != APPLICATION_ID:
        problems.append(f"{path} is not a HubDesk library.")
    elif version > SCHEMA_VERSION:
        problems.append(f"{path} was written by a newer HubDesk (library version {version}).")
    return problems


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database into ``target`` with the online backup API, then check it.

    The copy is written beside ``target`` and moved into place once it is sound
    (``hubdesk.files.atomic_write``).
    """

    def write(tmp: Path) -> None:
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise LibraryError("backup.write_failed", path=target, reason=exc) from exc
        problems = check_file(tmp, own=True)
        if problems:
            raise LibraryError("backup.check_failed", path=target, problem=problems[0])

    atomic_write(target, write, error=LibraryError)


def create_backup(
    connection: sqlite3.Connection, library_path: str | Path, *, reason: str = "",
    now: datetime | None = None,
) -> Path:
    """Back the open library up now and return the backup's path."""
    library_path = Path(library_path)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backup_dir(library_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError("backup.cannot_create_folder", folder=folder, reason=exc.strerror) from exc
    name = f"{library_path.name}-{now:%Y%m%d-%H%M%S}"
    if reason:
        name += f"-{reason}"
    target = folder / f"{name}.hubdesk"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{name}-{n}.hubdesk"
    copy_database(connection, target)
    log.info("Backed up %s to %s", library_path, target)
    return target


def rotate(library_path: str | Path, now: datetime | None = None) -> list[Path]:
    """Delete regular backups no longer needed, once the newest one passes its check.

    Returns the deleted files. Nothing is deleted if the newest backup is unsound.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    # Older backups named by stem only are never deleted: they might be another library's.
    regular = [b for b in list_backups(library_path) if not b.reason and not b.legacy]
    if len(regular) < 2:
        return []
    if check_file(regular[0].path):
        log.error("The newest backup %s failed its check; older ones are kept", regular[0].path)
        return []
    keep = {regular[0].path}
    seen: set[tuple[str, object]] = set()
    for b in regular:  # newest first: the first in each period wins
        age = now - b.created
        iso = b.created.isocalendar()
        periods: list[tuple[str, object]] = []
        if age < timedelta(days=DAILY):
            periods.append(("d", b.created.date()))
        if age < timedelta(weeks=WEEKLY):
            periods.append(("w", (iso.year, iso.week)))
        months_ago = (now.year - b.created.year) * 12 + now.month - b.created.month
        if months_ago < MONTHLY:
            periods.append(("m", (b.created.year, b.created.month)))
        for period in periods:
            if period not in seen:
                seen.add(period)
                keep.add(b.path)
    deleted = []
    for b in regular:
        if b.path not in keep:
            try:
                b.path.unlink()
                deleted.append(b.path)
            except OSError as exc:
                log.warning("Cannot delete the old backup %s: %s", b.path, exc)
    return deleted


def backup_due(library_path: str | Path, now: datetime | None = None) -> bool:
    """Whether a day has passed since the newest regular backup (or there is none)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    regular = [b for b in list_backups(library_path) if not b.reason]
    return not regular or now - regular[0].created >= timedelta(days=1)


def backup_if_due(
    connection: sqlite3.Connection, library_path: str | Path, now: datetime | None = None
) -> Path | None:
    """The close-time backup: at most one a day, then rotation. Returns the new backup."""
    if not backup_due(library_path, now):
        return None
    path = create_backup(connection, library_path, now=now)
    rotate(library_path, now)
    return path


def newest_good_backup(library_path: str | Path) -> BackupInfo | None:
    """The newest backup of this library that passes its check, or None."""
    library_id = library_id_of(library_path)
    for b in list_backups(library_path):
        if not check_file(b.path) and not foreign_backup_problem(b.path, library_path, library_id):
            return b
    return None


def _keep_library_id(path: Path, library_id: str) -> None:
    """Give a restored copy of an older backup (which has no id) the library's id."""
    if not library_id or library_id_of(path):
        return
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (LIBRARY_ID_KEY, library_id),
            )
    finally:
        con.close()


def restore_backup(backup: str | Path, library_path: str | Path) -> Path | None:
    """Replace the library by a backup. The library must not be open.

    The backup is checked first and copied beside the library; only then is the
    current library (with its WAL files) moved aside as ``<name>.replaced-<time>``,
    whose path is returned (None if there was no library), and the copy renamed into
    place. If anything fails before that point, the library is untouched.
    """
    backup, library_path = Path(backup), Path(library_path)
    problems = check_file(backup)
    if problems:
        raise LibraryError("backup.bad_source", path=backup, problem=problems[0])
    foreign = foreign_backup_problem(backup, library_path, library_id_of(library_path))
    if foreign:
        raise LibraryError("backup.foreign", problem=foreign)
    staged = library_path.with_name(library_path.name + ".restoring")
    staged.unlink(missing_ok=True)
    try:
        src = connect_read_only(backup)
        try:
            copy_database(src, staged)
        finally:
            src.close()
        _keep_library_id(staged, library_id_of(library_path))
        aside = None
        if library_path.exists():
            aside = move_aside(library_path, "replaced")
        os.replace(staged, library_path)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError("backup.restore_failed", library=library_path, path=backup, reason=exc) from exc
    finally:
        staged.unlink(missing_ok=True)
    log.info("Restored %s from %s", library_path, backup)
    return aside


def restore_into(library: Library, backup: str | Path) -> Path:
    """Replace the content of an open library by a backup, in place, and return the
    safety backup of what it held before (reason ``before-restore``).

    The backup is checked first; the copy itself is one SQLite backup operation, so
    the library holds either its old content or the backup's, never a mix. A backup
    from an older HubDesk is migrated straight after.
    """
    backup = Path(backup)
    problems = check_file(backup)
    if problems:
        raise LibraryError("backup.bad_source", path=backup, problem=problems[0])
    foreign = foreign_backup_problem(backup, library.path, library.library_id)
    if foreign:
        raise LibraryError("backup.foreign", problem=foreign)
    previous_id = library.library_id
    safety = create_backup(library.connection, library.path, reason="before-restore")
    src = connect_read_only(backup)
    try:
        src.backup(library.connection)
    except sqlite3.Error as exc:
        raise LibraryError("backup.restore_failed", library=library.path, path=backup, reason=exc) from exc
    finally:
        src.close()
    version = library.schema_version
    if version < SCHEMA_VERSION:
        library._migrate(version)
    if previous_id and library.library_id != previous_id:
        library.set_setting(LIBRARY_ID_KEY, previous_id)  # an older backup had no id
    log.info("Restored %s in place from %s", library.path, backup)
    return safety
