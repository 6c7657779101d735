"""Skips are counted in every run; with CI=true an unexpected skip fails (tests/skip_policy.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import ROOT

TESTS = '''
import sys
import pytest

def test_runs():
    assert True

def test_needs_a_tool():
    pytest.skip("the frobnicator is not installed")

@pytest.mark.skipif(True, reason="display variables are Linux's")
def test_linux_only():
    pass

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_known_bug():
    assert False
'''


def run_pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (folder / "test_sample.py").write_text(TESTS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PYTHONPATH"] = str(ROOT)
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.skip_policy", "-p", "no:cacheprovider",
         "-q", "test_sample.py"],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_outside_ci_skips_pass_and_are_listed(tmp_path: Path) -> None:
    done = run_pytest(tmp_path, None)
    assert done.returncode == 0, done.stdout
    assert "skips: 2 (1 not in EXPECTED_SKIPS)" in done.stdout
    assert "  skipped: test_sample.py::test_needs_a_tool: the frobnicator is not installed" in done.stdout
    assert "  expected: test_sample.py::test_linux_only: display variables are Linux's" in done.stdout
    assert "test_known_bug" not in done.stdout  # an xfail is not a skip


@pytest.mark.parametrize("ci", ["true", "1"])
def test_in_ci_an_unexpected_skip_fails(tmp_path: Path, ci: str) -> None:
    done = run_pytest(tmp_path, ci)
    assert done.returncode == 1, done.stdout
    assert "Unexpected skip in CI: the frobnicator is not installed" in done.stdout
    assert "1 failed, 1 passed, 1 skipped, 1 xfailed" in done.stdout
    assert "  UNEXPECTED: test_sample.py::test_needs_a_tool" in done.stdout
    assert "  expected: test_sample.py::test_linux_only" in done.stdout
