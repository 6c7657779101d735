"""Headings ending in ``#`` keep it (``Why C#``), everywhere a heading is read or written.

The oracle is an independent CommonMark reader (markdown-it-py): for every generated
heading line, the shared scanner must find the text CommonMark finds, the body text
and the Markdown file must give back every title exactly, and the rendered H2 must
show the text CommonMark shows.
"""

from __future__ import annotations

import html
import itertools
import re

import pytest
from markdown_it import MarkdownIt

from hubdesk.formats.markdown_format import article_to_markdown, markdown_to_article
from hubdesk.formats.render import markdown_to_html, render_article_body
from hubdesk.model.article import Article, Section
from hubdesk.model.document import atx_heading, compose, heading_line, parse

_PIECES = ["#", "##", " #", "C#", "F#", "#hashtag", "\\#", "Why", "a # b", "###", "#5", "x\\##"]
_SUFFIXES = ["", "   ", "\t", " #", " ##  ", " \\#"]
_COMMONMARK = MarkdownIt("commonmark")


def _titles() -> list[str]:
    """Titles made of one to three pieces, without surrounding spaces (which no title keeps)."""
    out: set[str] = set()
    for n in (1, 2, 3):
        for combo in itertools.product(_PIECES, repeat=n):
            title = "".join(combo).strip(" \t")
            if title and not title.strip("#"):
                continue  # only ``#``: CommonMark reads it as an empty heading, however written
            if title:
                out.add(title)
    return sorted(out)


TITLES = _titles()


def _commonmark_heading(line: str) -> tuple[int, str] | None:
    tokens = _COMMONMARK.parse(line)
    if not tokens or tokens[0].type != "heading_open":
        return None
    return int(tokens[0].tag[1]), tokens[1].content


def _commonmark_text(source: str) -> str:
    """The visible text of an inline piece of Markdown, as CommonMark renders it."""
    rendered = _COMMONMARK.renderInline(source)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def _h2_texts(fragment: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<h2>(.*?)</h2>", fragment)]


def test_there_are_many_generated_titles():
    assert len(TITLES) > 1000
    assert "Why C#" not in TITLES  # pieces are joined without spaces; the named case is below
    assert {"C#", "F#", "#hashtag", "C# #", "a # b#"} <= set(TITLES)


@pytest.mark.parametrize("suffix", _SUFFIXES)
def test_scanner_reads_heading_lines_as_commonmark(suffix):
    checked = 0
    for title in TITLES + ["Why C#", "Why F#", "Issue #", "C\\#"]:
        for level in (1, 2):
            line = "#" * level + " " + title + suffix
            expected = _commonmark_heading(line)
            assert expected is not None and expected[0] == level, line
            assert atx_heading(line, level) == expected[1], line
            checked += 1
    assert checked > 2000


def test_non_headings_are_not_headings():
    for line in ["#hashtag", "##C#", "###  deeper", "  ## indented", "####### seven"]:
        assert atx_heading(line, 2) is None, line
    assert atx_heading("#hashtag", 1) is None


@pytest.mark.parametrize("title", ["Why C#", "Why F#", "C# #", "Issue #", "#", "##", "#hashtag", "C\\#"])
def test_heading_line_reads_back_as_the_same_text(title):
    for level in (1, 2, 3):
        line = heading_line(title, level)
        assert atx_heading(line, level) == title
        assert _commonmark_heading(line) == (level, title)


def test_every_title_survives_the_body_text():
    titles = TITLES + ["Why C#", "Issue #"]
    sections = [Section(t, f"Body {i}.") for i, t in enumerate(titles)]
    text = compose("Lead.", sections)
    lead, back = parse(text)
    assert lead == "Lead."
    assert [s.heading for s in back] == titles
    assert [s.body for s in back] == [f"Body {i}." for i in range(len(titles))]


def test_every_title_survives_a_markdown_round_trip():
    for chunk_start in range(0, len(TITLES), 400):
        chunk = TITLES[chunk_start : chunk_start + 400]
        article = Article(title=chunk[0], lead="Lead.",
                          sections=[Section(t, "Body.") for t in chunk])
        back = markdown_to_article(article_to_markdown(article))
        assert back.title == article.title
        assert [s.heading for s in back.sections] == chunk


@pytest.mark.parametrize("title", TITLES[::7] + ["Why C#", "Issue #", "#hashtag"])
def test_the_article_title_survives_a_markdown_round_trip(title):
    article = Article(title=title, lead="Lead.", sections=[Section("Why C#", "Body.")])
    back = markdown_to_article(article_to_markdown(article))
    assert back.title == title
    assert [s.heading for s in back.sections] == ["Why C#"]


def test_edited_text_with_closing_sequences_and_spaces_keeps_the_inner_hash():
    for title in TITLES:
        for suffix in _SUFFIXES:
            line = f"## {title}{suffix}"
            _, sections = parse(f"Lead.\n\n{line}\n\nBody.\n")
            assert [s.heading for s in sections] == [_commonmark_heading(line)[1]], line


def test_rendered_h2_shows_what_commonmark_shows():
    titles = TITLES + ["Why C#", "Issue #"]
    for i, title in enumerate(titles):
        if atx_heading(title, len(title) - len(title.lstrip("#"))) is not None:
            continue  # "# x" as a section title is a block of its own in the section part (render.py)
        h2 = _h2_texts(render_article_body(Article(title=f"T{i}", sections=[Section(title, "Body.")])))
        assert h2 == [_commonmark_text(title)], title
    document = compose("Lead.", [Section(t, "Body.") for t in titles])
    rendered = markdown_to_html(document)
    assert _h2_texts(rendered) == [_commonmark_text(t) for t in titles]


def test_hashtags_and_closing_sequences_render_as_commonmark_in_a_body():
    body = "#hashtag at the start of a line\n\n### Notes on F#\n\n#### Done ##\n\n> ## Why C#"
    rendered = markdown_to_html(body)
    assert "<p>#hashtag at the start of a line</p>" in rendered
    assert "<h3>Notes on F#</h3>" in rendered
    assert "<h4>Done</h4>" in rendered
    assert "<h2>Why C#</h2>" in rendered
