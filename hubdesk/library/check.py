"""``check``: verify a library without changing it.

SQLite's own integrity and foreign-key checks, then HubDesk's rules: no rows that
belong to a missing article, one full-text index row per article holding its
current title and lead, and a history whose newest version of each live section is
the current text.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.library.recovery import connect_read_only
from hubdesk.library.schema import APPLICATION_ID, SCHEMA_VERSION
from hubdesk.library.search_index import search_index_problems
from hubdesk.model.article import Status

log = logging.getLogger(__name__)

MAX_LISTED = 20  # problems of one kind listed before "and N more"


@dataclass
class CheckReport:
    """What ``check_library`` found: ``problems`` is empty for a sound library."""

    path: Path
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        head = f"{self.path}: " + ("no problems found." if self.ok else
                                   f"{len(self.problems)} problem(s) found.")
        counts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        out = [head]
        if counts:
            out.append(f"Library version {self.version}: {counts}.")
        out += [f"- {p}" for p in self.problems]
        return out


def _add(report: CheckReport, what: str, rows: list) -> None:
    for r in rows[:MAX_LISTED]:
        report.problems.append(f"{what}: {r}")
    if len(rows) > MAX_LISTED:
        report.problems.append(f"{what}: and {len(rows) - MAX_LISTED} more")


def _table_exists(con: sqlite3.Connection, name: str) -> bool:
    return con.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
    ).fetchone() is not None


def check_library(path: str | Path) -> CheckReport:
    """Verify the library file at ``path`` (opened read-only; nothing is changed)."""
    path = Path(path)
    report = CheckReport(path)
    if not path.is_file():
        report.problems.append(f"{path} does not exist.")
        return report
    try:
        con = connect_read_only(path)
    except sqlite3.Error as exc:
        report.problems.append(f"cannot open the file: {exc}")
        return report
    try:
        _check(con, report)
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"the file is damaged: {exc}")
    finally:
        con.close()
    return report


def _check(con: sqlite3.Connection, report: CheckReport) -> None:
    if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        report.problems.append("not a HubDesk library")
        return
    report.version = con.execute("PRAGMA user_version").fetchone()[0]
    if report.version > SCHEMA_VERSION:
        report.problems.append(
            f"written by a newer HubDesk (library version {report.version}); not checked"
        )
        return
    rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        _add(report, "integrity", rows)
        return  # the rest would only repeat the damage
    fk = [f"{r[0]} row {r[1]} points to a missing {r[2]}" for r in
          con.execute("PRAGMA foreign_key_check")]
    _add(report, "foreign keys", fk)
    for table in ("articles", "sections", "credits"):
        report.counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    for table in ("sections", "credits", "disclosures"):
        orphans = [r[0] for r in con.execute(
            f"SELECT t.rowid FROM {table} t LEFT JOIN articles a ON a.id = t.article_id"
            " WHERE a.id IS NULL"
        )]
        _add(report, f"{table} of a missing article (row)", orphans)
    statuses = "', '".join(s.value for s in Status)
    unknown = [f"{r[0]} ({str(r[1])[:40]!r})" for r in con.execute(
        f"SELECT id, status FROM articles WHERE status NOT IN ('{statuses}')"
    )]
    _add(report, "article with an unknown status", unknown)
    _check_index(con, report)
    if _table_exists(con, "revisions"):
        _check_history(con, report)


def _check_index(con: sqlite3.Connection, report: CheckReport) -> None:
    damaged = search_index_problems(con)
    if damaged:
        report.problems += [f"{p}; {REPAIR_HINT}" for p in damaged]
        return  # comparing a damaged index with the articles would only repeat it
    missing = [r[0] for r in con.execute(
        "SELECT a.id FROM articles a WHERE NOT EXISTS"
        " (SELECT 1 FROM articles_fts f WHERE f.rowid = a.rowid)"
    )]
    _add(report, "article missing from the search index", missing)
    stray = [r[0] for r in con.execute(
        "SELECT f.rowid FROM articles_fts f WHERE NOT EXISTS"
        " (SELECT 1 FROM articles a WHERE a.rowid = f.rowid)"
    )]
    _add(report, "search index row of a missing article (rowid)", stray)
    stale = [r[0] for r in con.execute(
        "SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.rowid"
        " WHERE f.title IS NOT a.title OR f.lead IS NOT a.lead"
    )]
    _add(report, "search index out of date for article", stale)


REPAIR_HINT = "run 'hubdesk check --repair' to rebuild it"


def _check_history(con: sqlite3.Connection, report: CheckReport) -> None:
    report.counts["revisions"] = con.execute("SELECT count(*) FROM revisions").fetchone()[0]
    no_current = [r[0] for r in con.execute(
        "SELECT s.id FROM sections s WHERE NOT EXISTS (SELECT 1 FROM revisions r"
        " WHERE r.article_id = s.article_id AND r.section_id = s.id AND r.body IS NULL"
        " AND r.kind != 'deleted')"
    )]
    _add(report, "section without a current version in the history", no_current)
    extra = [f"{r[0]}/{r[1]}" for r in con.execute(
        "SELECT article_id, section_id FROM revisions WHERE body IS NULL AND kind != 'deleted'"
        " GROUP BY article_id, section_id HAVING count(*) > 1"
    )]
    _add(report, "section with several current versions (article/section)", extra)
    orphan = [r[0] for r in con.execute(
        "SELECT r.id FROM revisions r WHERE r.body IS NULL AND r.kind != 'deleted'"
        " AND r.section_id != '' AND NOT EXISTS (SELECT 1 FROM sections s"
        " WHERE s.id = r.section_id)"
    )]
    _add(report, "history version pointing to a missing section (revision)", orphan)
