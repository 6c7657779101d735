"""The Markdown guard's linear shapes: same HTML as the parser alone, on generated inputs.

Long blocks are cut where Python-Markdown cuts them; the test renders every generated
block with and without the cuts and asserts the same HTML. Runaway start tags and
inline-markup floods come out as the plain text the parser would have shown.
"""

from __future__ import annotations

import random

import markdown
import pytest

from hubdesk.formats import md_guard, md_linear
from hubdesk.formats.render import markdown_to_html, sanitize

_LINE_KINDS = [
    "-", "--", "---", "===", "=", "***", "* * *", "___", "- - -", "# Head", "## Sub #",
    "### F#", "plain words", "more *words*", "a line with a [link](https://e.org)",
    "- item", "1. first", "> quoted", "   ---", "term", ": definition",
]


def _plain_markdown(text: str) -> str:
    parser = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    return sanitize(parser.convert(text))


def _block(rng: random.Random, lines: int) -> str:
    return "\n".join(rng.choice(_LINE_KINDS) for _ in range(lines))


@pytest.mark.parametrize("seed", range(40))
def test_cut_long_blocks_render_as_the_parser_renders_them(seed, monkeypatch):
    rng = random.Random(seed)
    size = md_linear.LONG_BLOCK + rng.randint(1, 300)
    text = _block(rng, size) + "\n\nAfter.\n\n" + _block(rng, rng.randint(1, 40))
    cut = md_guard._cut_long_blocks(md_guard._defuse_structure(text, set()).text)
    assert cut is not None and cut.count("\n") > text.count("\n")  # the guard did cut
    guarded = markdown_to_html(text)
    monkeypatch.setattr(md_linear, "LONG_BLOCK", 10**9)  # the same guard without the cuts
    assert markdown_to_html(text) == guarded


def test_lines_of_dashes_become_the_headings_and_rules_the_parser_makes():
    text = "-\n" * 5000
    out = markdown_to_html(text)
    assert out.count("<h2>-</h2>") == 2500
    assert out == _plain_markdown("-\n" * 5000)


@pytest.mark.parametrize("unit", ["<a ", "<a x='", "<b", "<div\n", "<a href=x "])
def test_start_tags_that_never_end_are_shown_as_text(unit):
    text = unit * 30_000
    out = markdown_to_html(text)
    assert out.startswith("<p>&lt;") and out.endswith("</p>")
    assert out.count("&lt;") == 30_000
    assert md_linear.runaway_tag_lines(text, md_guard.TAG_SCAN_BUDGET + 8 * len(text))


def test_a_few_unclosed_tags_in_ordinary_text_are_left_to_the_parser():
    text = "Use `<div` to start.\n\nThen *more* text and x <y and a <b>bold</b> word.\n"
    assert md_linear.runaway_tag_lines(text, md_guard.TAG_SCAN_BUDGET + 8 * len(text)) == set()
    assert markdown_to_html(text) == _plain_markdown(text)


@pytest.mark.parametrize("unit", ["*em* word ", "&amp; word ", "`c` word ", "_u_ x "])
def test_inline_markup_floods_are_plain_text(unit):
    text = unit * 40_000
    out = markdown_to_html(text)
    assert out.startswith("<p>") and "<em>" not in out and "<code>" not in out
    small = unit * 50
    assert markdown_to_html(small) == _plain_markdown(small)
