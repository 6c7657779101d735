"""Queries an import uses to find an article already in the library (no writes)."""

from __future__ import annotations

from hubdesk.library.store import Library


def articles_with_source(library: Library, title: str, canonical_url: str) -> list[str]:
    """Ids of the live articles with this web address (when given) or this exact title."""
    rows = library.connection.execute(
        "SELECT id FROM articles WHERE deleted IS NULL AND"
        " ((? != '' AND canonical_url = ?) OR title = ?) ORDER BY rowid",
        (canonical_url, canonical_url, title),
    )
    return [r[0] for r in rows]
