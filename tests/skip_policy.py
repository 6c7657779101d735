"""Skipped tests are counted and named at the end of every run; in CI an unexpected one fails.

A skip is expected only when its reason is in ``EXPECTED_SKIPS``. Outside CI
(``CI`` unset) a missing tool may skip a test, and the summary says which and why;
with ``CI=true`` (``.ci/run`` sets it) the same skip is a failure, because CI installs
every tool the tests use. The hooks are imported into ``tests/conftest.py``.
"""

from __future__ import annotations

import os

import pytest

#: Skip reasons that are fine even in CI, with why.
EXPECTED_SKIPS: dict[str, str] = {
    "display variables are Linux's": "X11/Wayland variables exist only on Linux; CI may build elsewhere",
}

_skips: list[tuple[str, str]] = []


def in_ci() -> bool:
    """Whether this run is CI's (``CI=true``, as most CI services and ``.ci/run`` set it)."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return text.removeprefix("Skipped: ")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = _reason(report)
    _skips.append((item.nodeid, reason))
    if in_ci() and reason not in EXPECTED_SKIPS:
        report.outcome = "failed"
        report.longrepr = (
            f"Unexpected skip in CI: {reason}\n"
            "CI installs every tool the tests need. If this skip is right, add its reason to "
            "EXPECTED_SKIPS in tests/skip_policy.py."
        )


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    unexpected = sum(1 for _, reason in _skips if reason not in EXPECTED_SKIPS)
    terminalreporter.section("skipped tests", sep="-")
    terminalreporter.write_line(
        f"skips: {len(_skips)} ({unexpected} not in EXPECTED_SKIPS"
        f"{', each a failure: CI=true' if in_ci() and unexpected else ''})"
    )
    for nodeid, reason in _skips:
        mark = "expected" if reason in EXPECTED_SKIPS else "UNEXPECTED" if in_ci() else "skipped"
        terminalreporter.write_line(f"  {mark}: {nodeid}: {reason}")
