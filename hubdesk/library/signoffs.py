"""Storing and reading review sign-offs (see ``hubdesk.model.signoff``)."""

from __future__ import annotations

import logging
from datetime import datetime

from hubdesk.errors import HubDeskError
from hubdesk.model.article import Article, iso_utc, utc_now
from hubdesk.model.signoff import SignOff, section_hash

log = logging.getLogger(__name__)


def sign(library, article: Article, by: str, section: int | None = None,
         at: datetime | None = None) -> list[SignOff]:
    """Sign off ``section`` (0-based) of a saved article, or all its sections; the new sign-offs.

    The article must be saved as it is signed (its stored sections are what is vouched for).
    """
    name = " ".join(by.split())
    if not name:
        raise HubDeskError("signoff.no_name")
    if section is not None and not 0 <= section < len(article.sections):
        raise HubDeskError("signoff.no_section", number=section + 1,
                           count=len(article.sections))
    if not article.sections:
        raise HubDeskError("signoff.no_sections")
    when = iso_utc(at or utc_now()) or ""  # a datetime always gives text
    chosen = range(len(article.sections)) if section is None else [section]
    made: list[SignOff] = []
    with library.transaction() as c:
        for n in chosen:
            s = article.sections[n]
            row = (article.id, s.id, n, s.heading, section_hash(s), name, when)
            c.execute(
                "INSERT INTO signoffs (article_id, section_id, position, heading, text_hash,"
                " signed_by, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", row)
            made.append(SignOff(s.id, n, s.heading, row[4], name,
                                datetime.fromisoformat(when)))
    log.info("%s signed off %d section(s) of %s", name, len(made), article.id)
    return made


def signoffs(library, article_id: str) -> list[SignOff]:
    """Every sign-off of an article, oldest first."""
    rows = library.connection.execute(
        "SELECT section_id, position, heading, text_hash, signed_by, signed_at FROM signoffs"
        " WHERE article_id=? ORDER BY id", (article_id,)).fetchall()
    return [SignOff(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5])) for r in rows]


def all_signoffs(library) -> dict[str, list[SignOff]]:
    """The sign-offs of every article, by article id (for the library list)."""
    out: dict[str, list[SignOff]] = {}
    for r in library.connection.execute(
            "SELECT article_id, section_id, position, heading, text_hash, signed_by, signed_at"
            " FROM signoffs ORDER BY id"):
        out.setdefault(r[0], []).append(
            SignOff(r[1], r[2], r[3], r[4], r[5], datetime.fromisoformat(r[6])))
    return out
