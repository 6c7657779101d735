"""``split_parts`` reads only the heading and fence lines: the same parts as a line-by-line walk."""

from __future__ import annotations

import random

from hubdesk.model.document import FenceTracker, Part, atx_heading, split_parts

_LINES = ["", "", "text", "Some words here.", "## Heading", "##", "## ", "##Heading", "### Three",
          "# One", "## C#", "## Issue # #", "```", "~~~", "   ```python", "    ```", "````",
          "~~~~", "- item", "-", "<a ", "  ## indented", "\t## tab", "## trailing ##", "\r",
          "## with\rcarriage", "##\tTabbed", "text ## not"]


def _reference(text: str) -> list[Part]:
    """The definition: every line walked, fences followed, each part's lines joined."""
    lines = text.split("\n")
    starts: list[tuple[int, str]] = []
    fences = FenceTracker()
    for i, line in enumerate(lines):
        if fences.in_code(line):
            continue
        heading = atx_heading(line)
        if heading is not None:
            starts.append((i, heading))
    first = starts[0][0] if starts else len(lines)
    parts = [Part(None, "\n".join(lines[:first]).strip("\n"), 0, first)]
    for n, (line_no, heading) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        parts.append(Part(heading, "\n".join(lines[line_no + 1 : end]).strip("\n"), line_no, end))
    return parts


def test_generated_texts_split_as_the_definition_says() -> None:
    rng = random.Random(16)
    for _ in range(4000):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(0, 30))]
        text = "\n".join(lines) + rng.choice(["", "\n", "\n\n"])
        assert split_parts(text) == _reference(text), repr(text)


def test_small_cases() -> None:
    assert split_parts("") == [Part(None, "", 0, 1)]
    assert split_parts("## A") == [Part(None, "", 0, 0), Part("A", "", 0, 1)]
    assert split_parts("Lead\n\n## A\n\nBody\n## B\n") == [
        Part(None, "Lead", 0, 2), Part("A", "Body", 2, 5), Part("B", "", 5, 7)]
    assert split_parts("```\n## not\n```\n## Yes\nx") == [
        Part(None, "```\n## not\n```", 0, 3), Part("Yes", "x", 3, 5)]


def test_hostile_texts() -> None:
    for text in ("-\n" * 40_960, "<a " * 27_000, "\n".join(f"## S{i}\n\nWord {i}." for i in range(4096)),
                 "```\n" + "## x\n" * 5000, "## \n" * 10_000):
        assert split_parts(text) == _reference(text)
    parts = split_parts("\n\n".join(f"## S{i}\n\nWord {i}." for i in range(4096)))
    assert len(parts) == 4097 and parts[-1] == Part("S4095", "Word 4095.", 4095 * 4, 4095 * 4 + 3)
