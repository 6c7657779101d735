"""One writer per library: the lock file, across real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hubdesk.errors import LibraryBusyError
from hubdesk.library.lock import LibraryLock, is_locked, lock_path, read_owner
from tests import ROOT  # noqa: E402

_HOLDER = """
import sys, time
from hubdesk.library.lock import LibraryLock
lock = LibraryLock(sys.argv[1]).acquire()
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


def _holder(library_path: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(library_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_process_is_refused_with_the_owner_pid(library_path):
    proc = _holder(library_path)
    try:
        assert is_locked(library_path)
        assert read_owner(library_path)["pid"] == proc.pid
        with pytest.raises(LibraryBusyError, match=rf"in use by another HubDesk \(pid {proc.pid}\)"):
            LibraryLock(library_path).acquire()
    finally:
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.wait(10) == 0
    assert not is_locked(library_path)
    with LibraryLock(library_path) as lock:
        assert lock.held and lock.took_over == {}


def test_stale_lock_of_a_killed_process_is_taken_over(library_path):
    proc = _holder(library_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert read_owner(library_path)["pid"] == proc.pid  # the file is still there...
    lock = LibraryLock(library_path).acquire()  # ...but the OS lock went with the process
    try:
        assert lock.took_over["pid"] == proc.pid
        assert read_owner(library_path)["pid"] == os.getpid()
    finally:
        lock.release()


def test_waiting_briefly_gets_the_lock_once_it_is_released(library_path):
    proc = _holder(library_path)

    def release_soon() -> None:
        proc.stdin.write("\n")
        proc.stdin.flush()

    timer = threading.Timer(0.3, release_soon)
    timer.start()
    try:
        lock = LibraryLock(library_path).acquire(wait=10)
        assert lock.held
        lock.release()
    finally:
        timer.join()
        proc.wait(10)


def test_release_empties_the_owner_record(library_path):
    lock = LibraryLock(library_path).acquire()
    assert read_owner(library_path)["pid"] == os.getpid()
    lock.release()
    assert lock_path(library_path.resolve()).exists()
    assert read_owner(library_path) == {}
    assert not lock.held


def test_closing_is_said_in_the_record_and_taken_back(library_path):
    lock = LibraryLock(library_path).acquire()
    try:
        owner = read_owner(library_path)
        lock.mark_closing()
        assert read_owner(library_path) == {**owner, "closing": True}
        lock.mark_closing(False)  # the window refused to close: the app goes on
        assert read_owner(library_path) == owner
    finally:
        lock.release()
    assert read_owner(library_path) == {}
    lock.mark_closing()  # not held: nothing written
    assert read_owner(library_path) == {}


def test_a_process_that_died_closing_is_taken_over_without_a_crash_report(library_path):
    from hubdesk.library import recovery
    from hubdesk.library.store import Library

    Library.open(library_path).close()
    for record, crash in (({"pid": 4_000_000, "closing": True}, False),
                          ({"pid": 4_000_000}, True),
                          ({"pid": 4_000_000, "closing": "yes"}, True)):
        with Library.open(library_path) as library:
            report = recovery.after_crash(library.connection, record, 0)
        assert (report is not None) == crash, record


def test_saved_is_said_in_the_record_without_a_crash_report_after(library_path):
    from hubdesk.library import recovery
    from hubdesk.library.store import Library

    Library.open(library_path).close()
    lock = LibraryLock(library_path).acquire()
    try:
        owner = read_owner(library_path)
        lock.mark_saved()
        assert read_owner(library_path) == {**owner, "saved": True}
        lock.mark_closing()  # both may be said
        assert read_owner(library_path) == {**owner, "saved": True, "closing": True}
        lock.mark_saved(False)  # a key typed: the record says so before anything else
        record = read_owner(library_path)
        assert record == {**owner, "closing": True}
        lock.mark_closing(False)
        with Library.open(library_path) as library:
            assert recovery.after_crash(library.connection, read_owner(library_path), 0)
            lock.mark_saved()
            assert recovery.after_crash(library.connection, read_owner(library_path), 0) is None
    finally:
        lock.release()
