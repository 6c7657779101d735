"""Rich text from the clipboard (``text/html`` as browsers and Word put it) as Markdown.

Browsers wrap the copied fragment in ``<!--StartFragment-->`` markers, Word adds its
``<style>``, ``<o:p>`` and ``Mso`` classes; only the text's structure is kept:
headings, emphasis, links, lists, quotes, tables. Pure: no Qt, no I/O.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from markdownify import markdownify

MAX_FRAGMENT_CHARS = 5 * 1024 * 1024
_REMOVED = ("head", "style", "script", "meta", "title", "link", "noscript", "template", "svg")
_FRAGMENT_RE = re.compile(r"<!--\s*StartFragment\s*-->(.*)<!--\s*EndFragment\s*-->", re.DOTALL)
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_PARSER_OPTIONS = dict(remove_comments=True, remove_pis=True, no_network=True, recover=True)


_BULLET_RE = re.compile(r"^[\s\u00a0]*(?:[·•o§▪\-–]|\d{1,3}[.)]|[a-z][.)])[\s\u00a0]+")


def _word_lists(root: lxml.html.HtmlElement) -> None:
    """Word writes list items as ``<p class=MsoListParagraph…>`` led by a bullet in a
    span: make them ``<li>`` in a ``<ul>`` (or ``<ol>`` when numbered)."""
    for p in list(root.iter("p")):
        if not (p.get("class") or "").startswith("MsoListParagraph"):
            continue
        first = p[0] if len(p) else None
        if first is not None and first.tag == "span" and _BULLET_RE.match(first.text_content() + " "):
            numbered = first.text_content().strip()[:1].isdigit()
            first.drop_tree()
        else:
            numbered = False
            if p.text:
                p.text = _BULLET_RE.sub("", p.text)
        p.tag = "li"
        p.attrib.clear()
        previous = p.getprevious()
        if previous is not None and previous.tag in ("ul", "ol") and previous.get("data-word"):
            previous.append(p)
        else:
            holder = lxml.html.Element("ol" if numbered else "ul")
            holder.set("data-word", "1")
            p.addprevious(holder)
            holder.append(p)


def html_to_markdown(html: str) -> str | None:
    """The clipboard's HTML as Markdown, or None when it holds no text worth converting
    (too large, unreadable or empty: the caller then pastes the plain text)."""
    if not html.strip() or len(html) > MAX_FRAGMENT_CHARS:
        return None
    m = _FRAGMENT_RE.search(html)
    fragment = m.group(1) if m else html
    try:
        root = lxml.html.document_fromstring(
            fragment.encode("utf-8", "replace"),
            parser=lxml.html.HTMLParser(encoding="utf-8", **_PARSER_OPTIONS),
        )
    except (lxml.etree.ParserError, ValueError):
        return None
    for element in list(root.iter(*_REMOVED)):
        element.drop_tree()
    for element in list(root.iter()):
        if isinstance(element.tag, str) and element.tag.startswith(("o:", "w:", "v:")):
            element.drop_tag()  # Word's own tags: keep their text only
    _word_lists(root)
    body = root.find("body")
    content = lxml.html.tostring(body if body is not None else root, encoding="unicode")
    markdown = markdownify(
        content, heading_style="ATX", bullets="-", escape_misc=False,
        strip=["span", "div", "font", "body", "html", "u"],
    )
    lines = [line.rstrip().replace("\u00a0", " ") for line in markdown.split("\n")]
    text = _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip("\n")
    return text or None
