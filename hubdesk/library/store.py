"""The library: one SQLite file holding every article as rows.

Articles, sections, credits and disclosures are separate tables so that the
navigator, per-section history and review work on the same unit. A full-text
index (FTS5, accents removed) covers title, lead, sections and credits.

The file is checked before anything is written to it: a file that is not a
HubDesk library, or one written by a newer HubDesk, is refused untouched.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from hubdesk.errors import (
    ArticleNotFoundError,
    HubDeskError,
    LibraryBusyError,
    LibraryError,
    SearchIndexError,
)
from hubdesk.library import article_rows, opening
from hubdesk.library.article_rows import db_time
from hubdesk.library.background_save import BackgroundWriter, prepare
from hubdesk.library.files import SQLITE_MAGIC as SQLITE_MAGIC  # re-exported
from hubdesk.library.files import inspect_file as inspect_file  # re-exported (the CLI's check)
from hubdesk.library.files import write_error
from hubdesk.library.schema import LIBRARY_ID_KEY
from hubdesk.library.search_query import to_fts_query
from hubdesk.model.article import Article, ArticleSummary, SearchHit, Status, iso_utc, utc_now

log = logging.getLogger(__name__)

MAX_SEARCH_HITS = 100_000
SORT_COLUMNS = {
    "updated": "a.updated",
    "created": "a.created",
    "title": "a.title COLLATE NOCASE",
    "length": "a.word_count",
    "status": "a.status",
}


def _invalid_text(article: Article, exc: UnicodeEncodeError) -> LibraryError:
    """The one-line refusal of an article holding text no database can store."""
    text = exc.object if isinstance(exc.object, str) else ""
    char = f"U+{ord(text[exc.start]):04X}" if exc.start < len(text) else "?"
    return LibraryError("library.invalid_text", title=article.title.encode(
        "utf-8", "backslashreplace").decode("utf-8")[:80], char=char)


class Library:
    """An open HubDesk library. Use ``Library.open(path)``; close it when done."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._con = connection
        self.read_only = False
        self._writer: BackgroundWriter | None = None
        self._committed = False  # a transaction was committed on this connection

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Library:
        """Open (or create) the library at ``path``, migrated to the current schema."""
        return opening.open_library(cls, path, create=create)

    @classmethod
    def open_read_only(cls, path: str | Path) -> Library:
        """Open an existing library only to read it: nothing is created or written (no
        folder, no empty library, no write-ahead files), so it works in a read-only
        folder too. Any attempt to write raises ``LibraryError``."""
        return opening.open_read_only(cls, path)

    def _configure(self) -> None:
        opening.configure(self._con)

    def _migrate(self, version: int) -> None:
        opening.migrate(self, version)

    def close(self) -> None:
        """Close the connection; any later use raises ``LibraryError("library.closed")``."""
        if self._writer is not None:
            self._writer.close()  # the saves asked for are written first
            self._writer = None
        if not isinstance(self._con, _Closed):
            try:
                if not self.read_only and self._committed:  # a session that
                    self._con.execute("PRAGMA optimize")  # wrote nothing leaves the file as it was
            except sqlite3.Error:
                pass
            self._con.close()
            self._con = _Closed(self.path)  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return isinstance(self._con, _Closed)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for sibling core modules (history, backup). Not for widgets."""
        return self._con

    @property
    def library_id(self) -> str:
        """The id recorded inside the library (its backups carry it too)."""
        return self.get_setting(LIBRARY_ID_KEY) or ""

    @property
    def schema_version(self) -> int:
        return self._con.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside is written, or nothing is."""
        c = self._con
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise LibraryBusyError("library.busy", path=self.path, reason=exc) from exc
        try:
            yield c
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                c.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise write_error(self.path, exc) from exc
            self._committed = True

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not undone it already.

        On a full disk SQLite rolls back by itself; a second ROLLBACK would then fail
        with "cannot rollback - no transaction is active" and hide the real error.
        """
        c = self._con
        if not c.in_transaction:
            return
        try:
            c.execute("ROLLBACK")
        except sqlite3.Error as exc:
            log.error("Rollback of %s failed: %s", self.path, exc)

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """``transaction`` whose SQLite errors become one clear ``LibraryError`` (disk full,
        read-only, busy)."""
        try:
            with self.transaction() as c:
                yield c
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc

    # ------------------------------------------------------------ articles

    def save_article(self, article: Article, *, touch: bool = True) -> None:
        """Write the article. Only sections and credits that changed are rewritten."""
        self.wait_for_saves()  # a save asked for earlier must not overwrite this one
        if touch:
            article.updated = utc_now()
        try:
            with self.transaction() as c:
                article_rows.write_article(c, article)
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        except UnicodeEncodeError as exc:  # a lone surrogate: the transaction was undone
            raise _invalid_text(article, exc) from None

    def save_article_in_background(self, article: Article, *, touch: bool = True) -> Future[None]:
        """Write a snapshot of the article on the save worker (``background_save``).

        The article's ids are settled here, so the live article matches what is
        written; the future fails with the same ``LibraryError`` as ``save_article``.
        """
        if self.read_only or self.closed:
            done: Future[None] = Future()
            try:
                self.save_article(article, touch=touch)
                done.set_result(None)
            except HubDeskError as exc:
                done.set_exception(exc)
            return done
        try:
            copy = prepare(self._con, article, touch=touch)
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        if self._writer is None:
            self._writer = BackgroundWriter(self.path)
        return self._writer.submit(copy)

    def wait_for_saves(self) -> None:
        """Return once every background save asked for so far is written (or failed)."""
        if self._writer is not None:
            self._writer.wait()

    def save_articles(self, articles: list[Article], *, touch: bool = False) -> None:
        """Write several articles in one transaction (imports): all of them or none."""
        self.wait_for_saves()
        try:
            with self.transaction() as c:
                for article in articles:
                    if touch:
                        article.updated = utc_now()
                    article_rows.write_article(c, article)
        except sqlite3.Error as exc:
            raise write_error(self.path, exc) from exc
        except UnicodeEncodeError as exc:  # a lone surrogate: none of them was written
            raise _invalid_text(article, exc) from None

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id of an article from its id or an unambiguous prefix (as the CLI shows it)."""
        key = id_or_prefix.strip().lower()
        if not key:
            raise ArticleNotFoundError("library.no_id")
        try:
            key.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not text (``$'\xff'``) name no article
            raise ArticleNotFoundError(
                "library.no_article", id=repr(id_or_prefix.encode("utf-8", "backslashreplace").decode())
            ) from None
        row = self._con.execute("SELECT id FROM articles WHERE id=?", (key,)).fetchone()
        if row:
            return row[0]
        rows = self._con.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            (key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise ArticleNotFoundError("library.no_article", id=repr(id_or_prefix))
        raise ArticleNotFoundError("library.ambiguous_id", id=repr(id_or_prefix))

    def has_article(self, article_id: str) -> bool:
        return (
            self._con.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
            is not None
        )

    def load_article(self, article_id: str) -> Article:
        return article_rows.read_article(self._con, self.resolve_id(article_id))

    # ------------------------------------------------------------ lists

    def _filters(
        self, status: Status | str | None, language: str | None, tag: str | None,
        author: str | None, deleted: bool,
    ) -> tuple[str, list[object]]:
        where = ["a.deleted IS NOT NULL" if deleted else "a.deleted IS NULL"]
        args: list[object] = []
        if status:
            where.append("a.status = ?")
            args.append(str(status))
        if language:
            where.append("a.language = ?")
            args.append(language)
        if author:
            where.append("a.author = ?")
            args.append(author)
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = ?)")
            args.append(tag)
        return " AND ".join(where), args

    def list_articles(
        self, *, status: Status | str | None = None, language: str | None = None,
        tag: str | None = None, author: str | None = None, sort: str = "updated",
        descending: bool = True, limit: int | None = None, offset: int = 0,
        deleted: bool = False,
    ) -> list[ArticleSummary]:
        """Summaries of the articles (not in the trash unless ``deleted``), newest change first."""
        where, args = self._filters(status, language, tag, author, deleted)
        order = SORT_COLUMNS.get(sort)
        if order is None:
            raise ValueError(f"Unknown sort {sort!r}; use one of {', '.join(SORT_COLUMNS)}.")
        sql = (
            "SELECT a.id, a.title, a.status, a.language, a.author, a.updated, a.word_count,"
            f" a.tags, a.slug FROM articles a WHERE {where} ORDER BY {order}"
            f" {'DESC' if descending else 'ASC'}, a.rowid"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [
            ArticleSummary(
                id=r[0], title=r[1], status=article_rows.status_of(r[2], r[0]),
                language=r[3], author=r[4],
                updated=db_time(r[5]), word_count=r[6], tags=tuple(json.loads(r[7] or "[]")),
                slug=r[8],
            )
            for r in self._con.execute(sql, args)
        ]

    def count_articles(
        self, *, status: Status | str | None = None, language: str | None = None,
        tag: str | None = None, author: str | None = None, deleted: bool = False,
    ) -> int:
        where, args = self._filters(status, language, tag, author, deleted)
        return self._con.execute(f"SELECT count(*) FROM articles a WHERE {where}", args).fetchone()[0]

    def distinct_values(self, field: str) -> list[str]:
        """Every language, author or tag used in the library (for filter menus)."""
        if field == "tag":
            sql = (
                "SELECT DISTINCT j.value FROM articles a, json_each(a.tags) j"
                " WHERE a.deleted IS NULL ORDER BY 1"
            )
        elif field in ("language", "author"):
            sql = (
                f"SELECT DISTINCT {field} FROM articles WHERE deleted IS NULL AND {field} != ''"
                " ORDER BY 1"
            )
        else:
            raise ValueError(f"Unknown field {field!r}.")
        return [r[0] for r in self._con.execute(sql)]

    # ------------------------------------------------------------ search

    def search(self, query: str, *, limit: int = 50, typing: bool = False) -> list[SearchHit]:
        """Ranked full-text search, accent- and case-insensitive.

        ``"a phrase"`` matches the words in order, ``word*`` matches a prefix, and
        with ``typing`` the last word is also matched as a prefix.
        """
        fts = to_fts_query(query, prefix_last=typing)
        if not fts:
            return []
        sql = (
            "SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 16), f.rank"
            " FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            " WHERE articles_fts MATCH ? AND a.deleted IS NULL"
            " ORDER BY f.rank LIMIT ?"
        )
        limit = max(0, min(int(limit), MAX_SEARCH_HITS))
        try:
            rows = self._con.execute(sql, (fts, limit)).fetchall()
        except sqlite3.DatabaseError as exc:
            log.error("Search %r (%s) failed: %s", query, fts, exc)
            if "locked" in str(exc) or "busy" in str(exc):
                raise LibraryBusyError("library.search_busy", path=self.path) from exc
            # Queries are built quoted (search_query): what fails is the index itself.
            raise SearchIndexError("library.search_index_damaged", path=self.path, problem=exc) from exc
        return [SearchHit(id=r[0], title=r[1], snippet=r[2], rank=r[3]) for r in rows]

    # ------------------------------------------------------------ trash

    def delete_article(self, article_id: str) -> None:
        """Move an article to the trash (``restore_article`` brings it back)."""
        article_id = self.resolve_id(article_id)
        with self.writing() as c:
            c.execute("UPDATE articles SET deleted=? WHERE id=?", (iso_utc(utc_now()), article_id))

    def restore_article(self, article_id: str) -> None:
        article_id = self.resolve_id(article_id)
        with self.writing() as c:
            c.execute("UPDATE articles SET deleted=NULL WHERE id=?", (article_id,))

    def is_deleted(self, article_id: str) -> bool:
        row = self._con.execute("SELECT deleted FROM articles WHERE id=?", (article_id,)).fetchone()
        return bool(row and row[0])

    def empty_trash(self, *, older_than: timedelta | None = None,
                    now: datetime | None = None) -> int:
        """Remove for good the articles in the trash (only those put there more than
        ``older_than`` ago, if given). One transaction; returns how many went."""
        sql = "SELECT rowid FROM articles WHERE deleted IS NOT NULL"
        args: list[object] = []
        if older_than is not None:
            sql += " AND deleted < ?"
            args.append(iso_utc((now or utc_now()) - older_than))
        with self.writing() as c:
            rowids = [r[0] for r in c.execute(sql, args)]
            for rowid in rowids:
                c.execute("DELETE FROM articles_fts WHERE rowid=?", (rowid,))
                c.execute("DELETE FROM articles WHERE rowid=?", (rowid,))
        if rowids:
            log.info("Emptied %d article(s) from the trash of %s", len(rowids), self.path)
        return len(rowids)

    def purge_article(self, article_id: str) -> None:
        """Remove an article for good (its sections, credits and index rows go with it)."""
        article_id = self.resolve_id(article_id)
        with self.writing() as c:
            rowid = c.execute("SELECT rowid FROM articles WHERE id=?", (article_id,)).fetchone()[0]
            c.execute("DELETE FROM articles_fts WHERE rowid=?", (rowid,))
            c.execute("DELETE FROM articles WHERE id=?", (article_id,))

    # ------------------------------------------------------------ settings

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._con.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.writing() as c:
            if value is None:
                c.execute("DELETE FROM settings WHERE key=?", (key,))
            else:
                c.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    (key, value),
                )

    # ------------------------------------------------------------ checks

    def rebuild_search_index(self) -> int:
        """Build the full-text index again from the articles (``search_index.rebuild``)."""
        from hubdesk.library.search_index import rebuild

        return rebuild(self)

    def integrity_check(self) -> list[str]:
        """Problems SQLite finds in the file (an empty list when it is sound)."""
        rows = [r[0] for r in self._con.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows


class _Closed:
    """Stands for the connection of a closed library: every use is a clear error."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __getattr__(self, name: str) -> object:
        raise LibraryError("library.closed", path=self._path)
