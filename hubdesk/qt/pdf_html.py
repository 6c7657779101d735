"""The article's HTML made ready for Qt's rich-text reader, and the PDF's stylesheet.

Qt reads a subset of HTML and CSS. This module turns the exporters' shared body
into what that subset draws well: code that wraps, tables with borders and a header
row, the lead in its own style, every anchor where Qt can see it, and two bounds
that keep Qt's reader fast on enormous articles.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Qt's HTML reader spends time in the square of the anchors (``id``) it is given. Past
# this many, the PDF goes without them: its contents list is then plain text (the
# bookmarks still lead to every section).
MAX_ANCHORS = 1_000
# Qt's HTML reader also spends time in the square of the items of a list (a contents
# list of 30,000 sections). Past this many items, lists are drawn as paragraphs that
# carry their bullets and numbers.
MAX_LIST_ITEMS = 2_000

# The house look (resources/styles/house.css) in the CSS subset Qt's rich text knows.
PDF_CSS = """
body { font-family: "Source Serif 4", "Noto Serif", "DejaVu Serif", Georgia, serif; color: #1d1f23; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }
li { margin-bottom: 3px; }
h1, h2, h3, h4, h5, h6 { font-family: "Inter", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-weight: 700; }
h1 { font-size: 22pt; margin-bottom: 6px; }
h2 { font-size: 15pt; margin-top: 20px; margin-bottom: 8px; }
h3 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 6px; }
h4, h5, h6 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
a { color: #1c5d99; text-decoration: none; }
blockquote { margin-left: 18px; color: #5b616b; font-style: italic; }
code, pre { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; margin-left: 12px; margin-top: 2px; margin-bottom: 10px;
      background-color: #f5f6f8; }
table { border-collapse: collapse; border-width: 1px; border-style: solid; border-color: #b9bec6;
        margin-top: 4px; margin-bottom: 10px; }
th, td { border-width: 1px; border-style: solid; border-color: #b9bec6; padding: 3px 6px; }
th { background-color: #eceef2; font-weight: 700; }
.hd-align-center { text-align: center; }
.hd-align-right { text-align: right; }
summary { font-weight: 700; }
.hd-byline { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; margin-bottom: 14px; }
.hd-lead p { font-size: 12.5pt; font-weight: normal; color: #2c3038; line-height: 140%; margin-bottom: 6px; }
.hd-lead-rule { margin-top: 6px; margin-bottom: 10px; }
.hd-toc-title { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; font-weight: 700; color: #5b616b; margin-top: 10px; }
.hd-toc li { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
.footnote li { font-size: 9pt; }
.hd-remote-image { color: #5b616b; font-style: italic; }
.hd-link-target { color: #5b616b; }
.hd-credits p { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; margin-bottom: 4px; }
.hd-credits li { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; }
.hd-disclosure { font-style: italic; margin-top: 24px; }
.hd-credits-intro { font-weight: 700; }
"""

_BACK_TO_TOP_RE = re.compile(r'<p class="hd-back-to-top">.*?</p>', re.DOTALL)
_ID_RE = re.compile(r' id="[^"]*"')
_LOCAL_LINK_RE = re.compile(r'<a href="#[^"]*">(.*?)</a>', re.DOTALL)
# An element carrying an id, and the block-level start tags right after it (the
# anchor goes inside the innermost of them, where Qt puts the text).
_ANCHORED_RE = re.compile(
    r'<(\w+)([^>]*?) id="([^"]*)"([^>]*)>'
    r"((?:\s*<(?:h[1-6]|p|li|ol|ul|div|section|blockquote|table|thead|tbody|tr|th|td|dl|dt|dd"
    r"|figure|figcaption|details|summary|pre)\b[^>]*>)*)"
)
WORD_JOINER = "\u2060"
_SECTION_RE = re.compile(r"<(/?)section\b")
_TABLE_RE = re.compile(r"<table\b([^>]*)>")
_LEAD_END_RE = re.compile(r'(<div class="hd-lead">.*?</div>)(\s*)(?=<(?:div|nav) class="hd-toc"|<section)',
                          re.DOTALL)
_LIST_TAG_RE = re.compile(r"<(/?)(ol|ul|li)\b([^>]*)>")
_START_RE = re.compile(r'start="(\d{1,9})"')


def prepare(body: str) -> str:
    """``body`` (the exporters' shared HTML) as Qt's rich-text reader draws it best."""
    body = _BACK_TO_TOP_RE.sub("", body)
    body = _LEAD_END_RE.sub(r'\1<hr class="hd-lead-rule">\2', body, count=1)
    body = _TABLE_RE.sub(r'<table\1 border="1" cellspacing="0" cellpadding="4">', body)
    body = _named_anchors(_bounded_anchors(body))
    body = _SECTION_RE.sub(r"<\1div", body)
    return _lists_as_paragraphs(body)


def _bounded_anchors(body: str) -> str:
    """``body`` without its anchors and links to them when it has more than ``MAX_ANCHORS``."""
    if body.count(' id="') <= MAX_ANCHORS:
        return body
    log.info("PDF: more than %d anchors; the contents list is not linked", MAX_ANCHORS)
    return _LOCAL_LINK_RE.sub(r"\1", _ID_RE.sub("", body))


def _named_anchors(body: str) -> str:
    """Each ``id`` as an ``<a name>`` at the start of the text it marks.

    Qt writes a PDF destination for an anchor only where it lands on drawn text that
    is not itself a link: an id on a ``<section>`` whose first child is a heading, on
    a ``<sup>`` around a link (a footnote reference) or on a table is lost. An empty
    ``<a name>`` at the first text position is kept; before a link it holds a word
    joiner (U+2060: drawn as nothing, extracted as nothing, no line break).
    """

    def one(m: re.Match[str]) -> str:
        tag, before, anchor, after, blocks = m.groups()
        if tag == "a":  # a link that is also a target: the target goes just before it
            return f'<a name="{anchor}">{WORD_JOINER}</a><a{before}{after}>{blocks}'
        rest = body[m.end() : m.end() + 3]
        mark = WORD_JOINER if rest.startswith("<a ") else ""
        return f'<{tag}{before}{after}>{blocks}<a name="{anchor}">{mark}</a>'

    return _ANCHORED_RE.sub(one, body)


def _lists_as_paragraphs(body: str) -> str:
    """``body`` with its lists written as paragraphs when it has more than ``MAX_LIST_ITEMS``."""
    if body.count("<li") <= MAX_LIST_ITEMS:
        return body
    log.info("PDF: more than %d list items; lists are drawn as paragraphs", MAX_LIST_ITEMS)
    open_lists: list[list] = []  # [tag, items so far] of each list we are in

    def one(m: re.Match[str]) -> str:
        closing, tag, attrs = m.groups()
        if tag != "li":
            if closing:
                if open_lists:
                    open_lists.pop()
                return "</div>"
            start = _START_RE.search(attrs)
            open_lists.append([tag, int(start.group(1)) - 1 if start else 0])
            return '<div style="margin-left: 18px">'
        if closing:
            return "</p>"
        mark = "• "
        if open_lists and open_lists[-1][0] == "ol":
            open_lists[-1][1] += 1
            mark = f"{open_lists[-1][1]}. "
        return f"<p{attrs}>{mark}"

    return _LIST_TAG_RE.sub(one, body)
