"""The collector pause: off while any holder is inside, back as it was after the last."""

from __future__ import annotations

import gc
import threading

import pytest

from hubdesk import collector


@pytest.fixture(autouse=True)
def _collector_on():
    """Each test starts with the collector on (as the app runs) and leaves it as it was."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after():
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_holders_in_several_threads_turn_it_back_on_only_after_the_last():
    inside = threading.Event()
    leave = threading.Event()
    seen: list[bool] = []

    def holder() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=holder)
    worker.start()
    assert inside.wait(10)
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker is still inside
    leave.set()
    worker.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_off_before_stays_off_after():
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_exception_inside_still_turns_it_back_on():
    try:
        with collector.paused():
            raise ValueError("inside")
    except ValueError:
        pass
    assert gc.isenabled()
