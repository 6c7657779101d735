"""The widget-free part of the library guard: lock, damage, crash report, backups, close."""

from __future__ import annotations

import json
import os
import socket

import pytest

from hubdesk.errors import HubDeskError, LibraryBusyError, LibraryError
from hubdesk.library import backup
from hubdesk.library.lock import is_locked, lock_path
from hubdesk.library.recovery import quick_check
from hubdesk.library.safekeeping import Safekeeping
from hubdesk.library.store import Library
from tests import corpus
from tests.library.test_check import damage


def _filled(path, n=3):
    with Library.open(path) as lib:
        corpus.fill_library(lib, n, words=200)
        return [s.id for s in lib.list_articles()]


def test_a_clean_run_takes_the_lock_reports_no_crash_and_backs_up_on_close(library_path) -> None:
    ids = _filled(library_path)
    keeper = Safekeeping(library_path)
    keeper.take()
    assert is_locked(library_path)
    assert keeper.check() is None
    library = Library.open(library_path)
    assert keeper.opened(library) is None and keeper.crash is None
    assert keeper.library is library
    assert keeper.backups() == []
    keeper.close()
    assert library.closed and keeper.library is None
    assert not is_locked(library_path)
    [made] = keeper.backups()
    assert made.path.parent == keeper.backup_folder()
    with Library.open(made.path) as copy:
        assert sorted(s.id for s in copy.list_articles()) == sorted(ids)


def test_a_second_keeper_is_refused_while_the_first_holds_the_library(library_path) -> None:
    Library.open(library_path).close()
    first, second = Safekeeping(library_path), Safekeeping(library_path)
    first.take()
    try:
        with pytest.raises(LibraryBusyError) as caught:
            second.take()
        assert caught.value.code == "library.in_use_by"
        assert caught.value.params["pid"] == os.getpid()
    finally:
        first.close()
    second.take()  # free again
    second.close()


def test_a_lock_left_by_a_dead_process_is_taken_over_and_reported(library_path) -> None:
    _filled(library_path, 1)
    dead_pid = 2**22 + 17  # above Linux's default pid_max: no such process
    lock_path(library_path).write_text(json.dumps(
        {"pid": dead_pid, "host": socket.gethostname(), "since": 0}), encoding="utf-8")
    keeper = Safekeeping(library_path)
    keeper.take()
    library = Library.open(library_path)
    try:
        crash = keeper.opened(library)
        assert crash is not None and crash.previous_pid == dead_pid
        assert crash.last_saved is not None and crash.last_article
    finally:
        keeper.close()


def test_a_damaged_library_is_kept_aside_and_the_newest_good_backup_restored(library_path) -> None:
    ids = _filled(library_path, 5)
    with Library.open(library_path) as lib:
        backup.create_backup(lib.connection, library_path)
    damage(library_path)
    keeper = Safekeeping(library_path)
    keeper.take()
    try:
        problem = keeper.check()
        assert problem
        kept = keeper.keep_damaged_aside(problem)
        assert kept.problem == problem
        assert kept.aside.exists() and kept.aside.name.startswith("library.hubdesk.damaged-")
        assert not library_path.exists()
        assert kept.good_backup is not None
        keeper.restore(kept.good_backup.path)
        assert quick_check(library_path) == []
        with Library.open(library_path) as lib:
            assert sorted(s.id for s in lib.list_articles()) == sorted(ids)
    finally:
        keeper.lock.release()


def test_no_backup_to_offer_for_a_damaged_library(library_path) -> None:
    _filled(library_path, 5)
    damage(library_path)
    keeper = Safekeeping(library_path)
    kept = keeper.keep_damaged_aside(keeper.check() or "")
    assert kept.good_backup is None and kept.aside.exists()


def test_restore_into_needs_an_open_library(library_path, tmp_path) -> None:
    keeper = Safekeeping(library_path)
    with pytest.raises(HubDeskError) as caught:
        keeper.restore_into(tmp_path / "any.hubdesk")
    assert caught.value.code == "library.missing"


def test_a_failing_backup_on_close_still_closes_and_unlocks(library_path, monkeypatch, caplog) -> None:
    _filled(library_path, 1)
    keeper = Safekeeping(library_path)
    keeper.take()
    library = Library.open(library_path)
    keeper.opened(library)

    def full_disk(*_a, **_k):
        raise LibraryError("write.disk_full", path=library_path)

    monkeypatch.setattr(backup, "backup_if_due", full_disk)
    keeper.close()
    assert library.closed
    assert not is_locked(library_path)
    assert "Backup on close failed" in caplog.text
