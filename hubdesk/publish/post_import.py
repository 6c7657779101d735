"""A WordPress post (its rendered HTML) as an article, through the existing text import.

This is the one seam between pulling and the HTML import: ``html_to_article`` turns
the post's HTML into the lines a reader would copy from the page (a heading or a
paragraph per line, list items as bullets, images as Markdown image references) and
hands them to ``web_text_to_article``, which recognises the title, lead, sections,
closing disclosure and credits. When the HTML page importer lands in
``hubdesk.importers``, only this function changes.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from html.parser import HTMLParser

from hubdesk.importers.web_text import web_text_to_article
from hubdesk.model.article import Article

_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "figure",
     "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "br", "hr"}
)
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


class _Lines(HTMLParser):
    """The visible text of an HTML fragment, one block per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skip = 0

    def _end_line(self) -> None:
        text = " ".join("".join(self._line).split())
        if text:
            self.lines.append(text)
        self._line = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self._end_line()
            if tag == "li":
                self._line.append("• ")
        elif tag == "img" and not self._skip:
            found = dict(attrs)
            src = (found.get("src") or "").strip()
            if src:
                self._line.append(f"![{found.get('alt') or ''}]({src})")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._line.append(data)

    def close(self) -> None:
        super().close()
        self._end_line()


def html_lines(fragment: str) -> list[str]:
    parser = _Lines()
    parser.feed(fragment)
    parser.close()
    return parser.lines


def html_to_article(title: str, fragment: str, source: object = "<post>") -> Article:
    """The article in a post's title and content HTML (``ImportRefusedError`` if none)."""
    lines = [html.unescape(title).strip(), *html_lines(fragment)]
    return web_text_to_article("\n\n".join(line for line in lines if line), source)


def _rendered(post: Mapping[str, object], key: str) -> str:
    value = post.get(key)
    if isinstance(value, Mapping):
        raw = value.get("rendered") or value.get("raw") or ""
        return str(raw)
    return str(value or "")


def post_to_article(post: Mapping[str, object], source: object = "<post>") -> Article:
    """The article of a post as the REST API returns it (title and content ``rendered``)."""
    article = html_to_article(_rendered(post, "title"), _rendered(post, "content"), source)
    slug = post.get("slug")
    if isinstance(slug, str) and slug:
        article.slug = slug
    link = post.get("link")
    if isinstance(link, str) and link.startswith(("http://", "https://")):
        article.canonical_url = link
    return article
