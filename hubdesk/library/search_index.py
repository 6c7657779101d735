"""The full-text index (FTS5): its own integrity check, and a rebuild from the articles.

SQLite's ``integrity_check`` does not look inside an FTS5 index, so a damaged index
passes it and then breaks every search. ``search_index_problems`` runs FTS5's check;
``rebuild`` drops the index (even one FTS5 can no longer open) and indexes every
article again, in one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from hubdesk.library import article_rows
from hubdesk.library.schema import FTS_RANK, FTS_TABLE_SQL

if TYPE_CHECKING:
    from hubdesk.library.store import Library

log = logging.getLogger(__name__)


def search_index_problems(con: sqlite3.Connection, *, writable: bool = False) -> list[str]:
    """What FTS5's own integrity check finds in the full-text index (empty when sound).

    SQLite's ``integrity_check`` does not look inside the index, and FTS5's check is
    an INSERT, which a read-only connection refuses: unless ``writable``, the check
    runs on a copy in memory, so the file is not changed (not even opened for writing).
    """
    target = con
    if not writable:
        target = sqlite3.connect(":memory:")
        try:
            con.backup(target)
        except sqlite3.Error as exc:
            target.close()
            return [f"the search index cannot be read ({exc})"]
    try:
        if not target.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles_fts'"
        ).fetchone():
            return ["the search index is missing"]
        target.execute(
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
        )
    except sqlite3.Error as exc:
        return [f"the search index is damaged ({exc})"]
    finally:
        if target is not con:
            target.close()
    return []


def rebuild(library: Library) -> int:
    """Build the full-text index again from the articles; returns the articles indexed."""
    with library.writing() as c:
        row = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles_fts'"
        ).fetchone()
        if row:
            _drop(c)
        c.execute(FTS_TABLE_SQL)
        c.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', ?)", (FTS_RANK,))
        ids = [r[0] for r in c.execute("SELECT id FROM articles ORDER BY rowid")]
        for article_id in ids:
            article_rows.index_article(c, article_rows.read_article(c, article_id))
    log.info("Rebuilt the search index of %s (%d articles)", library.path, len(ids))
    return len(ids)


def _drop(c: sqlite3.Connection) -> None:
    """Drop the full-text index, even one too damaged for FTS5 to open.

    Then its shadow tables are dropped one by one and its entry removed from the
    schema by hand (the schema version is raised so that SQLite reads it again).
    Runs inside the caller's transaction: the library keeps its old index on failure.
    """
    c.execute("SAVEPOINT drop_index")
    try:
        c.execute("DROP TABLE articles_fts")
    except sqlite3.DatabaseError as exc:
        c.execute("ROLLBACK TO drop_index")
        log.warning("The search index cannot be opened (%s); dropping its tables", exc)
        for part in ("data", "idx", "content", "docsize", "config"):
            c.execute(f"DROP TABLE IF EXISTS articles_fts_{part}")
        version = c.execute("PRAGMA schema_version").fetchone()[0]
        c.execute("PRAGMA writable_schema = ON")
        try:
            c.execute("DELETE FROM sqlite_master WHERE type='table' AND name='articles_fts'")
        finally:
            c.execute("PRAGMA writable_schema = OFF")
        c.execute(f"PRAGMA schema_version = {int(version) + 1}")
    c.execute("RELEASE drop_index")
