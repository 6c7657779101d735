"""The library's schema and its forward migrations.

``MIGRATIONS[n]`` takes a library at version ``n - 1`` to version ``n``. Each runs
inside one transaction opened by the store, so a migration is applied whole or not
at all. Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x48554244  # "HUBD"
LIBRARY_ID_KEY = "library_id"
# The full-text index as the current schema defines it (what a rebuild creates).
FTS_TABLE_SQL = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, lead, body, credits,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)
FTS_RANK = "bm25(10.0, 4.0, 1.0, 2.0)"


def run_script(c: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements inside the caller's transaction.

    (``executescript`` would commit first, breaking the one-transaction rule.)
    """
    for statement in script.split(";\n"):
        if statement.strip():
            c.execute(statement)


def _v1(c: sqlite3.Connection) -> None:
    run_script(
        c,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            lead TEXT NOT NULL DEFAULT '',
            slug TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'fr',
            author TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in_review', 'ready', 'published')),
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            published TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            deleted TEXT
        );
        CREATE INDEX articles_updated ON articles (deleted, updated);
        CREATE INDEX articles_status ON articles (status);
        CREATE TABLE sections (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            UNIQUE (article_id, position)
        );
        CREATE TABLE credits (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            date TEXT,
            description TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX credits_article ON credits (article_id, position);
        CREATE TABLE disclosures (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            ai_written INTEGER NOT NULL DEFAULT 0,
            assistant TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT ''
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, lead, body, credits,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3 4'
        );
        INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0)')
        """
    )


def _v2(c: sqlite3.Connection) -> None:
    """Per-section history.

    One row per saved version of a section (``section_id`` ``''`` stands for the
    title and lead). The newest version of a live section keeps ``body`` NULL: its
    text is the current one in ``sections`` (or ``articles``), so a save stores the
    replaced text only, and an unchanged section stores nothing. Existing sections
    start with such a row, stamped with their article's last change.
    """
    run_script(
        c,
        """
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            section_id TEXT NOT NULL,
            change INTEGER NOT NULL,
            saved TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('baseline', 'new', 'edit', 'deleted')),
            position INTEGER NOT NULL DEFAULT 0,
            heading TEXT NOT NULL DEFAULT '',
            body BLOB,
            packed INTEGER NOT NULL DEFAULT 0,
            added INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX revisions_section ON revisions (article_id, section_id, id);
        CREATE INDEX revisions_change ON revisions (article_id, change);
        INSERT INTO revisions (article_id, section_id, change, saved, kind, position, heading)
            SELECT id, '', 0, updated, 'baseline', 0, title FROM articles;
        INSERT INTO revisions (article_id, section_id, change, saved, kind, position, heading)
            SELECT s.article_id, s.id, 0, a.updated, 'baseline', s.position, s.heading
            FROM sections s JOIN articles a ON a.id = s.article_id
        """,
    )


def _v3(c: sqlite3.Connection) -> None:
    """A library id: a random name recorded inside the library (key ``library_id`` in
    ``settings``). Its backups carry it, so that a backup is restored only into the
    library it was taken from, whatever the files are called."""
    c.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('library_id', lower(hex(randomblob(16))))"
    )


def _v4(c: sqlite3.Connection) -> None:
    """The article's canonical web address (relative links in exports resolve against it)."""
    c.execute("ALTER TABLE articles ADD COLUMN canonical_url TEXT NOT NULL DEFAULT ''")


def _v5(c: sqlite3.Connection) -> None:
    """WordPress sites and the posts articles are linked to (``hubdesk.library.site_links``).

    ``sites`` holds a site's name, address and user, never its password (that lives in
    the system keyring). ``site_links`` ties an article to its post on one site: the
    post's id and address, the ``modified_gmt`` the site gave it at the last publish or
    pull with a fingerprint of its text (``modified_gmt`` counts whole seconds: an edit
    within the same second shows in the fingerprint), and a fingerprint of the article's
    own text at that moment (to tell a local edit since).
    """
    run_script(
        c,
        """
        CREATE TABLE sites (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL,
            user TEXT NOT NULL,
            last_pull TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE site_links (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            site TEXT NOT NULL REFERENCES sites (name) ON DELETE CASCADE,
            post_id INTEGER NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            modified_gmt TEXT NOT NULL DEFAULT '',
            synced_text TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (article_id, site)
        );
        CREATE UNIQUE INDEX site_links_post ON site_links (site, post_id)
        """,
    )


def _v6(c: sqlite3.Connection) -> None:
    """Review sign-offs and AI provenance per section.

    ``signoffs``: every sign-off ever given, newest last: who, when, and which version of
    the section (a hash of its heading and text, its position and heading then). A
    sign-off is current while the section's hash is unchanged, stale after.
    ``section_provenance``: how a section was written when not by a person alone: the
    assistant that drafted it and the draft's text, to measure how much was edited since.
    """
    run_script(
        c,
        """
        CREATE TABLE signoffs (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            section_id TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            heading TEXT NOT NULL DEFAULT '',
            text_hash TEXT NOT NULL,
            signed_by TEXT NOT NULL,
            signed_at TEXT NOT NULL
        );
        CREATE INDEX signoffs_article ON signoffs (article_id, section_id, id);
        CREATE TABLE section_provenance (
            section_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            assistant TEXT NOT NULL DEFAULT '',
            draft TEXT NOT NULL DEFAULT '',
            recorded TEXT NOT NULL
        );
        CREATE INDEX section_provenance_article ON section_provenance (article_id)
        """,
    )


def _v7(c: sqlite3.Connection) -> None:
    """The history of each section's origin (``hubdesk.library.provenance_events``).

    One row per section whose recorded origin was set or changed: on import from the
    disclosure, by "Paste as AI Draft", by hand, or by a save that moved the share of its
    words edited since the AI draft (a new origin, or a new quarter of edited words).
    Rows recorded together (an import's sections, one paste, one save) share a ``batch``,
    which the History panel lists as one entry. Sections already recorded as AI drafts
    start with one ``existing`` row each, one batch per article.
    """
    run_script(
        c,
        """
        CREATE TABLE provenance_events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            batch INTEGER NOT NULL,
            section_id TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            heading TEXT NOT NULL DEFAULT '',
            cause TEXT NOT NULL CHECK (cause IN ('existing', 'import', 'paste', 'hand', 'edit')),
            origin TEXT NOT NULL CHECK (origin IN ('person', 'ai', 'ai_edited')),
            assistant TEXT NOT NULL DEFAULT '',
            edited REAL NOT NULL DEFAULT 0,
            at TEXT NOT NULL
        );
        CREATE INDEX provenance_events_section ON provenance_events (article_id, section_id, id);
        INSERT INTO provenance_events (article_id, batch, section_id, position, heading, cause,
                                       origin, assistant, edited, at)
            SELECT p.article_id, DENSE_RANK() OVER (ORDER BY p.article_id), p.section_id,
                   COALESCE(s.position, 0), COALESCE(s.heading, ''), 'existing', 'ai',
                   p.assistant, 0, p.recorded
            FROM section_provenance p LEFT JOIN sections s ON s.id = p.section_id
            ORDER BY p.article_id, s.position
        """,
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
    7: _v7,
}
SCHEMA_VERSION = max(MIGRATIONS)
