"""The history of each section's origin: when it was set or changed, and to what.

A row is written when a section's recorded origin is set (on import from the
disclosure, by "Paste as AI Draft", by hand) and when a save changes it: the section
becomes AI-edited, goes back to its draft's words, or its edited share reaches a new
quarter (25, 50, 75 %). Ordinary saves that change none of this write nothing, so the
history is not flooded. Rows written together share a batch (an import is one batch).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hubdesk.model.article import Article
from hubdesk.model.provenance import Origin, edited_share, section_text


class Cause(StrEnum):
    EXISTING = "existing"  # recorded before this history was kept
    IMPORT = "import"  # set from the disclosure on import
    PASTE = "paste"  # Paste as AI Draft
    HAND = "hand"  # marked by hand in the outline or the Review menu
    EDIT = "edit"  # a save changed the edited share


@dataclass(frozen=True)
class ProvenanceEvent:
    """One section's origin as set or changed at ``at``."""

    batch: int
    section_id: str
    position: int  # 0-based, when recorded
    heading: str
    cause: Cause
    origin: Origin
    assistant: str
    edited: float  # share of words changed since the AI draft
    at: datetime

    def to_dict(self) -> dict[str, object]:
        return {"section": self.position + 1, "heading": self.heading, "cause": str(self.cause),
                "origin": str(self.origin), "assistant": self.assistant,
                "edited_share": self.edited, "at": self.at.isoformat()}


def quarter(origin: Origin, edited: float) -> tuple[str, int]:
    """What a save must change for a new row: the origin, or the quarter of edited words."""
    return str(origin), min(int(edited * 4), 3) if origin is Origin.AI_EDITED else 0


def _next_batch(c: sqlite3.Connection) -> int:
    return int(c.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM provenance_events")
               .fetchone()[0])


def record(c: sqlite3.Connection, article: Article, positions: Iterable[int], cause: Cause,
           origin: Origin, assistant: str, when: str, edited: dict[int, float] | None = None
           ) -> int:
    """Record sections (0-based) of ``article`` as one batch; the batch number."""
    batch = _next_batch(c)
    rows = []
    for n in positions:
        s = article.sections[n]
        rows.append((article.id, batch, s.id, n, s.heading, str(cause), str(origin), assistant,
                     (edited or {}).get(n, 0.0), when))
    c.executemany(
        "INSERT INTO provenance_events (article_id, batch, section_id, position, heading, cause,"
        " origin, assistant, edited, at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    return batch


def last_origin(c: sqlite3.Connection, section_id: str) -> tuple[Origin, float] | None:
    """The newest recorded origin of a section and its edited share (None: never recorded)."""
    r = c.execute("SELECT origin, edited FROM provenance_events WHERE section_id=?"
                  " ORDER BY id DESC LIMIT 1", (section_id,)).fetchone()
    return (Origin(r[0]), float(r[1])) if r else None


def record_saved_edits(c: sqlite3.Connection, article: Article, changed: set[str],
                       when: str) -> None:
    """After a save: a row for each changed AI-drafted section whose origin or quarter of
    edited words moved (one batch for the save)."""
    if not changed:
        return
    ids = list(changed)
    drafts: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        drafts.update((r[0], (r[1], r[2])) for r in c.execute(
            "SELECT section_id, assistant, draft FROM section_provenance WHERE section_id IN"
            f" ({','.join('?' * len(chunk))})", chunk))  # noqa: S608
    if not drafts:
        return
    moved: dict[int, tuple[Origin, str, float]] = {}
    for n, s in enumerate(article.sections):
        if s.id not in drafts:
            continue
        assistant, draft = drafts[s.id]
        share = edited_share(draft, section_text(s))
        origin = Origin.AI_EDITED if share > 0 else Origin.AI
        before = last_origin(c, s.id)
        if before is None or quarter(*before) != quarter(origin, share):
            moved[n] = (origin, assistant, share)
    if not moved:
        return
    batch = _next_batch(c)
    c.executemany(
        "INSERT INTO provenance_events (article_id, batch, section_id, position, heading, cause,"
        " origin, assistant, edited, at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(article.id, batch, article.sections[n].id, n, article.sections[n].heading,
          str(Cause.EDIT), str(o), a, share, when) for n, (o, a, share) in moved.items()])


def events(library_or_connection, article_id: str, section_id: str | None = None
           ) -> list[ProvenanceEvent]:
    """An article's origin history (or one section's), oldest first."""
    c = getattr(library_or_connection, "connection", library_or_connection)
    query = ("SELECT batch, section_id, position, heading, cause, origin, assistant, edited, at"
             " FROM provenance_events WHERE article_id=?")
    params: tuple[str, ...] = (article_id,)
    if section_id is not None:
        query += " AND section_id=?"
        params += (section_id,)
    return [ProvenanceEvent(r[0], r[1], r[2], r[3], Cause(r[4]), Origin(r[5]), r[6],
                            float(r[7]), datetime.fromisoformat(r[8]))
            for r in c.execute(query + " ORDER BY id", params)]


def batches(found: list[ProvenanceEvent]) -> list[list[ProvenanceEvent]]:
    """Events grouped by batch, in the order given (one History entry each)."""
    out: dict[int, list[ProvenanceEvent]] = {}
    for e in found:
        out.setdefault(e.batch, []).append(e)
    return list(out.values())

