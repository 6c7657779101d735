"""An article's rows: how the store writes and reads articles, sections, credits and the index.

Every function takes the open connection and runs inside the caller's transaction.
Only what changed is rewritten, and the history records the replaced text.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime

from hubdesk.errors import DamagedLibraryError
from hubdesk.library import history, provenance, provenance_events
from hubdesk.model.article import (
    Article,
    Credit,
    Disclosure,
    Section,
    Status,
    iso_utc,
    new_id,
    utc_now,
)


def from_db_time(text: str | None) -> datetime | None:
    """The time stored as ``text`` (UTC when it names no zone), ``None`` for no time."""
    return db_time(text) if text else None


def db_time(text: str) -> datetime:
    """The time of a NOT NULL column (``created``, ``updated``)."""
    dt = datetime.fromisoformat(text)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def write_article(c: sqlite3.Connection, a: Article) -> None:
    """Write one article's rows, its history entries and its index row (inside a transaction)."""
    head = c.execute("SELECT title, lead FROM articles WHERE id=?", (a.id,)).fetchone()
    row = (
        a.title, a.lead, a.slug, a.language, a.author, a.description,
        json.dumps(a.tags, ensure_ascii=False), str(a.status), iso_utc(a.created),
        iso_utc(a.updated), iso_utc(a.published), a.word_count, a.canonical_url, a.id,
    )
    cur = c.execute(
        "UPDATE articles SET title=?, lead=?, slug=?, language=?, author=?, description=?,"
        " tags=?, status=?, created=?, updated=?, published=?, word_count=?, canonical_url=?"
        " WHERE id=?",
        row,
    )
    if cur.rowcount == 0:
        c.execute(
            "INSERT INTO articles (title, lead, slug, language, author, description, tags,"
            " status, created, updated, published, word_count, canonical_url, id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            row,
        )
    changes = write_sections(c, a)
    if head is None:  # a new article (an import): its disclosure says who drafted it
        provenance.record_from_disclosure(c, a)
    else:  # an AI draft edited enough to change its origin is noted in its history
        provenance_events.record_saved_edits(
            c, a, {ch[0] for ch in changes if ch[3] is not None}, iso_utc(utc_now()) or "")
    if head is None or tuple(head) != (a.title, a.lead):
        changes.insert(0, (history.LEAD_ID, 0, tuple(head) if head else None, (a.title, a.lead)))
    history.record(c, a.id, changes)
    write_credits(c, a)
    d = a.disclosure
    c.execute(
        "INSERT INTO disclosures (article_id, ai_written, assistant, organisation, editor)"
        " VALUES (?,?,?,?,?) ON CONFLICT(article_id) DO UPDATE SET ai_written=excluded.ai_written,"
        " assistant=excluded.assistant, organisation=excluded.organisation,"
        " editor=excluded.editor",
        (a.id, int(d.ai_written), d.assistant, d.organisation, d.editor),
    )
    index_article(c, a)

def write_sections(c: sqlite3.Connection, a: Article) -> list[history.Change]:
    """Write the sections that changed; return the changes for the history."""
    old = {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in c.execute(
            "SELECT id, position, heading, body, article_id FROM sections WHERE article_id=?",
            (a.id,),
        )
    }
    # A section id that belongs to another article (a duplicate) gets a new id here.
    foreign = {
        s.id
        for s in a.sections
        if s.id not in old
        and c.execute("SELECT 1 FROM sections WHERE id=?", (s.id,)).fetchone()
    }
    # Two sections sharing an id (a paste, a split gone wrong) must not overwrite each other.
    seen: set[str] = set()
    for s in a.sections:
        if s.id in seen:
            s.id = new_id()
        seen.add(s.id)
    keep = {s.id for s in a.sections}
    gone = [sid for sid in old if sid not in keep]
    c.executemany("DELETE FROM sections WHERE id=?", [(sid,) for sid in gone])
    changes: list[history.Change] = [
        (sid, old[sid][0], (old[sid][1], old[sid][2]), None) for sid in gone
    ]
    # Positions are unique per article: park moved rows first.
    c.execute(
        "UPDATE sections SET position = -1 - position WHERE article_id=?", (a.id,)
    )
    for pos, s in enumerate(a.sections):
        if s.id in foreign:
            s.id = new_id()
        prev = old.get(s.id)
        if prev is None:
            c.execute(
                "INSERT INTO sections (id, article_id, position, heading, body)"
                " VALUES (?,?,?,?,?)",
                (s.id, a.id, pos, s.heading, s.body),
            )
            changes.append((s.id, pos, None, (s.heading, s.body)))
        elif prev[1] != s.heading or prev[2] != s.body:
            c.execute(
                "UPDATE sections SET position=?, heading=?, body=? WHERE id=?",
                (pos, s.heading, s.body, s.id),
            )
            changes.append((s.id, pos, (prev[1], prev[2]), (s.heading, s.body)))
        else:
            c.execute("UPDATE sections SET position=? WHERE id=?", (pos, s.id))
    return changes

