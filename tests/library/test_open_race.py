"""Opening a library tries again when SQLite answers "busy" at once (a lock race), not
when a lock is held for longer."""

from __future__ import annotations

import pytest

from hubdesk.errors import LibraryBusyError
from hubdesk.library import opening
from hubdesk.library.store import Library


def _busy_for(monkeypatch, attempts: int) -> list:
    """Make the first ``attempts`` openings answer "busy"; the calls made are listed."""
    real = opening._open_once
    calls: list = []

    def racing(cls, path, create):
        calls.append(path)
        if len(calls) <= attempts:
            raise LibraryBusyError("library.in_use", path=path)
        return real(cls, path, create)

    monkeypatch.setattr(opening, "_open_once", racing)
    return calls


def test_a_busy_answered_at_once_is_tried_again_until_the_library_opens(tmp_path, monkeypatch):
    calls = _busy_for(monkeypatch, 2)
    with Library.open(tmp_path / "lib.hubdesk") as library:
        assert library.schema_version > 0
    assert len(calls) == 3


def test_a_lock_held_past_the_wait_is_refused_without_trying_again(tmp_path, monkeypatch):
    calls = _busy_for(monkeypatch, 100)
    monkeypatch.setattr(opening, "RACE_ANSWER_S", -1.0)  # every answer came after waiting
    with pytest.raises(LibraryBusyError):
        Library.open(tmp_path / "lib.hubdesk")
    assert len(calls) == 1


def test_a_race_that_goes_on_is_refused_after_a_few_attempts(tmp_path, monkeypatch):
    calls = _busy_for(monkeypatch, 100)
    with pytest.raises(LibraryBusyError):
        Library.open(tmp_path / "lib.hubdesk")
    assert len(calls) == opening.RACE_ATTEMPTS
