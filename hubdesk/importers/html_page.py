"""An article from a web page: the HTML of a page saved from a browser, or a post's HTML.

The page's main content is found by readability-lxml (the maintained port of
Mozilla's Readability scoring), which leaves out the page chrome: menus, banners,
share buttons, related articles, comments, footers, chat widgets. The content is then
written as Markdown by markdownify (headings, emphasis, links, lists, quotes, tables,
images) and made into an article by :func:`hubdesk.importers.imported.assemble`,
which reads the credits block and the AI disclosure as text import does. The
metadata comes from the page's head (:mod:`hubdesk.importers.html_meta`).

``parse_html`` is pure: it reads nothing but the text it is given (the WordPress
import calls it on a post's HTML). ``import_html_file`` reads a saved page and
checks its local images (a page saved "complete" keeps them in ``NAME_files``).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import unquote, urljoin

import lxml.etree
import lxml.html
from markdownify import markdownify
from readability import Document

from hubdesk.errors import ImportRefusedError
from hubdesk.importers.html_meta import read_metadata
from hubdesk.importers.image_import import file_reader
from hubdesk.importers.imported import ImportedArticle, assemble, split_title

log = logging.getLogger(__name__)

MAX_HTML_CHARS = 20 * 1024 * 1024
MAX_DEPTH = 250  # elements inside one another (libxml2 stops at 256); real pages stay below 100
MAX_ELEMENTS = 100_000  # in the whole page; a heavy news page holds about 10,000
MAX_CONTENT_ELEMENTS = 20_000  # in the article found; a long article holds about 2,000
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?")
_REMOTE_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "form", "button", "svg")
# Page landmarks that are never the article, whatever their content: removed before
# readability scores the rest (it would otherwise keep a cookie banner beside a short
# article). Matched on ARIA roles, on tags, and on whole words of ids and classes.
_CHROME_ROLES = frozenset(
    ("navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search")
)
_CHROME_TAGS = ("nav", "aside", "footer")
_CHROME_WORDS = frozenset((
    "cookie", "cookies", "consent", "gdpr", "chat", "share", "sharing", "sharedaddy", "social",
    "related", "relatedposts", "comments", "comment", "newsletter", "breadcrumb", "breadcrumbs",
    "sidebar", "subscribe", "popup", "modal", "advert", "advertisement", "promo", "footer",
    "navigation", "nav", "navbar", "menu", "topbar", "toolbar",
))
_WORD_SPLIT_RE = re.compile(r"[\s_-]+")
_PARSER_OPTIONS = dict(
    remove_comments=True, remove_pis=True, no_network=True, huge_tree=False, recover=True,
    encoding="utf-8",
)


def _measure(root: lxml.html.HtmlElement) -> tuple[int, int]:
    """(how deep elements nest, how many there are), walked without recursion."""
    deepest = count = 0
    stack = [(root, 1)]
    while stack:
        element, level = stack.pop()
        count += 1
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH or count > MAX_ELEMENTS:
            break
        stack.extend((child, level + 1) for child in element)
    return deepest, count


def _parse(html: str, source: object) -> lxml.html.HtmlElement:
    if len(html) > MAX_HTML_CHARS:
        raise ImportRefusedError(
            source, "import.html_too_large", size=f"{len(html) / 2**20:.1f} MB",
            limit=f"{MAX_HTML_CHARS / 2**20:.0f} MB",
        )
    text = html.lstrip("\ufeff")
    if not text.strip():
        raise ImportRefusedError(source, "import.no_article_text")
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ImportRefusedError(source, "import.html_unreadable", reason=exc) from exc
    depth, count = _measure(root)
    if depth > MAX_DEPTH or any("Excessive depth" in e.message for e in parser.error_log):
        raise ImportRefusedError(source, "import.html_too_deep", limit=MAX_DEPTH)
    if count > MAX_ELEMENTS:
        raise ImportRefusedError(source, "import.html_too_many", limit=f"{MAX_ELEMENTS:,}")
    return root


def _is_chrome(element: lxml.html.HtmlElement) -> bool:
    if element.tag in _CHROME_TAGS:
        return True
    if (element.get("role") or "").strip().lower() in _CHROME_ROLES:
        return True
    if element.tag == "header" and element.find(".//h1") is None:
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return any(word in _CHROME_WORDS for word in _WORD_SPLIT_RE.split(names))


def drop_chrome(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, forms and the page's landmarks that are never the article."""
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    body = root.find("body")
    chrome = [e for e in (body if body is not None else root).iter() if isinstance(e.tag, str)
              and e.tag not in ("html", "body") and _is_chrome(e)]
    for element in chrome:
        if element.getparent() is not None:
            element.drop_tree()