def write_credits(c: sqlite3.Connection, a: Article) -> None:
    c.execute("DELETE FROM credits WHERE article_id=?", (a.id,))
    rows = []
    seen: set[str] = set()
    for pos, cr in enumerate(a.credits):
        if cr.id in seen or c.execute("SELECT 1 FROM credits WHERE id=?", (cr.id,)).fetchone():
            cr.id = new_id()
        seen.add(cr.id)
        rows.append(
            (cr.id, a.id, pos, cr.title, cr.author, cr.outlet,
             cr.date.isoformat() if cr.date else None, cr.description, cr.url, cr.note)
        )
    c.executemany(
        "INSERT INTO credits (id, article_id, position, title, author, outlet, date,"
        " description, url, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )

def index_article(c: sqlite3.Connection, a: Article) -> None:
    rowid = c.execute("SELECT rowid FROM articles WHERE id=?", (a.id,)).fetchone()[0]
    c.execute("DELETE FROM articles_fts WHERE rowid=?", (rowid,))
    body = "\n\n".join(f"{s.heading}\n\n{s.body}" for s in a.sections)
    credits = "\n".join(
        " ".join(x for x in (cr.title, cr.author, cr.outlet, cr.description, cr.note) if x)
        for cr in a.credits
    )
    c.execute(
        "INSERT INTO articles_fts (rowid, title, lead, body, credits) VALUES (?,?,?,?,?)",
        (rowid, a.title, a.lead, body, credits),
    )


def status_of(value: object, article_id: str) -> Status:
    """The status stored in a row; a value HubDesk never writes is a damaged row."""
    try:
        return Status(str(value))
    except ValueError:
        raise DamagedLibraryError(
            "library.unknown_status", id=article_id, value=repr(str(value)[:40])
        ) from None


def read_article(c: sqlite3.Connection, article_id: str) -> Article:
    """The article with this (full) id, from its rows."""
    r = c.execute(
        "SELECT id, title, lead, slug, language, author, description, tags, status, created,"
        " updated, published, canonical_url FROM articles WHERE id=?",
        (article_id,),
    ).fetchone()
    sections = [
        Section(heading=h, body=b, id=sid)
        for sid, h, b in c.execute(
            "SELECT id, heading, body FROM sections WHERE article_id=? ORDER BY position",
            (article_id,),
        )
    ]
    credits = [
        Credit(title=t, author=au, outlet=o, date=date.fromisoformat(d) if d else None,
               description=de, url=u, note=n, id=cid)
        for cid, t, au, o, d, de, u, n in c.execute(
            "SELECT id, title, author, outlet, date, description, url, note FROM credits"
            " WHERE article_id=? ORDER BY position",
            (article_id,),
        )
    ]
    d = c.execute(
        "SELECT ai_written, assistant, organisation, editor FROM disclosures WHERE article_id=?",
        (article_id,),
    ).fetchone()
    disclosure = Disclosure(bool(d[0]), d[1], d[2], d[3]) if d else Disclosure()
    return Article(
        id=r[0], title=r[1], lead=r[2], slug=r[3], language=r[4], author=r[5],
        description=r[6], tags=json.loads(r[7] or "[]"), status=status_of(r[8], r[0]),
        created=db_time(r[9]), updated=db_time(r[10]), published=from_db_time(r[11]),
        canonical_url=r[12], sections=sections, credits=credits, disclosure=disclosure,
        origins=provenance.read_origins(c, article_id),
    )
