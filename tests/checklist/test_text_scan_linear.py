"""The checklist's HTML tag and inline link scans: as the expressions say, in linear time."""

from __future__ import annotations

import random

from hubdesk.checklist import text_scan
from hubdesk.checklist.text_scan import (
    _HTML_TAG,
    _INLINE_LINK,
    _html_tags,
    _inline_links,
    links,
    mask,
)


def _texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_tags_are_the_expression_s_matches() -> None:
    for text in _texts("<</>a b\n", 6000, 1) + ["<a href='x'>", "</b>", "<a\n>", "<<a>", "a<b>c</b>"]:
        assert _html_tags(text) == [m.span() for m in _HTML_TAG.finditer(text)], repr(text)


def test_links_are_the_expression_s_matches() -> None:
    for text in _texts("[]()!a \n", 8000, 2) + ["[a](b)", "![i](x.png)", "[a](b", "!![a](b)[c](d)"]:
        assert [(m.span(), m.groups()) for m in _inline_links(text)] == [
            (m.span(), m.groups()) for m in _INLINE_LINK.finditer(text)], repr(text)


def test_mask_and_links_as_before_on_mixed_texts() -> None:
    rng = random.Random(3)
    pieces = ["[a](b)", "![c](d e)", "<a href='x'>", "</a>", "<a ", "[", "](", ")", "`code`", "\n",
              "word ", "« mot »", "l'été", "http://x.org ", "&amp;", "<http://y>"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        expected = text_scan._hide_all(_HTML_TAG, text) if "<" in text else text
        masked = text_scan._hide_spans(text, _html_tags(text))
        assert masked == expected
        assert len(mask(text)) == len(text)
        assert [(link.offset, link.url) for link in links(text)] == sorted(
            [(m.start(3), m.group(3).strip().split()[0] if len(m.group(3).split()) > 1 and
              m.group(3).strip()[-1:] in "\"'" else m.group(3).strip())
             for m in _INLINE_LINK.finditer(text_scan.mask_fences_only(text))]
            + [(m.start() + 1, m.group()[1:-1]) for m in text_scan._AUTOLINK.finditer(
                text_scan.mask_fences_only(text))])


def test_hostile_texts_are_scanned_whole() -> None:
    # Each took 17-26 s with the expressions (every opening scanned to the end of the line).
    tags = "<a " * 27_000
    assert mask(tags) == tags  # no tag closes: nothing hidden
    closed = "<a " * 20_000 + "<b>"
    assert mask(closed) == "\x00" * len(closed)  # the first tag runs to the only ">"
    opened = "[a](b" * 16_000
    assert mask(opened) == opened
    assert links(opened + ")") == [text_scan.Link(4, opened[4:], False, "a")]  # one link, to the ")"
