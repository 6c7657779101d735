"""Workers step aside while the UI thread holds (hubdesk.pacing)."""

from __future__ import annotations

import threading

import pytest

from hubdesk import pacing


@pytest.fixture(autouse=True)
def _no_hold():
    pacing.release()
    yield
    pacing.release()


def _in_worker(work) -> tuple[threading.Thread, list]:
    """Run ``work()`` in a thread; its answers, once it has ended."""
    answers: list = []
    thread = threading.Thread(target=lambda: answers.append(work()))
    thread.start()
    return thread, answers


def test_a_worker_waits_until_the_ui_thread_releases(monkeypatch) -> None:
    monkeypatch.setattr(pacing, "MAX_WAIT_S", 600.0)
    pacing.hold(600.0)
    released = threading.Event()
    waiting = threading.Event()

    def work() -> bool:
        waiting.set()
        pacing.pause()
        return released.is_set()

    thread, answers = _in_worker(work)
    assert waiting.wait(60)
    assert pacing.held()
    released.set()
    pacing.release()
    thread.join(60)
    assert answers == [True]  # it went on only after the release
    assert not pacing.held()


def test_a_hold_ends_by_itself() -> None:
    pacing.hold(0.01)
    thread, answers = _in_worker(lambda: (pacing.pause(), pacing.held())[1])
    thread.join(60)
    assert answers == [False]


def test_a_worker_never_waits_longer_than_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(pacing, "MAX_WAIT_S", 0.01)
    pacing.hold(600.0)
    thread, answers = _in_worker(lambda: (pacing.pause(), pacing.held())[1])
    thread.join(60)
    assert answers == [True]  # still held, but the worker went on


def test_the_ui_thread_never_waits_on_itself() -> None:
    pacing.hold(600.0)
    pacing.pause()  # returns at once on the main thread
    assert pacing.held()


def test_a_shorter_hold_does_not_cut_a_longer_one() -> None:
    pacing.hold(600.0)
    pacing.hold(0.0)
    assert pacing.held()
