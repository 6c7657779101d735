"""Saving an article on a worker thread, so that the window never waits for the disk.

The caller's thread does only what is cheap: it stamps the article, settles the ids
that the writer would otherwise change (duplicates, ids taken by another article),
and takes a snapshot (new lists, new section and credit objects; the strings are
shared, since they never change). One worker thread, with its own connection, then
writes the snapshot in one transaction, exactly as ``Library.save_article`` does. One
thread means saves are written one at a time, in the order they were asked for; the
process still holds the library's one-writer lock, and SQLite's own write lock keeps
the worker and the main connection from writing at the same moment.
"""

from __future__ import annotations

import copy
import logging
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from hubdesk.library import article_rows
from hubdesk.library.files import write_error
from hubdesk.model.article import Article, new_id, utc_now

log = logging.getLogger(__name__)


def snapshot(article: Article) -> Article:
    """A copy of the article that later edits of the original do not reach."""
    copied = copy.copy(article)
    copied.sections = [copy.copy(s) for s in article.sections]
    copied.credits = [copy.copy(cr) for cr in article.credits]
    copied.tags = list(article.tags)
    copied.disclosure = copy.copy(article.disclosure)
    return copied


def _taken(c: sqlite3.Connection, table: str, article_id: str, ids: list[str]) -> set[str]:
    """Which of ``ids`` belong to another article in ``table`` (sections or credits)."""
    taken: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        taken.update(
            r[0]
            for r in c.execute(
                f"SELECT id FROM {table} WHERE article_id != ? AND id IN ({marks})",  # noqa: S608
                (article_id, *chunk),
            )
        )
    return taken


def settle_ids(c: sqlite3.Connection, article: Article) -> None:
    """Give a new id to every section or credit whose id is repeated in the article or
    belongs to another article, as the writer would, but on the live article."""
    for items, table in ((article.sections, "sections"), (article.credits, "credits")):
        taken = _taken(c, table, article.id, [x.id for x in items])
        seen: set[str] = set()
        for item in items:
            if item.id in seen or item.id in taken:
                item.id = new_id()
            seen.add(item.id)


class BackgroundWriter:
    """One worker thread with its own connection to the library file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor: ThreadPoolExecutor | None = None
        self._local = threading.local()
        self._lock = threading.Lock()

    def submit(self, article: Article) -> Future[None]:
        """Write ``article`` (a snapshot nobody else changes) on the worker."""
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="hubdesk-save")
            return self._executor.submit(self._write, article)

    def _connection(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, isolation_level=None)
            con.execute("PRAGMA busy_timeout = 5000")
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("PRAGMA synchronous = FULL")
            self._local.con = con
        return con

    def _write(self, article: Article) -> None:
        try:
            c = self._connection()
            c.execute("BEGIN IMMEDIATE")
            try:
                article_rows.write_article(c, article)
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.error("Saving article %s in the background failed: %s", article.id, exc)
            raise write_error(self.path, exc) from exc

    def _close_connection(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    def wait(self) -> None:
        """Return once every save asked for so far is written (or has failed)."""
        with self._lock:
            executor = self._executor
        if executor is not None:
            executor.submit(lambda: None).result()

    def close(self) -> None:
        """Finish the saves asked for, then close the worker's connection and thread."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.submit(self._close_connection)
            executor.shutdown(wait=True)


def prepare(c: sqlite3.Connection, article: Article, *, touch: bool = True) -> Article:
    """Stamp and settle the live article, then return the snapshot to write."""
    if touch:
        article.updated = utc_now()
    settle_ids(c, article)
    return snapshot(article)
