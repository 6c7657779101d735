"""PDF export drawn by Qt (QTextDocument on a QPdfWriter), outline added with pypdf.

Qt lays the article out in pages (A4 or Letter), embeds the fonts it uses (as
subsets) and draws a page number at the foot of each page. Qt's PDF writer
cannot write bookmarks, so the finished file is passed through pypdf once to add
the outline (the title, then one entry per section, on the page where the
heading landed), the author and subject, and the document language.

``load_writer()`` makes sure a ``QGuiApplication`` exists (on a machine without a
display it selects Qt's ``offscreen`` platform itself) and returns the writer; the
entry point registers it with ``hubdesk.export`` (which never imports Qt) as a
loader, and ``install()`` registers it at once.
"""

from __future__ import annotations

import html
import io
import logging
import os
import re
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from hubdesk import APP_NAME, __version__
from hubdesk.errors import ExportError
from hubdesk.export import Writer, register_writer
from hubdesk.export.content import article_html, keywords
from hubdesk.export.options import ExportOptions
from hubdesk.model.article import Article

log = logging.getLogger(__name__)

RESOLUTION = 600  # dots per inch of the PDF's drawing space
# Qt draws a whole paragraph for each page it touches: a paragraph longer than this is
# cut (at a space, with no gap) into paragraphs of about this size, so that drawing
# a page costs the same whatever the length of the paragraph it is in.
MAX_BLOCK_CHARS = 20_000
MAX_ROUNDS = 3  # layouts spent keeping headings with the text that follows them
# Qt's HTML reader spends time in the square of the anchors (``id``) it is given. Past
# this many, the PDF goes without them: its contents list is then plain text (the
# bookmarks still lead to every section).
MAX_ANCHORS = 1_000
# Qt's HTML reader also spends time in the square of the items of a list (a contents
# list of 30,000 sections). Past this many items, lists are drawn as paragraphs that
# carry their bullets and numbers.
MAX_LIST_ITEMS = 2_000
MARGINS_MM = (22.0, 20.0, 22.0, 22.0)  # left, top, right, bottom
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

# The house look (resources/styles/house.css) in the CSS subset Qt's rich text knows.
PDF_CSS = """
body { font-family: "Source Serif 4", "Noto Serif", "DejaVu Serif", Georgia, serif; color: #1d1f23; }
p { margin-top: 0px; margin-bottom: 8px; line-height: 135%; }
li { margin-bottom: 3px; }
h1, h2, h3, h4, h5, h6 { font-family: "Inter", "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-weight: 700; }
h1 { font-size: 22pt; margin-bottom: 6px; }
h2 { font-size: 15pt; margin-top: 20px; margin-bottom: 8px; }
h3 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 6px; }
a { color: #1c5d99; text-decoration: none; }
blockquote { margin-left: 18px; color: #5b616b; font-style: italic; }
code, pre { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 9pt; }
pre { margin-left: 12px; background-color: #f5f6f8; }
.hd-byline { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; margin-bottom: 14px; }
.hd-lead p { font-size: 12.5pt; font-weight: 600; line-height: 135%; }
.hd-toc-title { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; font-weight: 700; color: #5b616b; margin-top: 10px; }
.hd-toc li { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
.hd-credits p { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; margin-bottom: 4px; }
.hd-credits li { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #5b616b; }
.hd-disclosure { font-style: italic; margin-top: 24px; }
.hd-credits-intro { font-weight: 700; }
.hd-back-to-top { font-size: 1pt; color: #ffffff; }
"""

_BACK_TO_TOP_RE = re.compile(r'<p class="hd-back-to-top">.*?</p>', re.DOTALL)
_ID_RE = re.compile(r' id="[^"]*"')
_LOCAL_LINK_RE = re.compile(r'<a href="#[^"]*">(.*?)</a>', re.DOTALL)


