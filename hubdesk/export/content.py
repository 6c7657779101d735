"""The pieces every exporter shares: the article body, its contents list, its metadata."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hubdesk.export.images import Embedder, rewrite_images
from hubdesk.formats.md_document import MarkdownDocument
from hubdesk.formats.render import (
    CONTENTS,
    RenderOptions,
    article_disclosure,
    inline_markdown_to_html,
    markdown_to_html,
    plain_text,
    render_article_body,
    section_anchor,
)
from hubdesk.model.article import Article
from hubdesk.model.dates import long_day
from hubdesk.model.document import heading_line

_HEADING_RE = re.compile(r"\s*<h2\b[^>]*>(.*?)</h2>", re.S)
_SECTION_HEADING_RE = re.compile(r'<section class="hd-section" id="([^"]*)">\s*<h2\b[^>]*>(.*?)</h2>', re.S)
_H1_RE = re.compile(r"<(/?)h1\b")
_LEADING_H1_RE = re.compile(r'^(\s*<div class="hd-lead">)?\s*<h1\b[^>]*>(.*?)</h1>\n?', re.S)


def one_h1(body: str, title: str) -> str:
    """The body's HTML with no level-1 heading: the article's title is the one H1 of an output.

    A ``# heading`` the writer typed in the body comes out as a level-2 heading, its
    text kept; the one exception is a first line of the lead that repeats the title
    itself (``# Same title``), which is not printed a second time. Nothing in the
    article changes: this is only how outputs show it.
    """
    m = _LEADING_H1_RE.match(body)
    if m and _same_words(plain_text(m.group(2)), title):
        body = (m.group(1) or "") + body[m.end():]
    return _H1_RE.sub(r"<\1h2", body)


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class Heading:
    anchor: str
    text: str  # plain text of the heading


def headings(article: Article, doc: MarkdownDocument | None = None) -> list[Heading]:
    """The section headings, with the anchors the rendered body gives them.

    With ``doc`` (the body already rendered as a document) each heading's text is read from
    its rendered section, so that an export renders every part once.
    """
    if doc is None:
        return [Heading(section_anchor(s.heading, i), heading_text(s.heading))
                for i, s in enumerate(article.sections)]
    out = []
    for i, s in enumerate(article.sections):
        m = _HEADING_RE.match(doc.html(i + 1))
        out.append(Heading(section_anchor(s.heading, i),
                           plain_text(m.group(1)) if m else heading_text(s.heading)))
    return out


def headings_in(body: str, article: Article) -> list[Heading]:
    """The section headings as ``render_article_body`` rendered them in ``body`` (a heading it
    did not render as ``<h2>`` is rendered alone, as ``headings`` does)."""
    found = {anchor: text for anchor, text in _SECTION_HEADING_RE.findall(body)}
    out = []
    for i, s in enumerate(article.sections):
        anchor = section_anchor(s.heading, i)
        text = plain_text(found[anchor]) if anchor in found else heading_text(s.heading)
        out.append(Heading(anchor, text))
    return out


def heading_text(heading: str) -> str:
    """The plain text of a section heading as the body renders it.

    The heading is rendered as the heading line it is in the body, so a text that would
    open a list or a quote on its own (``1. Intro``, ``- Aside``) keeps its number or mark.
    """
    rendered = markdown_to_html(heading_line(heading))
    m = _HEADING_RE.match(rendered)
    return plain_text(m.group(1) if m else inline_markdown_to_html(heading))


def contents_title(language: str) -> str:
    return CONTENTS.get(language, CONTENTS["en"])


_OWN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s")


def own_numbers(texts: list[str]) -> bool:
    """Whether the writer numbered the headings (``1. Intro``): contents lists add none then."""
    return any(_OWN_NUMBER_RE.match(t.strip() + " ") for t in texts)


def toc_labels(texts: list[str]) -> list[str]:
    """The contents entries of plain-text outputs: ``1. Intro``, unless the headings are numbered."""
    if own_numbers(texts):
        return list(texts)
    return [f"{n}. {t}" for n, t in enumerate(texts, start=1)]


def toc_html(article: Article, tag: str = "nav", entries: list[Heading] | None = None) -> str:
    """A contents list linking to each section's anchor (empty for fewer than two sections);
    ``entries`` are the headings when the caller has them already."""
    entries = headings(article) if entries is None else entries
    if len(entries) < 2:
        return ""
    items = "".join(
        f'<li><a href="#{h.anchor}">{html.escape(h.text)}</a></li>' for h in entries
    )
    title = html.escape(contents_title(article.language))
    # Numbered headings keep their own numbers; the list adds none in front of them.
    ol = '<ol style="list-style-type: none">' if own_numbers([h.text for h in entries]) else "<ol>"
    return (
        f'<{tag} class="hd-toc" id="contents"><p class="hd-toc-title">{title}</p>'
        f"{ol}{items}</ol></{tag}>"
    )


def byline(article: Article) -> str:
    """Author and date line under the title (plain text, may be empty)."""
    parts = [article.author.strip()] if article.author.strip() else []
    when = article.published or article.updated
    if when:
        parts.append(format_day(when, article.language))
    return " · ".join(parts)


def format_day(moment: datetime, language: str) -> str:
    """The day of ``moment`` in words, in the article's language (``hubdesk.model.dates``)."""
    return long_day(moment, language)


def article_html(
    article: Article,
    *,
    include_toc: bool,
    include_disclosure: bool,
    asset_dir: Path | None,
    embed: Embedder,
    tag: str = "nav",
    keep_remote_images: bool = False,
) -> str:
    """The whole article as one sanitised HTML fragment: title, byline, contents, body, credits."""
    return article_html_and_headings(
        article, include_toc=include_toc, include_disclosure=include_disclosure, asset_dir=asset_dir,
        embed=embed, tag=tag, keep_remote_images=keep_remote_images)[0]


def article_html_and_headings(
    article: Article,
    *,
    include_toc: bool,
    include_disclosure: bool,
    asset_dir: Path | None,
    embed: Embedder,
    tag: str = "nav",
    keep_remote_images: bool = False,
) -> tuple[str, list[Heading]]:
    """``article_html`` and the section headings read from it (each part is rendered once)."""
    body = render_article_body(
        article, RenderOptions(include_disclosure=include_disclosure, include_back_to_top=True)
    )
    entries = headings_in(body, article)
    title_end = body.find("</h1>") + len("</h1>")
    body = body[:title_end] + one_h1(body[title_end:], article.title)  # one H1: the title
    line = byline(article)
    if line:
        body = f'{body[:title_end]}\n<p class="hd-byline">{html.escape(line)}</p>{body[title_end:]}'
    toc = toc_html(article, tag, entries) if include_toc else ""
    if toc:
        at = body.find('<section class="hd-section"')
        body = f"{body[:at]}{toc}\n{body[at:]}" if at >= 0 else body + toc
    return rewrite_images(body, asset_dir, embed, keep_remote=keep_remote_images), entries


def disclosure_text(article: Article) -> str:
    return article_disclosure(article)


def keywords(article: Article) -> str:
    return ", ".join(t for t in article.tags if t.strip())
