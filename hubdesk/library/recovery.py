"""What happens at start after a crash or with a damaged library.

``quick_check`` tells whether the library file is sound without changing it;
``refuse_if_damaged`` turns a failure into one clear error (what the command line
shows). ``set_aside`` keeps a damaged file under another name so that the newest
good backup can take its place. ``after_crash`` describes what the start found when
the previous HubDesk did not close the library (its lock was stale).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hubdesk.errors import DamagedLibraryError

log = logging.getLogger(__name__)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace: with no write-ahead log beside the
    file, it is opened as immutable (SQLite would otherwise create empty ``-wal`` and
    ``-shm`` files); with one, the log is read too."""
    uri = path.resolve().as_uri()
    if path.with_name(path.name + "-wal").exists():
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _stamp(path: Path) -> tuple[int, int, int, bool]:
    st = path.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns, path.with_name(path.name + "-wal").exists()


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection for commands that only read (``list``, ``show``, ``search``).

    Trace-free (see ``connect_read_only``) when no one writes the library, but the
    trace-free read takes no lock: a writer checkpointing into the file while it reads
    would show it half-written. So when a writer holds the library's lock, or has left a
    write-ahead log, or starts while the connection is being made, the read takes
    SQLite's locks instead (waiting up to 5 s for a writer to finish its transaction).
    """
    from hubdesk.library.lock import is_locked

    locking = f"{path.resolve().as_uri()}?mode=ro"
    if is_locked(path):
        return sqlite3.connect(locking, uri=True, timeout=5)
    before = _stamp(path)
    con = connect_read_only(path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        con.close()
        raise
    if before[3] or _stamp(path) != before or is_locked(path):
        con.close()
        return sqlite3.connect(locking, uri=True, timeout=5)
    return con


def quick_check(path: str | Path) -> list[str]:
    """Problems SQLite's quick check finds in the file (empty if sound, absent or empty).

    The file is opened read-only; nothing is changed.
    """
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return []
    except OSError as exc:
        return [f"cannot read the file: {exc.strerror or exc}"]
    try:
        con = connect_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def refuse_if_damaged(path: str | Path) -> None:
    """Raise ``DamagedLibraryError`` (one line, naming the file) if the library fails its check."""
    problems = quick_check(path)
    if problems:
        raise DamagedLibraryError("library.damaged_cli", path=path, problem=problems[0])


def move_aside(path: str | Path, label: str, now: datetime | None = None) -> Path:
    """Move a library and its ``-wal``/``-shm`` files to ``<name>.<label>-<time>``; return that path.

    The one way HubDesk keeps a library it must not use any more (damaged, or about to
    be replaced by a backup): nothing is deleted, and the WAL files travel with it so
    the kept copy stays readable.
    """
    path = Path(path)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{label}-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def set_aside(path: str | Path, now: datetime | None = None) -> Path:
    """Move a damaged library (and its WAL files) to ``<name>.damaged-<time>``; return that path."""
    aside = move_aside(path, "damaged", now)
    log.warning("Damaged library %s kept aside as %s", path, aside)
    return aside


def pending_wal_bytes(path: str | Path) -> int:
    """Size of the write-ahead log left beside a library (saves not yet folded into it)."""
    wal = Path(path).with_name(Path(path).name + "-wal")
    try:
        return wal.stat().st_size
    except OSError:
        return 0


@dataclass(frozen=True)
class CrashReport:
    """What the start found after HubDesk was not closed properly."""

    previous_pid: object
    last_saved: datetime | None
    last_article: str  # title of the article saved last ('' if none)
    wal_bytes: int  # saves that were waiting in the write-ahead log, now recovered


def after_crash(
    connection: sqlite3.Connection, previous_owner: dict[str, object], wal_bytes: int
) -> CrashReport | None:
    """Describe the recovery when the previous owner left its lock behind (else None;
    None too when it had saved everything, closing or not: it lost nothing)."""
    if not previous_owner:
        return None
    if previous_owner.get("closing") is True or previous_owner.get("saved") is True:
        log.info("The previous run (process %s) ended with everything saved",
                 previous_owner.get("pid"))
        return None
    row = None
    try:
        row = connection.execute(
            "SELECT r.saved, a.title FROM revisions r JOIN articles a ON a.id = r.article_id"
            " ORDER BY r.id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.Error as exc:
        log.warning("Cannot read the last change: %s", exc)
    return CrashReport(
        previous_pid=previous_owner.get("pid"),
        last_saved=datetime.fromisoformat(row[0]) if row else None,
        last_article=row[1] if row else "",
        wal_bytes=wal_bytes,
    )
