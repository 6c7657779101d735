"""A full disk: the user reads "the disk is full" and nothing changes.

The lock's owner record is refused with ENOSPC by fault injection on ``os.write`` for
the lock file only; SQLite's own full disk is real, from ``PRAGMA max_page_count``
(SQLite then answers SQLITE_FULL and rolls the transaction back by itself).
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from hubdesk.__main__ import main
from hubdesk.errors import LibraryError
from hubdesk.library.lock import LibraryLock, is_locked, lock_path, read_owner
from hubdesk.library.store import Library
from tests import corpus


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir()) if p.is_file()
    }


def _fail_writes_to(monkeypatch, target: Path, code: int, *, after: int = 0) -> None:
    """A disk with ``after`` bytes left, for ``target`` only: ``os.write`` fails with
    ``code`` once the file would grow by more (rewriting its own bytes needs no room)."""
    real_write = os.write
    grown: list[int] = []

    def write(fd: int, data) -> int:
        try:
            name = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            name = ""
        if name != str(target.resolve()):
            return real_write(fd, data)
        position = os.lseek(fd, 0, os.SEEK_CUR)
        size = os.fstat(fd).st_size
        room = max(0, size - position) + max(0, after - sum(grown))
        if room <= 0:
            raise OSError(code, os.strerror(code))
        chunk = bytes(data)[:room]
        n = real_write(fd, chunk)
        grown.append(max(0, position + n - size))
        return n

    monkeypatch.setattr(os, "write", write)


# Whether a lock file is there already (and what it holds), the error, and how many
# bytes of the record fit before the disk is full.
_STATES = {"absent": None, "empty": b"", "stale": b'{"pid": 999999, "host": "x", "since": 1}'}
_CASES = [
    (state, code, after)
    for state in _STATES
    for code in (errno.ENOSPC, errno.EDQUOT)
    for after in (0, 1, 10)
]


@pytest.mark.parametrize(("state", "code", "after"), _CASES)
def test_lock_record_on_a_full_disk_says_so_and_changes_nothing(
    monkeypatch, library_path, state, code, after
):
    with Library.open(library_path) as lib:
        lib.save_article(corpus.make_article(50, seed=1))
    if _STATES[state] is not None:
        lock_path(library_path).write_bytes(_STATES[state])
    before = _snapshot(library_path.parent)
    _fail_writes_to(monkeypatch, lock_path(library_path), code, after=after)
    lock = LibraryLock(library_path)
    with pytest.raises(LibraryError) as caught:
        lock.acquire()
    message = str(caught.value)
    assert "is full" in message and "changed nothing" in message and "\n" not in message
    monkeypatch.undo()
    assert not lock.held and not is_locked(library_path)
    assert _snapshot(library_path.parent) == before
    with LibraryLock(library_path) as again:  # and once there is room again, it works
        assert again.held and read_owner(library_path)["pid"] == os.getpid()


@pytest.mark.parametrize("command", [["import"], ["delete"], ["backup"]])
def test_cli_on_a_full_disk_for_the_lock_is_one_line(monkeypatch, tmp_path, capsys, command):
    db = tmp_path / "lib.hubdesk"
    with Library.open(db) as lib:
        article = corpus.make_article(50, seed=2)
        lib.save_article(article)
    source = tmp_path / "new.md"
    source.write_text("# New\n\nSome text.\n", encoding="utf-8")
    argv = {"import": [str(source)], "delete": [article.id], "backup": []}[command[0]]
    before = _snapshot(tmp_path)
    _fail_writes_to(monkeypatch, lock_path(db), errno.ENOSPC)
    code = main(["--db", str(db), *command, *argv])
    out, err = capsys.readouterr()
    monkeypatch.undo()
    if command == ["backup"]:  # the online backup needs no lock
        assert code == 0
        return
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is full" in err
    assert _snapshot(tmp_path) == before


def _full_library(path: Path) -> Library:
    lib = Library.open(path)
    corpus.fill_library(lib, 3, words=200)
    pages = lib.connection.execute("PRAGMA page_count").fetchone()[0]
    lib.connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    return lib


@pytest.mark.parametrize("words", [400, 2000, 8000, 30000])
def test_sqlite_full_disk_is_reported_as_such_and_nothing_is_written(library_path, words):
    lib = _full_library(library_path)
    try:
        titles = sorted(a.title for a in lib.list_articles())
        first = lib.list_articles()[0].id
        edited = lib.load_article(first)
        edited.sections[0].body += " " + corpus.make_article(words, seed=words).lead
        attempts = [
            lambda: lib.save_article(corpus.make_article(words, seed=words)),
            lambda: lib.save_articles([corpus.make_article(words, seed=words + n) for n in (1, 2)]),
            lambda: lib.save_article(edited),
        ]
        for attempt in attempts:
            with pytest.raises(LibraryError) as caught:
                attempt()
            message = str(caught.value)
            assert message.startswith(f"The disk holding {library_path} is full"), message
            assert "cannot rollback" not in message
            assert not lib.connection.in_transaction
        assert sorted(a.title for a in lib.list_articles()) == titles
        assert lib.load_article(first).sections[0].body != edited.sections[0].body
        assert lib.integrity_check() == []
    finally:
        lib.close()


def test_cli_import_when_sqlite_finds_the_disk_full(monkeypatch, tmp_path, capsys):
    db = tmp_path / "lib.hubdesk"
    with Library.open(db) as lib:
        corpus.fill_library(lib, 2, words=200)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        art = corpus.make_article(3000, seed=n)
        (folder / f"a{n}.md").write_text(f"# {art.title}\n\n{art.lead}\n", encoding="utf-8")
    real_configure = Library._configure

    def configure(self):  # the disk fills up after the library is opened
        real_configure(self)
        pages = self._con.execute("PRAGMA page_count").fetchone()[0]
        self._con.execute(f"PRAGMA max_page_count = {pages + 1}")

    monkeypatch.setattr(Library, "_configure", configure)
    code = main(["--db", str(db), "import", str(folder)])
    out, err = capsys.readouterr()
    monkeypatch.undo()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is full; nothing was saved" in err
    with Library.open(db) as lib:
        assert lib.count_articles() == 2