def _landmark(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The element the page marks as its article: an ``<article>`` holding the ``<h1>``,
    else ``<main>``, else the only ``<article>``, else the body."""
    articles = list(root.iter("article"))
    for article in articles:
        if article.find(".//h1") is not None:
            return article
    main = next(root.iter("main"), None)
    if main is not None:
        return main
    if len(articles) == 1:
        return articles[0]
    return root.find("body")


def _to_markdown(content_html: str) -> str:
    markdown = markdownify(
        content_html, heading_style="ATX", bullets="-", strip=["span", "div", "figure"],
        escape_misc=False,
    )
    lines = [line.rstrip() for line in markdown.replace("\r", "").split("\n")]
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def parse_html(
    html: str, base_url: str | None = None, *, source: object = "<html>",
    default_language: str = "",
) -> ImportedArticle:
    """The article in a page's HTML; raises ``ImportRefusedError`` when there is none.

    ``base_url`` is where the page lives: relative links are made absolute against it
    (images too, unless ``base_url`` is None, as for a saved page whose images sit
    beside it). ``default_language`` is the language of a page that says none and has
    too few words to tell ("" leaves it to the caller).
    """
    root = _parse(html, source)
    meta = read_metadata(root, base_url)
    drop_chrome(root)
    landmark = _landmark(root)
    landmark_html = lxml.html.tostring(landmark, encoding="unicode") if landmark is not None else ""
    landmark_chars = len(landmark.text_content().split()) if landmark is not None else 0
    try:
        document = Document(root, url=base_url or None)
        content = document.summary(html_partial=True)
    except (lxml.etree.LxmlError, ValueError, RecursionError) as exc:
        log.warning("%s: readability failed: %r", source, exc)
        raise ImportRefusedError(source, "import.html_unreadable", reason=exc) from exc
    found = len(lxml.html.fromstring(content).text_content().split()) if content.strip() else 0
    if landmark_html and found < landmark_chars * 0.6:
        # Readability drops a whole container whose class it dislikes ("widget"):
        # the page's own landmark, cleaned of its chrome, is then the better answer.
        log.info("%s: readability kept %d of %d words; the page's landmark is used",
                 source, found, landmark_chars)
        content = landmark_html
    content_root = lxml.html.fromstring(content) if content.strip() else None
    if content_root is not None and _measure(content_root)[1] > MAX_CONTENT_ELEMENTS:
        raise ImportRefusedError(
            source, "import.html_too_many", limit=f"{MAX_CONTENT_ELEMENTS:,}"
        )
    markdown = _to_markdown(content)
    heading_title, _ = split_title(markdown, "")
    if not heading_title:
        markdown = f"# {meta.title}\n\n{markdown}" if meta.title else markdown
    if not split_title(markdown, "")[0] or not markdown.strip():
        raise ImportRefusedError(source, "import.no_article_text")
    meta.title = ""  # the page's own heading wins over its <title>
    article = assemble(markdown, meta, default_language=default_language)
    if not article.lead.strip() and not article.sections:
        raise ImportRefusedError(source, "import.no_article_text")
    images = [m.group(1) for part in [article.lead, *(s.body for s in article.sections)]
              for m in _IMAGE_RE.finditer(part)]
    if base_url:
        images = [urljoin(base_url, i) for i in images]
    return ImportedArticle(article, [], images, meta.canonical_url or (base_url or ""))


def local_image(page: Path, src: str) -> Path | None:
    """The file an image address of a saved page points to, if it is local."""
    if _REMOTE_RE.match(src):
        return None
    return page.parent / unquote(src.split("#", 1)[0].split("?", 1)[0])


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` lies in ``folder`` (a page's images are never taken from elsewhere)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError, RuntimeError):
        return False


def import_html_file(path: Path, text: str, *, default_language: str = "") -> ImportedArticle:
    """A saved page read from ``path`` (its text already read): the article, and a note
    for each local image that is missing (those found are in ``images``)."""
    result = parse_html(text, None, source=path, default_language=default_language)
    found = []
    for src in result.images:
        where = local_image(path, src)
        if where is None:
            found.append(src)
            continue
        try:
            exists = where.is_file()
        except (OSError, ValueError):
            exists = False
        if exists:
            found.append(src)
            if _inside(where, path.parent):
                result.image_data[src] = file_reader(where)
        else:
            result.notes.append(f"{path}: image {src} not found (looked for {where})")
    result.images = found
    return result
