"""Storing each section's AI draft (see ``hubdesk.model.provenance``)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from hubdesk.library import provenance_events as events
from hubdesk.library.provenance_events import Cause
from hubdesk.model.article import Article, iso_utc, utc_now
from hubdesk.model.provenance import Origin, SectionOrigin, section_text

log = logging.getLogger(__name__)


def read_origins(c: sqlite3.Connection, article_id: str) -> dict[str, SectionOrigin]:
    """The recorded AI drafts of an article's sections, by section id."""
    rows = c.execute("SELECT section_id, assistant, draft, recorded FROM section_provenance"
                     " WHERE article_id=?", (article_id,)).fetchall()
    return {r[0]: SectionOrigin(r[1], r[2], datetime.fromisoformat(r[3])) for r in rows}


def _write(c: sqlite3.Connection, article: Article, positions: list[int], assistant: str,
           when: str) -> None:
    for n in positions:
        section = article.sections[n]
        draft = section_text(section)
        c.execute(
            "INSERT INTO section_provenance (section_id, article_id, assistant, draft, recorded)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(section_id) DO UPDATE SET"
            " article_id=excluded.article_id, assistant=excluded.assistant,"
            " draft=excluded.draft, recorded=excluded.recorded",
            (section.id, article.id, assistant, draft, when))
        article.origins[section.id] = SectionOrigin(assistant, draft, datetime.fromisoformat(when))


def record_from_disclosure(c: sqlite3.Connection, article: Article) -> None:
    """On an article's first save (an import): when its disclosure says an AI wrote it,
    record every section as drafted by that assistant, as it reads now."""
    d = article.disclosure
    if d.ai_written and article.sections:
        positions = list(range(len(article.sections)))
        assistant, when = " ".join(d.assistant.split()), iso_utc(utc_now()) or ""
        _write(c, article, positions, assistant, when)
        events.record(c, article, positions, Cause.IMPORT, Origin.AI, assistant, when)


def mark_drafted(library, article: Article, positions: list[int], assistant: str,
                 cause: Cause = Cause.HAND) -> None:
    """Record sections (0-based) of a saved article as AI drafts, as they read now
    (``cause``: marked by hand, or pasted as an AI draft), and note it in their history."""
    positions = [n for n in positions if 0 <= n < len(article.sections)]
    name, when = " ".join(assistant.split()), iso_utc(utc_now()) or ""
    with library.transaction() as c:
        _write(c, article, positions, name, when)
        if positions:
            events.record(c, article, positions, cause, Origin.AI, name, when)
    log.info("Sections %s of %s recorded as drafted by %r", positions, article.id, assistant)


def mark_person(library, article: Article, positions: list[int]) -> None:
    """Record sections (0-based) as written by a person (their AI draft is forgotten); the
    history notes the sections that had an AI draft."""
    positions = [n for n in positions if 0 <= n < len(article.sections)]
    ids = [article.sections[n].id for n in positions]
    with library.transaction() as c:
        had = {r[0] for r in c.execute(
            f"SELECT section_id FROM section_provenance WHERE section_id IN ({','.join('?' * len(ids))})",  # noqa: E501, S608
            ids)}
        c.executemany("DELETE FROM section_provenance WHERE section_id=?", [(i,) for i in ids])
        changed = [n for n in positions if article.sections[n].id in had]
        if changed:
            events.record(c, article, changed, Cause.HAND, Origin.PERSON, "",
                          iso_utc(utc_now()) or "")
    for i in ids:
        article.origins.pop(i, None)
