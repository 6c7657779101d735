"""A WordPress post (its rendered HTML) as an article, through the HTML page importer.

A pulled post is read exactly as a page saved from a browser: its title and content are
wrapped in a minimal page (the title as the ``<h1>`` of an ``<article>``) and handed
to :func:`hubdesk.importers.html_page.parse_html`, which finds the lead, the sections,
the closing AI disclosure and the credits the same way for both. Scripts, styles and
forms in a post are never text.

Images: a post's images stay where they are, on the site. Their addresses are made
absolute against the post's link and kept in the article's Markdown; nothing is
downloaded. Offline, the preview, the reader and the conflict dialog show each remote
image as a placeholder with its address (the app's one offline policy), and they load
only once the user chooses to show remote images.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import lxml.etree
import lxml.html

from hubdesk.importers.html_page import MAX_HTML_CHARS, parse_html
from hubdesk.importers.imported import ImportedArticle
from hubdesk.model.article import Article

# A post's content is the article: a ``<footer>``, ``<aside>``, ``<nav>`` or ``<header>``
# in it is part of the text (HubDesk's own credits are a ``<footer>``), not the page's
# chrome, so these become plain blocks before the page importer sees them. Class names
# are kept: the share and related-posts blocks plugins append to a post (Jetpack's
# ``sharedaddy``, ``jp-relatedposts``) are still left out as the importer leaves them out
# of any page.
_LANDMARKS = ("footer", "aside", "nav", "header")


def _as_content(fragment: str) -> str:
    """The post's HTML with its landmark tags made plain blocks."""
    if len(fragment) > MAX_HTML_CHARS or not fragment.strip():
        return fragment  # the importer refuses it with its own message
    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, recover=True)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return fragment
    for element in root.iter(*_LANDMARKS):
        element.tag = "div"
    # The children only: an extra wrapper makes readability drop a short post whole.
    text = html.escape(root.text or "", quote=False)
    return text + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)


def _page(title: str, fragment: str) -> str:
    """A page made of the post's title (as its ``<h1>``) and its content."""
    heading = html.escape(html.unescape(title).strip(), quote=False)
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>"
        f"<h1>{heading}</h1>\n{_as_content(fragment)}\n</article></body></html>"
    )


def html_to_imported(
    title: str, fragment: str, source: object = "<post>", base_url: str | None = None
) -> ImportedArticle:
    """The article in a post's title and content HTML, with its image addresses
    (absolute against ``base_url`` when given); ``ImportRefusedError`` if none."""
    return parse_html(_page(title, fragment), base_url or None, source=source)


def html_to_article(title: str, fragment: str, source: object = "<post>") -> Article:
    """The article in a post's title and content HTML (``ImportRefusedError`` if none)."""
    return html_to_imported(title, fragment, source).article


def _rendered(post: Mapping[str, object], key: str) -> str:
    value = post.get(key)
    if isinstance(value, Mapping):
        raw = value.get("rendered") or value.get("raw") or ""
        return str(raw)
    return str(value or "")


def _link(post: Mapping[str, object]) -> str:
    link = post.get("link")
    return link if isinstance(link, str) and link.startswith(("http://", "https://")) else ""


def post_to_article(post: Mapping[str, object], source: object = "<post>") -> Article:
    """The article of a post as the REST API returns it (title and content ``rendered``)."""
    link = _link(post)
    imported = html_to_imported(_rendered(post, "title"), _rendered(post, "content"), source, link)
    article = imported.article
    slug = post.get("slug")
    if isinstance(slug, str) and slug:
        article.slug = slug
    if link:
        article.canonical_url = link
    return article
