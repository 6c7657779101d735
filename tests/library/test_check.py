"""``check``, ``backup`` and ``restore`` from the command line; damaged and busy libraries."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.cli import run_cli
from hubdesk.errors import DamagedLibraryError
from hubdesk.library import backup, lock, recovery
from hubdesk.library.check import check_library
from hubdesk.library.store import Library
from tests import (
    ROOT,  # noqa: E402
    corpus,
)


def _make(path: Path, count: int = 6) -> None:
    with Library.open(path) as lib:
        corpus.fill_library(lib, count, words=400)


def damage(path: Path) -> None:
    """Overwrite the middle of the file (pages past the header) with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(bytes(range(256)) * ((size - 4096 * 3) // 256))


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_sound_library_passes_check(library_path, capsys):
    _make(library_path)
    assert check_library(library_path).ok
    assert run_cli(["--db", str(library_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "no problems found" in out and "6 articles" in out


def test_check_finds_orphans_missing_index_rows_and_broken_history(library_path, capsys):
    _make(library_path)
    con = sqlite3.connect(library_path)
    victim, stale = [r[0] for r in con.execute("SELECT id FROM articles LIMIT 2")]
    con.execute("DELETE FROM articles_fts WHERE rowid=(SELECT rowid FROM articles WHERE id=?)",
                (victim,))
    con.execute("UPDATE articles SET title='Changed behind the index' WHERE id=?", (stale,))
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO credits (id, article_id, position) VALUES ('c1', 'nope', 0)")
    con.execute("DELETE FROM revisions WHERE rowid=(SELECT min(rowid) FROM revisions"
                " WHERE section_id != '')")
    con.commit()
    con.close()
    report = check_library(library_path)
    text = "\n".join(report.problems)
    assert f"article missing from the search index: {victim}" in text
    assert f"search index out of date for article: {stale}" in text
    assert "credits of a missing article" in text
    assert "section without a current version in the history" in text
    assert "foreign keys: credits row" in text
    assert run_cli(["--db", str(library_path), "check"]) == 1
    assert "problem(s) found" in capsys.readouterr().out


@pytest.mark.parametrize("command", [
    ["list"], ["show", "abc"], ["search", "europe"], ["delete", "abc"], ["backup"],
])
def test_damaged_library_one_line_nonzero_nothing_changed(library_path, command, capsys):
    _make(library_path)
    damage(library_path)
    before = _digest(library_path.parent)
    assert run_cli(["--db", str(library_path), *command]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"hubdesk: {library_path} is damaged")
    assert _digest(library_path.parent) == before


def test_check_reports_a_damaged_library(library_path, capsys):
    _make(library_path)
    damage(library_path)
    before = _digest(library_path.parent)
    assert run_cli(["--db", str(library_path), "check"]) == 1
    assert "problem(s) found" in capsys.readouterr().out
    assert _digest(library_path.parent) == before


def test_backup_and_restore_from_the_command_line(library_path, capsys):
    _make(library_path, 4)
    assert run_cli(["--db", str(library_path), "backup"]) == 0
    assert "Backed up to" in capsys.readouterr().out
    with Library.open(library_path) as lib:
        corpus.fill_library(lib, 3, words=200)
        assert lib.count_articles() == 7
    damage(library_path)
    assert run_cli(["--db", str(library_path), "restore"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 4
        assert lib.integrity_check() == []
    assert run_cli(["--db", str(library_path), "backup", "--list"]) == 0
    assert ".hubdesk" in capsys.readouterr().out


def test_restore_without_backups_says_so(library_path, capsys):
    _make(library_path, 1)
    assert run_cli(["--db", str(library_path), "restore"]) == 1
    assert "No good backup" in capsys.readouterr().err


def test_damaged_library_at_start_is_set_aside_and_newest_good_backup_found(library_path):
    _make(library_path, 3)
    with Library.open(library_path) as lib:
        good = backup.create_backup(lib.connection, library_path)
    damage(library_path)
    assert recovery.quick_check(library_path)
    with pytest.raises(DamagedLibraryError, match="is damaged"):
        recovery.refuse_if_damaged(library_path)
    aside = recovery.set_aside(library_path)
    assert aside.exists() and not library_path.exists()
    newest = backup.newest_good_backup(library_path)
    assert newest is not None and newest.path == good
    backup.restore_backup(newest.path, library_path)
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 3


_HOLD = """
import sys
from hubdesk.library.lock import LibraryLock
lock = LibraryLock(sys.argv[1]).acquire()
print("locked", flush=True)
sys.stdin.readline()
"""


def test_cli_write_command_waits_then_says_the_library_is_in_use(library_path, monkeypatch,
                                                                capsys, tmp_path):
    _make(library_path, 2)
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(library_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "locked"
        monkeypatch.setattr(lock, "CLI_WAIT", 0.2)
        note = tmp_path / "note.md"
        note.write_text("# A title\n\nSome text.\n", encoding="utf-8")
        assert run_cli(["--db", str(library_path), "import", str(note)]) == 1
        err = capsys.readouterr().err
        assert f"in use by another HubDesk (pid {proc.pid})" in err
        # Reading is still allowed while the app holds the library.
        assert run_cli(["--db", str(library_path), "list"]) == 0
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)
    with Library.open(library_path) as lib:
        assert lib.count_articles() == 2


def test_backup_from_the_command_line_while_the_app_holds_the_library(library_path, capsys):
    _make(library_path, 2)
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(library_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert run_cli(["--db", str(library_path), "backup"]) == 0
        assert "Backed up to" in capsys.readouterr().out
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(10)
    [made] = backup.list_backups(library_path)
    assert backup.check_file(made.path) == []
