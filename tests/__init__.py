"""HubDesk's tests. The folders mirror the package tree (tests/library for hubdesk/library...)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
