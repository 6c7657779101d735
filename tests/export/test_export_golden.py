"""Golden files: the HTML and Markdown exports of the fixed article, byte for byte.

To accept an intended change, regenerate them, review the diff, and run again:

    HUBDESK_REGENERATE_GOLDEN=1 pytest tests/export/test_export_golden.py   # writes, then fails
    git diff tests/golden/
    pytest tests/export/test_export_golden.py                               # passes

A regenerating run writes the files and fails on purpose: it compared nothing, so it
must never count as a pass (a CI run with the variable set goes red).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from hubdesk.export import export_article
from hubdesk.formats.markdown_format import markdown_to_article
from tests import GOLDEN, TESTS
from tests.export_article import make_sample_article

REGENERATE = os.environ.get("HUBDESK_REGENERATE_GOLDEN") == "1"


@pytest.mark.parametrize(("fmt", "name"), [("html", "sample.html"), ("markdown", "sample.md")])
def test_export_matches_golden_file(tmp_path: Path, fmt: str, name: str) -> None:
    written = export_article(make_sample_article(), fmt, tmp_path / name).read_bytes()
    golden = GOLDEN / name
    if REGENERATE:
        changed = not golden.exists() or golden.read_bytes() != written
        golden.write_bytes(written)
        pytest.fail(
            f"{golden} was regenerated ({'changed' if changed else 'unchanged'}), not checked: "
            "review `git diff tests/golden/`, then run the tests without "
            "HUBDESK_REGENERATE_GOLDEN."
        )
    expected = golden.read_bytes()
    assert written.decode("utf-8") == expected.decode("utf-8")


def test_golden_markdown_imports_back_to_an_equal_article() -> None:
    text = (GOLDEN / "sample.md").read_text(encoding="utf-8")
    assert markdown_to_article(text, "sample.md") == make_sample_article()


def test_regenerating_writes_the_file_and_fails(tmp_path: Path, monkeypatch) -> None:
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "REGENERATE", True)
    monkeypatch.setattr(module, "GOLDEN", tmp_path / "golden")
    (tmp_path / "golden").mkdir()
    (tmp_path / "golden" / "sample.md").write_text("stale\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception, match=r"sample\.md was regenerated \(changed\)"):
        test_export_matches_golden_file(tmp_path, "markdown", "sample.md")
    assert (tmp_path / "golden" / "sample.md").read_bytes() == (TESTS / "golden" / "sample.md").read_bytes()
    with pytest.raises(pytest.fail.Exception, match=r"regenerated \(unchanged\), not checked"):
        test_export_matches_golden_file(tmp_path, "markdown", "sample.md")
