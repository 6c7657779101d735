"""Shared test set-up: offscreen Qt, a private home for settings, a fresh library per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no display, and settings/data in a
# throw-away home so that tests never touch the real user's files.
_HOME = Path(tempfile.mkdtemp(prefix="hubdesk-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ.pop("HUBDESK_DB", None)

import pytest  # noqa: E402

from hubdesk.library.store import Library  # noqa: E402
from tests import FIXTURES  # noqa: E402
from tests.skip_policy import pytest_runtest_makereport, pytest_terminal_summary  # noqa: E402, F401


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.hubdesk"


@pytest.fixture
def library(library_path: Path):
    lib = Library.open(library_path)
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def _default_locale_restored():
    """A test that switches the interface language cannot leave it switched for the next one."""
    import sys

    qtcore = sys.modules.get("PySide6.QtCore")
    before = qtcore.QLocale() if qtcore is not None else None
    yield
    if qtcore is not None and before is not None:
        qtcore.QLocale.setDefault(before)


@pytest.fixture(autouse=True, scope="session")
def _dictionaries_loaded():
    """The app loads its spelling dictionaries in a thread at start-up: tests start as after
    that (tests/ui/editor/test_ui_spelling_load.py covers an article opened before)."""
    try:
        from hubdesk.ui.editor import spell_checker
    except ImportError:  # no Qt: the core tests do not need them
        return
    spell_checker.preload(("fr", "en"), wait=True)
