"""A damaged full-text index: ``check`` finds it, ``check --repair`` rebuilds it,
``search`` says so in one line, and a backup with the same damage is never restored."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hubdesk.cli import run_cli
from hubdesk.errors import LibraryError, SearchIndexError
from hubdesk.library import backup
from hubdesk.library.check import check_library
from hubdesk.library.store import Library
from tests import corpus


def _zero_blocks(every: int):
    def damage(con: sqlite3.Connection) -> None:
        con.execute("UPDATE articles_fts_data SET block = zeroblob(length(block))"
                    f" WHERE id > 10 AND rowid % {every} = 0")
    return damage


def _drop_blocks(every: int):
    def damage(con: sqlite3.Connection) -> None:
        con.execute(f"DELETE FROM articles_fts_data WHERE id > 10 AND rowid % {every} = 0")
    return damage


def _garble_blocks(every: int):
    def damage(con: sqlite3.Connection) -> None:
        con.execute("UPDATE articles_fts_data SET block = randomblob(length(block))"
                    f" WHERE id > 10 AND rowid % {every} = 0")
    return damage


def _change_content(column: str):
    def damage(con: sqlite3.Connection) -> None:
        con.execute(f"UPDATE articles_fts_content SET {column} = 'texte remplacé'")
    return damage


def _drop_docsize(con: sqlite3.Connection) -> None:
    con.execute("DELETE FROM articles_fts_docsize WHERE id % 2 = 0")


def _drop_structure(con: sqlite3.Connection) -> None:
    con.execute("DELETE FROM articles_fts_data WHERE id = 10")  # the index's structure record


def _shift_pages(con: sqlite3.Connection) -> None:
    con.execute("UPDATE articles_fts_idx SET pgno = pgno + 7")


DAMAGES = {
    **{f"zero-1/{n}": _zero_blocks(n) for n in (1, 2, 3, 7)},
    **{f"drop-1/{n}": _drop_blocks(n) for n in (1, 2, 5)},
    **{f"garble-1/{n}": _garble_blocks(n) for n in (1, 3)},
    **{f"content-{c}": _change_content(c) for c in ("c0", "c1", "c2", "c3")},
    "docsize": _drop_docsize,
    "structure": _drop_structure,
    "pages": _shift_pages,
}


def _make(path: Path) -> None:
    with Library.open(path) as lib:
        corpus.fill_library(lib, 25, words=300)


def _damage(path: Path, how) -> None:
    con = sqlite3.connect(path)
    try:
        how(con)
        con.commit()
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", DAMAGES)
def test_check_finds_a_damaged_index_and_repair_rebuilds_it(library_path, capsys, name):
    _make(library_path)
    _damage(library_path, DAMAGES[name])
    before = _digest(library_path)
    report = check_library(library_path)
    assert not report.ok
    assert any("search index" in p and "check --repair" in p for p in report.problems)
    assert _digest(library_path) == before  # check changes nothing
    db = str(library_path)
    assert run_cli(["--db", db, "check"]) == 1
    capsys.readouterr()

    code = run_cli(["--db", db, "search", "le"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and err.count("\n") <= 1
    if code:
        assert code == 1 and out == "" and "search index" in err and "--repair" in err

    assert run_cli(["--db", db, "check", "--repair"]) == 0
    out, _ = capsys.readouterr()
    assert "Rebuilt the search index (25 articles)" in out and "no problems found" in out
    with Library.open(library_path) as lib:
        article = lib.load_article(lib.list_articles()[3].id)
        hits = lib.search(article.title)
        assert hits and hits[0].id == article.id


def test_search_on_a_broken_index_is_one_line_with_exit_1(library_path, capsys):
    _make(library_path)
    _damage(library_path, _drop_blocks(1))
    for query in ("le", "la", "train*", '"une phrase"', "a " * 50):
        code = run_cli(["--db", str(library_path), "search", query])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "search index" in err and "Traceback" not in err
    with Library.open(library_path) as lib, pytest.raises(SearchIndexError):
        lib.search("le")


@pytest.mark.parametrize("name", ["zero-1/1", "drop-1/2", "garble-1/3", "content-c2", "pages"])
def test_a_backup_with_a_damaged_index_is_never_restored(library_path, name):
    _make(library_path)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    with Library.open(library_path) as lib:
        good = backup.create_backup(lib.connection, library_path, now=now - timedelta(days=2))
        bad = backup.create_backup(lib.connection, library_path, now=now)
    _damage(bad, DAMAGES[name])
    problems = backup.check_file(bad)
    assert problems and "search index is damaged" in problems[0]
    assert backup.check_file(good) == []
    assert backup.newest_good_backup(library_path).path == good
    before = _digest(library_path)
    with pytest.raises(LibraryError, match="search index is damaged"):
        backup.restore_backup(bad, library_path)
    assert _digest(library_path) == before
    with Library.open(library_path) as lib:
        with pytest.raises(LibraryError, match="search index is damaged"):
            backup.restore_into(lib, bad)
        assert lib.count_articles() == 25


def test_a_new_backup_of_a_library_with_a_damaged_index_is_refused(library_path):
    _make(library_path)
    _damage(library_path, _drop_blocks(2))
    with Library.open(library_path) as lib:
        with pytest.raises(LibraryError, match="failed its check"):
            backup.create_backup(lib.connection, library_path)
        assert backup.list_backups(library_path) == []
        lib.rebuild_search_index()
        made = backup.create_backup(lib.connection, library_path)
    assert backup.check_file(made) == []
