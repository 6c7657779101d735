"""Per-section history: every saved version of every section, thinned over time.

Each save records, in the same transaction, one row per section whose heading or
text changed (the title and lead count as one more section, id ``LEAD_ID``). The
newest row of a live section holds no text (its text is the current one); when the
section changes again, the text it replaces moves into that row. A section whose
text did not change adds nothing, and a new article costs one small row per section.

Old versions are thinned (``thin``): everything from the last day is kept, then one
version per hour for a week, then one per day; the newest version is never removed.
"""

from __future__ import annotations

import difflib
import logging
import re
import sqlite3
import zlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hubdesk import pacing
from hubdesk.errors import ArticleNotFoundError
from hubdesk.model.article import Article, Section, utc_now
from hubdesk.model.word_lists import common_ends, matched

if TYPE_CHECKING:
    from hubdesk.library.store import Library

log = logging.getLogger(__name__)

LEAD_ID = ""  # the section id standing for the title and the lead
PACK_ABOVE = 512  # texts longer than this (in bytes) are stored compressed
KEEP_ALL = timedelta(days=1)
KEEP_HOURLY = timedelta(days=7)

_TOKEN_RE = re.compile(r"\S+\s*|\s+")  # a word with the spaces after it
_WORD_RE = re.compile(r"\S+")

# (section id, position, old (heading, body) or None if new, new (heading, body) or None if deleted)
Change = tuple[str, int, "tuple[str, str] | None", "tuple[str, str] | None"]


@dataclass(frozen=True)
class Revision:
    """One saved version of a section (or of the title and lead)."""

    id: int
    article_id: str
    section_id: str
    change: int
    saved: datetime
    kind: str  # baseline, new, edit or deleted
    position: int
    heading: str
    added: int  # words added since the previous version of this section
    removed: int  # words removed since the previous version
    current: bool  # True for the newest version of a live section

    @property
    def is_lead(self) -> bool:
        return self.section_id == LEAD_ID


@dataclass(frozen=True)
class ChangeSummary:
    """One save of an article: when, which sections, how many words."""

    change: int
    saved: datetime
    sections: int
    added: int
    removed: int


# ------------------------------------------------------------------ recording


def _pack(text: str) -> tuple[object, int]:
    raw = text.encode("utf-8")
    if len(raw) > PACK_ABOVE:
        return zlib.compress(raw, 6), 1
    return text, 0


def _unpack(body: object, packed: int) -> str:
    if body is None:
        return ""
    if packed:
        return zlib.decompress(body).decode("utf-8")  # type: ignore[arg-type]
    return body.decode("utf-8") if isinstance(body, bytes) else str(body)


def _words(heading: str, body: str) -> list[str]:
    return _WORD_RE.findall(heading) + pacing.findall(_WORD_RE, body)


EXACT_SIZE_UP_TO = 3000  # words left after trimming, below which the count is exact


def change_size(old: list[str], new: list[str]) -> tuple[int, int]:
    """Words added and removed between two word lists.

    The common start and end are trimmed in linear time (typing changes one place);
    what is left is matched word by word unless it is very long.
    """
    start, end = common_ends(old, new)
    mid_old, mid_new = old[start : len(old) - end], new[start : len(new) - end]
    if not mid_old or not mid_new or len(mid_old) + len(mid_new) > EXACT_SIZE_UP_TO:
        return len(mid_new), len(mid_old)
    same = matched(mid_old, mid_new)
    return len(mid_new) - same, len(mid_old) - same


def _stamp(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def record(c: sqlite3.Connection, article_id: str, changes: list[Change]) -> None:
    """Keep the versions replaced by a save (called by the store inside its transaction)."""
    if not changes:
        return
    now = _stamp(utc_now())
    change = c.execute(
        "SELECT coalesce(max(change), 0) + 1 FROM revisions WHERE article_id=?", (article_id,)
    ).fetchone()[0]
    for section_id, position, old, new in changes:
        if old is not None:
            body, packed = _pack(old[1])
            cur = c.execute(
                "UPDATE revisions SET body=?, packed=? WHERE article_id=? AND section_id=?"
                " AND body IS NULL AND kind != 'deleted'",
                (body, packed, article_id, section_id),
            )
            if cur.rowcount == 0:  # a section older than the history: keep its text now
                c.execute(
                    "INSERT INTO revisions (article_id, section_id, change, saved, kind, position,"
                    " heading, body, packed) VALUES (?,?,?,?,?,?,?,?,?)",
                    (article_id, section_id, change - 1, now, "baseline", position, old[0],
                     body, packed),
                )
        old_words = _words(*old) if old else []
        if new is None:
            assert old is not None
            c.execute(
                "INSERT INTO revisions (article_id, section_id, change, saved, kind, position,"
                " heading, body, packed, added, removed) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, section_id, change, now, "deleted", position, old[0], "", 0,
                 0, len(old_words)),
            )
            continue
        added, removed = change_size(old_words, _words(*new))
        c.execute(
            "INSERT INTO revisions (article_id, section_id, change, saved, kind, position,"
            " heading, added, removed) VALUES (?,?,?,?,?,?,?,?,?)",
            (article_id, section_id, change, now, "new" if old is None else "edit", position,
             new[0], added, removed),
        )


