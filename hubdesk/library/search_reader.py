"""Full-text search on a read-only connection of its own, for a worker thread.

The library panel searches while the user types; running that on the UI thread's
connection would freeze the window on a slow query. ``SearchReader`` opens the
library file read-only (it can never change it) and runs the same ranked search as
``Library.search``; each reader belongs to the thread that uses it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from hubdesk.library.article_rows import db_time
from hubdesk.library.search_query import to_fts_query
from hubdesk.model.article import SearchHit, Status

log = logging.getLogger(__name__)

SEARCH_SQL = (
    "SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 16), f.rank,"
    " a.status, a.updated, a.word_count, a.language"
    " FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
    " WHERE articles_fts MATCH ? AND a.deleted IS NULL"
    " ORDER BY f.rank LIMIT ?"
)


def search_hits(
    con: sqlite3.Connection, query: str, *, limit: int = 50, typing: bool = False
) -> list[SearchHit]:
    """Ranked hits for what the user typed; no hits (and a log line) if SQLite fails."""
    fts = to_fts_query(query, prefix_last=typing)
    if not fts:
        return []
    try:
        rows = con.execute(SEARCH_SQL, (fts, limit)).fetchall()
    except sqlite3.Error as exc:
        log.warning("Search %r (%s) failed: %s", query, fts, exc)
        return []
    return [SearchHit(id=r[0], title=r[1], snippet=r[2], rank=r[3], status=_status(r[4]),
                      updated=_time(r[5]), word_count=r[6] or 0, language=r[7] or "") for r in rows]


def _status(value: object) -> Status | None:
    """The row's status, or None for a value HubDesk never writes (the list shows none)."""
    try:
        return Status(str(value))
    except ValueError:
        return None


def _time(value: object) -> datetime | None:
    try:
        return db_time(str(value))
    except ValueError:
        return None


class SearchReader:
    """A read-only connection to one library file, used for searching only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._con: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._con = sqlite3.connect(uri, uri=True, isolation_level=None,
                                        check_same_thread=False)
            self._con.execute("PRAGMA busy_timeout = 2000")
        return self._con

    def search(self, query: str, *, limit: int = 50, typing: bool = False) -> list[SearchHit]:
        try:
            con = self._connection()
        except sqlite3.Error as exc:
            log.warning("Cannot open %s to search: %s", self.path, exc)
            return []
        return search_hits(con, query, limit=limit, typing=typing)

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
