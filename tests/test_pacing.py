"""Workers step aside while the UI thread holds (hubdesk.pacing)."""

from __future__ import annotations

import threading
import time
import types

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


def test_between_holds_a_worker_lets_go_now_and_then(monkeypatch) -> None:
    slept: list[float] = []
    clock = types.SimpleNamespace(monotonic=time.monotonic, sleep=slept.append)
    monkeypatch.setattr(pacing, "time", clock)
    monkeypatch.setattr(pacing, "YIELD_EVERY_S", 0.0)

    def work() -> list[float]:
        pacing.pause()  # the first pause only notes the time
        first = list(slept)
        pacing.pause()
        return [*first, *slept]

    thread, answers = _in_worker(work)
    thread.join(60)
    assert answers == [[pacing.YIELD_S]]


def test_a_worker_does_not_let_go_more_often_than_needed(monkeypatch) -> None:
    slept: list[float] = []
    clock = types.SimpleNamespace(monotonic=time.monotonic, sleep=slept.append)
    monkeypatch.setattr(pacing, "time", clock)
    monkeypatch.setattr(pacing, "YIELD_EVERY_S", 600.0)
    thread, answers = _in_worker(lambda: [pacing.pause() for _ in range(100)] and list(slept))
    thread.join(60)
    assert answers == [[]]


def test_after_waiting_its_longest_a_worker_goes_on_for_a_while(monkeypatch) -> None:
    monkeypatch.setattr(pacing, "MAX_WAIT_S", 0.01)
    monkeypatch.setattr(pacing, "FREE_S", 600.0)
    pacing.hold(600.0)

    def work() -> bool:
        pacing.pause()  # waits its longest: the UI thread still holds
        monkeypatch.setattr(pacing, "MAX_WAIT_S", 600.0)
        pacing.pause()  # free for a while: returns at once
        return pacing.held()

    thread, answers = _in_worker(work)
    thread.join(60)
    assert answers == [True]


def _texts_with_spaces() -> list[str]:
    import random
    rng = random.Random(7)
    pieces = ["word", "mot’s", "é", "x-y", "\u00a0", " ", "\n", "\t", "\r\n", "\u2029", "😀",
              "long" * 50, "  ", "\u3000", "_"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 60_000)))
            for _ in range(30)] + ["a" * 200_000, " " * 200_000, "a " * 100_000]


@pytest.mark.parametrize("pattern", [r"\S+", r"\w+", r"\w[\w’'-]*"])
def test_findall_in_pieces_finds_what_one_scan_finds(monkeypatch, pattern) -> None:
    import re
    monkeypatch.setattr(pacing, "PIECE_CHARS", 997)  # many pieces, cut anywhere
    compiled = re.compile(pattern)
    for text in _texts_with_spaces():
        assert pacing.findall(compiled, text) == compiled.findall(text)


def test_findall_pauses_between_pieces(monkeypatch) -> None:
    import re
    calls = []
    monkeypatch.setattr(pacing, "pause", lambda: calls.append(1))
    text = "word " * 100_000  # 500,000 characters
    assert len(pacing.findall(re.compile(r"\S+"), text)) == 100_000
    assert 7 <= len(calls) <= 8