# ------------------------------------------------------------------ reading

_COLUMNS = (
    "id, article_id, section_id, change, saved, kind, position, heading, added, removed,"
    " body IS NULL AND kind != 'deleted'"
)


def _revision(row: tuple) -> Revision:
    saved = datetime.fromisoformat(row[4])
    return Revision(
        id=row[0], article_id=row[1], section_id=row[2], change=row[3], saved=saved,
        kind=row[5], position=row[6], heading=row[7], added=row[8], removed=row[9],
        current=bool(row[10]),
    )


def revisions(
    library: Library, article_id: str, section_id: str | None = None, limit: int | None = None
) -> list[Revision]:
    """The versions of an article's sections (or of one section), newest first."""
    sql = f"SELECT {_COLUMNS} FROM revisions WHERE article_id=?"
    args: list[object] = [article_id]
    if section_id is not None:
        sql += " AND section_id=?"
        args.append(section_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_revision(r) for r in library.connection.execute(sql, args)]


def changes(library: Library, article_id: str) -> list[ChangeSummary]:
    """The saves of an article, newest first, with the words each added and removed."""
    rows = library.connection.execute(
        "SELECT change, max(saved), count(*), sum(added), sum(removed) FROM revisions"
        " WHERE article_id=? GROUP BY change ORDER BY change DESC",
        (article_id,),
    )
    return [
        ChangeSummary(r[0], datetime.fromisoformat(r[1]), r[2], r[3] or 0, r[4] or 0)
        for r in rows
    ]


def get_revision(library: Library, revision_id: int) -> Revision:
    row = library.connection.execute(
        f"SELECT {_COLUMNS} FROM revisions WHERE id=?", (revision_id,)
    ).fetchone()
    if row is None:
        raise ArticleNotFoundError("library.no_revision", id=revision_id)
    return _revision(row)


def current_text(library: Library, article_id: str, section_id: str) -> tuple[str, str] | None:
    """The heading and text a section has now (title and lead for ``LEAD_ID``), or None."""
    c = library.connection
    if section_id == LEAD_ID:
        row = c.execute("SELECT title, lead FROM articles WHERE id=?", (article_id,)).fetchone()
    else:
        row = c.execute(
            "SELECT heading, body FROM sections WHERE id=? AND article_id=?",
            (section_id, article_id),
        ).fetchone()
    return (row[0], row[1]) if row else None


def revision_text(library: Library, revision_id: int) -> tuple[str, str]:
    """The heading and text of a version. A deletion mark gives the text the section had."""
    c = library.connection
    row = c.execute(
        "SELECT article_id, section_id, kind, heading, body, packed FROM revisions WHERE id=?",
        (revision_id,),
    ).fetchone()
    if row is None:
        raise ArticleNotFoundError("library.no_revision", id=revision_id)
    article_id, section_id, kind, heading, body, packed = row
    if kind == "deleted":
        prev = c.execute(
            "SELECT id FROM revisions WHERE article_id=? AND section_id=? AND id<?"
            " ORDER BY id DESC LIMIT 1",
            (article_id, section_id, revision_id),
        ).fetchone()
        return revision_text(library, prev[0]) if prev else (heading, "")
    if body is None:
        now = current_text(library, article_id, section_id)
        return now if now is not None else (heading, "")
    return heading, _unpack(body, packed)


# ------------------------------------------------------------------ differences


@dataclass(frozen=True)
class DiffPiece:
    """A run of text in a word diff: ``op`` is ``=`` (same), ``+`` (added) or ``-`` (removed)."""

    op: str
    text: str


