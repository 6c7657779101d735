"""The one heading/fence scanner that the parser, the outline tracker and the Markdown guard share."""

from __future__ import annotations

import pytest

from hubdesk.formats import md_guard
from hubdesk.model import document
from hubdesk.ui.editor import part_tracker


@pytest.mark.parametrize(("line", "heading"), [
    ("## Origines", "Origines"), ("##\tTabbed ##", "Tabbed"), ("## Closing ###  ", "Closing"),
    ("# Title", None), ("### Deeper", None), ("##NoSpace", None), ("text ## not", None),
])
def test_section_heading(line, heading) -> None:
    assert document.section_heading(line) == heading


@pytest.mark.parametrize(("line", "fence"), [
    ("```", True), ("~~~python", True), ("   ````", True), ("    ```", False), ("``", False), ("text", False),
])
def test_is_fence(line, fence) -> None:
    assert document.is_fence(line) is fence


def test_a_heading_inside_a_fence_is_not_a_section() -> None:
    text = "Lead.\n\n```\n## not a section\n```\n\n## Real\n\nBody."
    parts = document.split_parts(text)
    assert [p.heading for p in parts] == [None, "Real"]


def test_the_tracker_and_the_guard_use_the_shared_scanner() -> None:
    # No private copy of the rules is left in the two other readers.
    for module in (part_tracker, md_guard):
        assert not hasattr(module, "_HEADING_RE") and not hasattr(module, "_FENCE_RE")
    assert part_tracker.section_heading is document.section_heading
    assert part_tracker.is_fence is document.is_fence
    assert md_guard.FenceTracker is document.FenceTracker
