"""``lazy_pattern``: a pattern is compiled on its first use, once, and works as compiled."""

from __future__ import annotations

import re

from hubdesk.patterns import lazy_pattern


def test_compiled_on_first_call_then_kept(monkeypatch) -> None:
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args: calls.append(args) or real(*args))
    digits = lazy_pattern(r"\d+")
    header = lazy_pattern(rb"^<svg\b", re.IGNORECASE)
    assert calls == []  # declaring compiles nothing
    assert digits().findall("a1b22c333") == ["1", "22", "333"]
    assert digits() is digits() and calls == [(r"\d+", 0)]
    assert header().match(b"<SVG width='3'>") is not None  # bytes and flags as given
    assert len(calls) == 2