def word_diff(old: str, new: str) -> list[DiffPiece]:
    """The changes from ``old`` to ``new``, word by word (whitespace kept with the words)."""
    a = _TOKEN_RE.findall(old)
    b = _TOKEN_RE.findall(new)
    start, end = common_ends(a, b)
    pieces: list[DiffPiece] = []

    def add(op: str, tokens: list[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if pieces and pieces[-1].op == op:
            pieces[-1] = DiffPiece(op, pieces[-1].text + text)
        else:
            pieces.append(DiffPiece(op, text))

    add("=", a[:start])
    mid_a, mid_b = a[start : len(a) - end], b[start : len(b) - end]
    matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("=", mid_a[i1:i2])
        else:
            add("-", mid_a[i1:i2])
            add("+", mid_b[j1:j2])
    add("=", a[len(a) - end :])
    return pieces


def diff_with_current(library: Library, revision_id: int) -> list[DiffPiece]:
    """What changed from this version to the current text (``-`` words were in the version)."""
    rev = get_revision(library, revision_id)
    heading, body = revision_text(library, revision_id)
    now = current_text(library, rev.article_id, rev.section_id) or ("", "")
    return word_diff(f"{heading}\n\n{body}", f"{now[0]}\n\n{now[1]}")


# ------------------------------------------------------------------ restoring


def with_revision(library: Library, article: Article, revision_id: int) -> Article:
    """A copy of ``article`` with one section (or the title and lead) as in a version.

    A section that is no longer in the article comes back at its former position.
    Saving the result records the restore as a new change; nothing is written here.
    """
    rev = get_revision(library, revision_id)
    if rev.article_id != article.id:
        raise ArticleNotFoundError("library.foreign_revision", id=revision_id)
    heading, body = revision_text(library, revision_id)
    if rev.is_lead:
        return replace(article, title=heading, lead=body, sections=list(article.sections))
    sections = [replace(s) for s in article.sections]
    for s in sections:
        if s.id == rev.section_id:
            s.heading, s.body = heading, body
            break
    else:
        pos = min(max(rev.position, 0), len(sections))
        sections.insert(pos, Section(heading=heading, body=body, id=rev.section_id))
    return replace(article, sections=sections)


def restore(library: Library, article_id: str, revision_id: int) -> Article:
    """Bring a version back as a new change and return the saved article."""
    article = with_revision(library, library.load_article(article_id), revision_id)
    library.save_article(article)
    return article


def deleted_sections(library: Library, article_id: str) -> list[Revision]:
    """Sections removed from an article (their deletion marks), newest first."""
    rows = library.connection.execute(
        f"SELECT {_COLUMNS} FROM revisions r WHERE article_id=? AND kind='deleted'"
        " AND id = (SELECT max(id) FROM revisions WHERE article_id=r.article_id"
        " AND section_id=r.section_id)"
        " AND NOT EXISTS (SELECT 1 FROM sections s WHERE s.id = r.section_id)"
        " ORDER BY id DESC",
        (article_id,),
    )
    return [_revision(r) for r in rows]


# ------------------------------------------------------------------ thinning


def _keep(rows: list[tuple[int, datetime, str]], now: datetime) -> set[int]:
    """Ids of one section's versions to keep (rows oldest first)."""
    keep = {rows[-1][0]}
    if rows[-1][2] == "deleted" and len(rows) > 1:
        keep.add(rows[-2][0])  # the text the deleted section had
    buckets: dict[tuple[str, str], int] = {}
    for rid, saved, _kind in rows:
        age = now - saved
        if age <= KEEP_ALL:
            keep.add(rid)
        elif age <= KEEP_HOURLY:
            buckets[("h", saved.strftime("%Y%m%d%H"))] = rid  # newest in the hour wins
        else:
            buckets[("d", saved.strftime("%Y%m%d"))] = rid
    keep.update(buckets.values())
    return keep


def thin(library: Library, now: datetime | None = None) -> int:
    """Remove old versions (all of the last day kept, then hourly, then daily). Returns the count."""
    now = now or utc_now()
    c = library.connection
    by_section: dict[tuple[str, str], list[tuple[int, datetime, str]]] = {}
    for rid, aid, sid, saved, kind in c.execute(
        "SELECT id, article_id, section_id, saved, kind FROM revisions"
        " WHERE (article_id, section_id) IN (SELECT article_id, section_id FROM revisions"
        " GROUP BY article_id, section_id HAVING count(*) > 1 AND min(saved) < ?)"
        " ORDER BY id",
        (_stamp(now - KEEP_ALL),),
    ):
        by_section.setdefault((aid, sid), []).append((rid, datetime.fromisoformat(saved), kind))
    drop: list[int] = []
    resize: list[int] = []
    for rows in by_section.values():
        if len(rows) < 2 or now - rows[0][1] <= KEEP_ALL:
            continue
        keep = _keep(rows, now)
        gap = False
        for rid, _saved, _kind in rows:
            if rid in keep:
                if gap:
                    resize.append(rid)
                gap = False
            else:
                drop.append(rid)
                gap = True
    if not drop:
        return 0
    with library.writing() as tx:
        tx.executemany("DELETE FROM revisions WHERE id=?", [(rid,) for rid in drop])
        for rid in resize:
            _resize(library, tx, rid)
    log.info("History thinned: %d old versions removed", len(drop))
    return len(drop)


def _resize(library: Library, c: sqlite3.Connection, revision_id: int) -> None:
    """Recount the words a version changed after the versions before it were thinned."""
    rev = get_revision(library, revision_id)
    if rev.kind == "deleted":
        return
    prev = c.execute(
        "SELECT id FROM revisions WHERE article_id=? AND section_id=? AND id<?"
        " ORDER BY id DESC LIMIT 1",
        (rev.article_id, rev.section_id, revision_id),
    ).fetchone()
    old = _words(*revision_text(library, prev[0])) if prev else []
    added, removed = change_size(old, _words(*revision_text(library, revision_id)))
    c.execute(
        "UPDATE revisions SET added=?, removed=? WHERE id=?", (added, removed, revision_id)
    )
