"""Nested lists indented by 2, 3 or 4 spaces nest, as writers expect (``formats.md_lists``)."""

from __future__ import annotations

import random

import markdown
import pytest

from hubdesk.formats.render import markdown_to_html, sanitize


def _plain(text: str) -> str:
    """Python-Markdown alone (four-space nesting), sanitised like ours."""
    return sanitize(markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html").convert(text))


def _random_list(rng: random.Random, step: int) -> str:
    """A list up to three levels deep, each level indented ``step`` more (3 under ``1.``)."""
    lines, depth, kinds = [], 0, []
    for n in range(rng.randint(3, 14)):
        depth = max(0, min(depth + rng.choice((-1, 0, 0, 1)), len(kinds)))
        if depth == len(kinds):
            kinds.append(rng.choice(("-", "1.")))
        del kinds[depth + 1 :]
        indent = sum((3 if k == "1." and step < 4 else step) for k in kinds[:depth])
        lines.append(" " * indent + f"{kinds[depth]} item {n} *at* {depth}")
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(150))
def test_two_three_and_four_space_lists_nest_alike(seed: int) -> None:
    four = _random_list(random.Random(seed), 4)
    two = _random_list(random.Random(seed), 2)
    text_after = "\n\nAfter the list.\n\n    indented code stays code\n"
    assert markdown_to_html(four + text_after) == _plain(four + text_after)  # four spaces: unchanged
    assert markdown_to_html(two + text_after) == _plain(four + text_after)


def test_the_nesting_writers_use() -> None:
    text = "- a\n  - b\n    - c\n- d\n\n1. one\n   - sub\n2. two\n"
    out = markdown_to_html(text)
    assert out.count("<ul>") == 4 and out.count("<ol>") == 1
    assert "<li>b<ul>\n<li>c</li>" in out
    assert "<li>one<ul>\n<li>sub</li>\n</ul>\n</li>\n<li>two</li>" in out


def test_a_paragraph_at_the_items_text_column_stays_in_the_item() -> None:
    out = markdown_to_html("1. Step one\n\n   More of step one.\n\n2. Step two\n")
    assert out.count("<ol>") == 1
    assert "<p>More of step one.</p>\n</li>" in out


def test_rules_code_and_text_outside_lists_are_untouched() -> None:
    for text in ("- a\n\n   ---\n\nb", "para\n\n    code\n", "* * *\n- a\n - b", "- a\n\n        code\n"):
        assert markdown_to_html(text) == _plain(text), text