def _bounded_anchors(body: str) -> str:
    """``body`` without its anchors and links to them when it has more than ``MAX_ANCHORS``."""
    if body.count(' id="') <= MAX_ANCHORS:
        return body
    log.info("PDF: more than %d anchors; the contents list is not linked", MAX_ANCHORS)
    return _LOCAL_LINK_RE.sub(r"\1", _ID_RE.sub("", body))


_LIST_TAG_RE = re.compile(r"<(/?)(ol|ul|li)\b([^>]*)>")
_START_RE = re.compile(r'start="(\d{1,9})"')


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

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Create the ``QGuiApplication`` PDF drawing needs, headless if there is no display."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ExportError("PDF export needs Qt's graphical application object.")
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME])


def load_writer() -> Writer:
    """The PDF writer, with the ``QGuiApplication`` it draws with (for ``register_writer_loader``)."""
    ensure_gui_application()
    return write_pdf


def install() -> None:
    """Make PDF export available to ``hubdesk.export`` now."""
    register_writer("pdf", load_writer())


class _Images:
    """Local images handed to the document as resources (never loaded from a URL)."""

    def __init__(self) -> None:
        self.images: list[tuple[str, QImage]] = []

    def embed(self, path: Path, alt: str) -> str:
        image = QImage(str(path))
        if image.isNull():
            return f"<span>{html.escape(alt)}</span>"
        name = f"hd-image-{len(self.images) + 1}"
        self.images.append((name, image))
        return f'<img src="{name}">'


def _mm(mm: float) -> float:
    return mm / 25.4 * RESOLUTION


def render_pdf(article: Article, options: ExportOptions) -> tuple[bytes, list[tuple[int, str, int]]]:
    """The PDF bytes drawn by Qt, and the headings as ``(level, text, page index)``."""
    images = _Images()
    body = article_html(
        article,
        include_toc=options.include_toc,
        include_disclosure=options.include_disclosure,
        asset_dir=options.asset_dir,
        embed=images.embed,
        tag="div",
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[options.paper]))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(article.title)
    writer.setAuthor(article.author)
    writer.setCreator(f"{APP_NAME} {__version__}")

    left, top, right, bottom = (_mm(m) for m in MARGINS_MM)
    page_w, page_h = writer.width(), writer.height()
    body_w, body_h = page_w - left - right, page_h - top - bottom

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(["Source Serif 4", "Noto Serif", "DejaVu Serif", "Georgia", "serif"])
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(PDF_CSS)
    for name, image in images.images:
        if image.width() > body_w:
            image = image.scaledToWidth(int(body_w), Qt.TransformationMode.SmoothTransformation)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(_lists_as_paragraphs(_bounded_anchors(_BACK_TO_TOP_RE.sub("", body))))
    _cut_long_paragraphs(doc)
    doc.setPageSize(QSizeF(body_w, body_h))
    _keep_headings_with_next(doc, body_h)

    headings = _headings(doc, body_h)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("The PDF could not be started (Qt's PDF writer refused the page).")
    try:
        number_font = QFont(["DejaVu Sans", "Arial", "sans-serif"])
        number_font.setPointSizeF(8.5)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(left, top - index * body_h)
            doc.drawContents(painter, QRectF(0, index * body_h, body_w, body_h))
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            foot = QRectF(left, page_h - bottom * 0.75, body_w, bottom * 0.5)
            painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"{index + 1} / {pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data()), headings


def _cuts(text: str, size: int) -> list[int]:
    """Offsets of the spaces where ``text`` is cut into pieces of about ``size`` characters."""
    cuts: list[int] = []
    at = size
    while at < len(text):
        space = text.find(" ", at)
        if space < 0 or space >= len(text) - 1:
            break
        cuts.append(space)
        at = space + size
    return cuts


