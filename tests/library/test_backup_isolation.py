"""Backups belong to exactly one library: two libraries with one stem in one folder
(``work.hubdesk`` and ``work.db``) never share, rotate or restore each other's backups."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import LibraryError
from hubdesk.library import backup
from hubdesk.library.store import Library
from tests import corpus

# Pairs of library file names that share a stem (what matched backups before).
PAIRS = [
    ("work.hubdesk", "work.db"),
    ("work.hubdesk", "work.sqlite"),
    ("notes.db", "notes.hubdesk"),
    ("a.b.hubdesk", "a.b.db"),
    ("Revue 2026.hubdesk", "Revue 2026.bak"),
    ("x.hubdesk", "x.HUBDESK"),
    ("desk-20261130-101010.hubdesk", "desk-20261130-101010.db"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _titles(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT title FROM articles")}
    finally:
        con.close()


def _make(path: Path, n: int) -> set[str]:
    with Library.open(path) as lib:
        corpus.fill_library(lib, n, words=80)
        return {a.title for a in lib.list_articles()}


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_libraries_in_one_folder_keep_their_own_backups(tmp_path, first, second):
    a_path, b_path = tmp_path / first, tmp_path / second
    _make(a_path, 2)
    b_titles = _make(b_path, 3)
    with Library.open(b_path) as b:
        b_backup = backup.create_backup(b.connection, b_path, now=datetime(2026, 1, 1, tzinfo=UTC))
        assert b.library_id and backup.library_id_of(b_backup) == b.library_id
    b_digest = _digest(b_backup)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    with Library.open(a_path) as a:
        assert a.library_id != backup.library_id_of(b_backup)
        for days in range(40, -1, -1):  # forty days of backups, then rotation
            backup.create_backup(a.connection, a_path, now=now - timedelta(days=days))
        backup.rotate(a_path, now)
        # The other library's only backup is untouched and never listed as this one's.
        assert b_backup.exists() and _digest(b_backup) == b_digest
        assert b_backup not in [x.path for x in backup.list_backups(a_path)]
        assert [x.path for x in backup.list_backups(b_path)] == [b_backup]
        before = {a.title for a in a.list_articles()}
        with pytest.raises(LibraryError, match="backup of another library") as caught:
            backup.restore_into(a, b_backup)
        assert "\n" not in str(caught.value)
        assert {x.title for x in a.list_articles()} == before
    a_digest = _digest(a_path)
    with pytest.raises(LibraryError, match="backup of another library"):
        backup.restore_backup(b_backup, a_path)
    assert _digest(a_path) == a_digest
    # The newest good backup of B is B's own, whatever A did.
    assert backup.newest_good_backup(b_path).path == b_backup
    backup.restore_backup(b_backup, b_path)
    assert _titles(b_path) == b_titles


@pytest.mark.parametrize(("first", "second"), PAIRS[:3])
def test_cli_backup_and_restore_keep_libraries_apart(tmp_path, capsys, first, second):
    a_path, b_path = tmp_path / first, tmp_path / second
    _make(a_path, 2)
    _make(b_path, 1)
    assert main(["--db", str(b_path), "backup"]) == 0
    (b_backup,) = [x.path for x in backup.list_backups(b_path)]
    b_digest = _digest(b_backup)
    for _ in range(3):
        assert main(["--db", str(a_path), "backup"]) == 0
    capsys.readouterr()
    assert _digest(b_backup) == b_digest
    a_digest = _digest(a_path)
    code = main(["--db", str(a_path), "restore", str(b_backup)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is a backup of another library" in err
    assert _digest(a_path) == a_digest
    # restore without a file picks A's own newest backup, never B's.
    assert main(["--db", str(a_path), "restore"]) == 0
    out, _ = capsys.readouterr()
    assert first in out and b_backup.name not in out


def test_a_copy_of_a_backup_under_another_name_still_restores(tmp_path):
    path = tmp_path / "work.hubdesk"
    titles = _make(path, 2)
    with Library.open(path) as lib:
        made = backup.create_backup(lib.connection, path)
        corpus.fill_library(lib, 1, words=50)
    moved = tmp_path / "elsewhere.hubdesk"
    shutil.copy(made, moved)
    backup.restore_backup(moved, path)  # same library id inside: it belongs
    assert _titles(path) == titles


def test_an_older_backup_without_id_needs_the_library_name(tmp_path, fixtures_dir):
    path = tmp_path / "work.hubdesk"
    _make(path, 1)
    with Library.open(path) as lib:
        own_id = lib.library_id
        stranger = tmp_path / "someone.hubdesk"
        shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", stranger)
        with pytest.raises(LibraryError, match="cannot be shown to be a backup of work.hubdesk"):
            backup.restore_into(lib, stranger)
        legacy = backup.backup_dir(path) / "work-20250101-000000.hubdesk"
        legacy.parent.mkdir()
        shutil.copy(fixtures_dir / "libraries" / "v1.hubdesk", legacy)
        assert legacy in [b.path for b in backup.list_backups(path)]
        backup.restore_into(lib, legacy)
        assert lib.count_articles() == 2
        assert lib.library_id == own_id  # the library keeps its id: its backups stay its own
