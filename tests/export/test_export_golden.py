"""Golden files: the HTML and Markdown exports of the fixed article, byte for byte.

To accept an intended change, regenerate them and review the diff:

    HUBDESK_REGENERATE_GOLDEN=1 pytest tests/test_export_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hubdesk.export import export_article
from hubdesk.formats.markdown_format import markdown_to_article
from tests import GOLDEN  # noqa: E402
from tests.export_article import make_sample_article

REGENERATE = os.environ.get("HUBDESK_REGENERATE_GOLDEN") == "1"


@pytest.mark.parametrize(("fmt", "name"), [("html", "sample.html"), ("markdown", "sample.md")])
def test_export_matches_golden_file(tmp_path: Path, fmt: str, name: str) -> None:
    written = export_article(make_sample_article(), fmt, tmp_path / name).read_bytes()
    golden = GOLDEN / name
    if REGENERATE:
        golden.write_bytes(written)
    expected = golden.read_bytes()
    assert written.decode("utf-8") == expected.decode("utf-8")


def test_golden_markdown_imports_back_to_an_equal_article() -> None:
    text = (GOLDEN / "sample.md").read_text(encoding="utf-8")
    assert markdown_to_article(text, "sample.md") == make_sample_article()