def _cut_long_paragraphs(doc: QTextDocument, size: int = MAX_BLOCK_CHARS) -> None:
    """Cut paragraphs longer than ``size`` at spaces into paragraphs with no gap between them."""
    long_blocks = []
    block = doc.begin()
    while block.isValid():
        if block.length() > size and not block.blockFormat().headingLevel():
            long_blocks.append(block)
        block = block.next()
    if not long_blocks:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for block in reversed(long_blocks):  # from the end: earlier positions stay valid
        cuts = _cuts(block.text(), size)
        if not cuts:
            continue
        base = block.position()
        whole = block.blockFormat()
        middle = QTextBlockFormat(whole)
        middle.setTopMargin(0)
        middle.setBottomMargin(0)
        last = QTextBlockFormat(whole)
        last.setTopMargin(0)
        for n, offset in enumerate(reversed(cuts)):
            cursor.setPosition(base + offset)
            cursor.setPosition(base + offset + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertBlock(last if n == 0 else middle, cursor.charFormat())
        first = QTextBlockFormat(whole)
        first.setBottomMargin(0)
        cursor.setPosition(base)
        cursor.setBlockFormat(first)
    cursor.endEditBlock()
    log.debug("PDF: cut %d long paragraphs", len(long_blocks))


def _keep_headings_with_next(doc: QTextDocument, page_h: float) -> None:
    """Move a heading left alone at the foot of a page to the top of the next one.

    Moving one heading at a time would lay out the rest of the document again after
    each move (the square of the headings in all). Instead each round reads the
    layout once, decides every move, predicting that what follows a moved heading
    shifts down with it, and applies all the moves in one edit (one layout). A later
    round corrects what the prediction missed; ``MAX_ROUNDS`` bounds the work.
    """
    for _ in range(MAX_ROUNDS):
        moves = _headings_to_move(doc, page_h)
        if not moves:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for block in moves:
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
    log.debug("PDF: headings still checked after %d rounds", MAX_ROUNDS)


def _headings_to_move(doc: QTextDocument, page_h: float) -> list:
    """The headings that end a page alone, read from the layout in one pass."""
    layout = doc.documentLayout()
    moves = []
    shift = 0.0  # how far the blocks here will move down once the moves so far are made
    block = doc.begin()
    while block.isValid():
        following = block.next()
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            shift = 0.0  # starts a page: nothing before it moves what follows
        if fmt.headingLevel() and following.isValid():
            top = layout.blockBoundingRect(block).top() + shift
            first = following.layout().lineAt(0) if following.layout().lineCount() else None
            bottom = layout.blockBoundingRect(following).top() + shift
            bottom += first.rect().bottom() if first is not None else 0
            page = int(top // page_h)
            if int(bottom // page_h) > page:
                moves.append(block)
                shift += (page + 1) * page_h - top
        block = following
    return moves


def _headings(doc: QTextDocument, page_h: float) -> list[tuple[int, str, int]]:
    layout = doc.documentLayout()
    out: list[tuple[int, str, int]] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (1, 2):
            top = layout.blockBoundingRect(block).top()
            out.append((level, block.text().strip(), int(top // page_h)))
        block = block.next()
    return out


def write_pdf(article: Article, path: Path, options: ExportOptions) -> None:
    """Write the article as a PDF with bookmarks and document properties."""
    data, headings = render_pdf(article, options)
    reader = PdfReader(io.BytesIO(data))
    out = PdfWriter(clone_from=reader)
    last = len(reader.pages) - 1
    parent = None
    for level, text, page in headings:
        page = min(page, last)
        if level == 1 and parent is None:
            parent = out.add_outline_item(title=text or article.title, page_number=page)
        else:
            out.add_outline_item(title=text, page_number=page, parent=parent)
    metadata = {"/Title": article.title, "/Creator": f"{APP_NAME} {__version__}"}
    if article.author:
        metadata["/Author"] = article.author
    if article.description:
        metadata["/Subject"] = article.description
    if article.tags:
        metadata["/Keywords"] = keywords(article)
    out.add_metadata(metadata)
    out._root_object[NameObject("/Lang")] = TextStringObject(article.language)
    out.page_mode = "/UseOutlines"
    with open(path, "wb") as fh:
        out.write(fh)
    log.debug("PDF %s: %d pages, %d bookmarks", path, len(reader.pages), len(headings))

