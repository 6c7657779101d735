"""``Library.open_read_only`` (``list``, ``show``, ``search``) beside a writer.

The trace-free read takes no lock and does not read the write-ahead log, so a reader
opened that way while a writer is starting would miss what the writer commits and
could read the file while a checkpoint rewrites it. The reader must read with SQLite's
locks whenever a writer holds the library's lock or starts while the reader opens, and
stay trace-free otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.library import recovery
from hubdesk.library.lock import LibraryLock
from hubdesk.library.store import Library
from tests import corpus


def _seed(path: Path, count: int = 1) -> None:
    with Library.open(path) as lib:
        for i in range(count):
            lib.save_article(corpus.make_article(40, seed=i))


def _side_files(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name != path.name}


@pytest.mark.parametrize("writes", [1, 5, 40])
def test_a_reader_opened_while_a_writer_holds_the_lock_sees_what_it_commits(library_path, writes):
    _seed(library_path)
    lock = LibraryLock(library_path).acquire()  # a writer (the app, an import) starting
    try:
        reader = Library.open_read_only(library_path)
        try:
            assert reader.count_articles() == 1
            writer = Library.open(library_path)
            try:
                for i in range(writes):
                    writer.save_article(corpus.make_article(40, seed=100 + i))
                    assert reader.count_articles() == 2 + i  # committed, still in the log
                    assert len(reader.list_articles()) == 2 + i
            finally:
                writer.close()  # checkpoints into the file the reader has open
            assert reader.count_articles() == 1 + writes
            assert {s.id for s in reader.list_articles()} == {
                s.id for s in Library.open_read_only(library_path).list_articles()
            }
        finally:
            reader.close()
    finally:
        lock.release()


@pytest.mark.parametrize("when", ["log", "lock"])
def test_a_writer_that_starts_while_the_reader_opens_is_seen(library_path, monkeypatch, when):
    _seed(library_path)
    writer: list[Library] = []
    lock = LibraryLock(library_path)
    real = recovery.connect_read_only

    def writer_starts_now(path: Path):
        con = real(path)  # the trace-free connection is made, then a writer begins
        if when == "lock":
            lock.acquire()
        else:
            lib = Library.open(library_path)
            lib.save_article(corpus.make_article(40, seed=50))
            writer.append(lib)
        return con

    monkeypatch.setattr(recovery, "connect_read_only", writer_starts_now)
    reader = Library.open_read_only(library_path)
    monkeypatch.setattr(recovery, "connect_read_only", real)
    try:
        if when == "lock":
            lib = Library.open(library_path)
            lib.save_article(corpus.make_article(40, seed=50))
            writer.append(lib)
        assert reader.count_articles() == 2
    finally:
        reader.close()
        for lib in writer:
            lib.close()
        lock.release()


def test_with_no_writer_the_reader_leaves_no_trace(library_path):
    _seed(library_path, 3)
    before = _side_files(library_path)
    reader = Library.open_read_only(library_path)
    try:
        assert reader.count_articles() == 3
        assert _side_files(library_path) == before  # no -wal, no -shm, no lock file made
    finally:
        reader.close()
    assert _side_files(library_path) == before
