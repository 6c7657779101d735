"""Backups: online copy, check, once a day, rotation, restore."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from hubdesk.errors import LibraryError
from hubdesk.library import backup
from hubdesk.library.store import Library
from tests import corpus


def _count(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_backup_is_a_sound_self_contained_copy_beside_the_library(library, library_path):
    corpus.fill_library(library, 5, words=300)
    path = backup.create_backup(library.connection, library_path)
    assert path.parent == library_path.parent / "backups"
    assert path.name.startswith("library.hubdesk-") and path.suffix == ".hubdesk"
    assert backup.check_file(path) == []
    assert _count(path) == 5
    assert not path.with_name(path.name + "-wal").exists()
    assert [b.path for b in backup.list_backups(library_path)] == [path]


def test_backup_is_taken_at_most_once_a_day(library, library_path):
    day = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert backup.backup_if_due(library.connection, library_path, day) is not None
    assert backup.backup_if_due(library.connection, library_path, day + timedelta(hours=23)) is None
    assert backup.backup_if_due(library.connection, library_path, day + timedelta(hours=24))
    assert len(backup.list_backups(library_path)) == 2


def test_rotation_keeps_daily_weekly_monthly(library, library_path):
    now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    made = []
    for days in range(400, -1, -1):  # one backup a day for 400 days, two on some days
        t = now - timedelta(days=days)
        made.append(backup.create_backup(library.connection, library_path, now=t))
        if days % 50 == 0:
            made.append(
                backup.create_backup(library.connection, library_path, now=t + timedelta(hours=1))
            )
    migration = backup.create_backup(
        library.connection, library_path, reason="before-v2", now=now - timedelta(days=300)
    )
    deleted = backup.rotate(library_path, now)
    left = backup.list_backups(library_path)
    regular = [b for b in left if not b.reason]
    assert migration in [b.path for b in left]  # backups taken for a reason are kept
    assert len(deleted) + len(regular) == len(made)
    days = {b.created.date() for b in regular if now - b.created < timedelta(days=7)}
    assert len(days) == 7
    assert len([b for b in regular if now - b.created < timedelta(days=7)]) == 7
    weeks = {b.created.isocalendar()[:2] for b in regular if now - b.created < timedelta(weeks=5)}
    assert len(weeks) >= 5
    months = {(b.created.year, b.created.month) for b in regular}
    assert len(months) == 12
    assert len(regular) <= 7 + 5 + 12
    assert regular[0].created == now + timedelta(hours=1)  # the newest is always kept
    assert all(b.path.exists() for b in left)


def test_rotation_deletes_nothing_when_the_newest_backup_is_bad(library, library_path):
    now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    for days in (30, 20, 10):
        backup.create_backup(library.connection, library_path, now=now - timedelta(days=days))
    newest = backup.create_backup(library.connection, library_path, now=now)
    newest.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert backup.check_file(newest)
    assert backup.rotate(library_path, now + timedelta(days=200)) == []
    assert len(backup.list_backups(library_path)) == 4
    assert backup.newest_good_backup(library_path).created == now - timedelta(days=10)


def test_restore_replaces_the_library_and_keeps_the_old_one_aside(library_path):
    lib = Library.open(library_path)
    corpus.fill_library(lib, 3, words=200)
    saved = backup.create_backup(lib.connection, library_path)
    corpus.fill_library(lib, 7, words=200)  # 7 more after the backup
    lib.close()
    assert _count(library_path) == 10
    aside = backup.restore_backup(saved, library_path)
    assert aside is not None and aside.exists() and _count(aside) == 10
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 3
        assert lib.integrity_check() == []


def test_restore_from_a_bad_backup_changes_nothing(library_path, tmp_path):
    lib = Library.open(library_path)
    corpus.fill_library(lib, 2, words=200)
    lib.close()
    before = library_path.read_bytes()
    bad = tmp_path / "bad.hubdesk"
    bad.write_bytes(b"this is not a library at all")
    with pytest.raises(LibraryError, match="Cannot restore from"):
        backup.restore_backup(bad, library_path)
    assert library_path.read_bytes() == before
    assert sorted(p.name for p in library_path.parent.iterdir() if "restor" in p.name) == []


def test_restore_into_an_open_library_in_place(library, library_path):
    corpus.fill_library(library, 3, words=200)
    saved = backup.create_backup(library.connection, library_path)
    corpus.fill_library(library, 2, words=200)
    assert library.count_articles() == 5
    safety = backup.restore_into(library, saved)
    assert library.count_articles() == 3  # the same connection sees the backup's content
    assert library.integrity_check() == []
    assert safety.name.endswith("-before-restore.hubdesk") and _count(safety) == 5
    a = library.load_article(library.list_articles()[0].id)
    a.title = "Après restauration"
    library.save_article(a)
    assert library.load_article(a.id).title == "Après restauration"
    assert library.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_into_migrates_an_older_backup(library, library_path, fixtures_dir):
    # A backup from HubDesk before library ids: named after the library's stem.
    older = backup.backup_dir(library_path) / "library-20250101-000000.hubdesk"
    older.parent.mkdir()
    shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", older)
    safety = backup.restore_into(library, older)
    assert safety.exists()
    from hubdesk.library.schema import SCHEMA_VERSION

    assert library.schema_version == SCHEMA_VERSION
    assert library.count_articles() == 2 and library.count_articles(deleted=True) == 1
    assert library.integrity_check() == []
