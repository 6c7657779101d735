"""PDF export drawn by Qt (QTextDocument on a QPdfWriter), outline added with pypdf.

Qt lays the article out in pages (A4 or Letter), embeds the fonts it uses (as
subsets) and draws a page number at the foot of each page. Links inside the
article become internal links: Qt writes a named destination for each anchor it
draws and a link annotation for each ``href="#..."`` (``pdf_html`` puts the
anchors where Qt sees them). Qt's PDF writer cannot write bookmarks, so the
finished file is passed through pypdf once to add the outline (the title, then one
entry per section, at the height its heading landed), the author and subject, and
the document language. The HTML is prepared in ``pdf_html``; the page rules (keep
headings and the contents list together, no ligatures) are in ``pdf_layout``.

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
import sys
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit, NameObject, TextStringObject
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from hubdesk import APP_NAME, __version__
from hubdesk.errors import ExportError
from hubdesk.export import Writer, register_writer
from hubdesk.export.content import article_html, contents_title, keywords
from hubdesk.export.options import ExportOptions
from hubdesk.model.article import Article
from hubdesk.qt.pdf_html import PDF_CSS, prepare
from hubdesk.qt.pdf_layout import (
    cut_long_paragraphs,
    finish_layout,
    heading_keeps,
    heading_places,
    keep_together,
    toc_blocks,
    toc_keeps,
    without_ligatures,
)

log = logging.getLogger(__name__)

RESOLUTION = 600  # dots per inch of the PDF's drawing space
MARGINS_MM = (22.0, 20.0, 22.0, 22.0)  # left, top, right, bottom
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# The page's clip is this much (in drawing units, 1/600 inch) inside the text area, so
# that the lines of a paragraph that sit on the neighbouring pages are not written
# (invisible) into this page's text too.
CLIP_INSET = 1.0

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


def _toc_entries(article: Article, options: ExportOptions) -> int:
    """How many entries the contents list has (0: there is none)."""
    count = len(article.sections)
    return count if options.include_toc and count >= 2 else 0


@dataclass
class LaidOut:
    """The article laid out in pages of ``body_w`` × ``body_h`` drawing units."""

    doc: QTextDocument
    body_w: float
    body_h: float


def new_writer(device: QIODevice, article: Article, options: ExportOptions) -> QPdfWriter:
    """A PDF writer on ``device`` for the article's paper, with its properties."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[options.paper]))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(article.title)
    writer.setAuthor(article.author)
    writer.setCreator(f"{APP_NAME} {__version__}")
    return writer


def lay_out(article: Article, options: ExportOptions, writer: QPdfWriter) -> LaidOut:
    """The article as a ``QTextDocument`` laid out in the writer's pages, page rules applied."""
    images = _Images()
    body = article_html(
        article,
        include_toc=options.include_toc,
        include_disclosure=options.include_disclosure,
        asset_dir=options.asset_dir,
        embed=images.embed,
        tag="div",
    )
    left, top, right, bottom = (_mm(m) for m in MARGINS_MM)
    body_w, body_h = writer.width() - left - right, writer.height() - top - bottom
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
    doc.setHtml(prepare(body))
    without_ligatures(doc)
    cut_long_paragraphs(doc)
    doc.setPageSize(QSizeF(body_w, body_h))
    toc = toc_blocks(doc, contents_title(article.language), _toc_entries(article, options))
    keep_together(doc, body_h, heading_keeps(doc) + toc_keeps(doc, toc, body_h))
    finish_layout(doc)
    return LaidOut(doc, body_w, body_h)


def render_pdf(article: Article, options: ExportOptions) -> tuple[bytes, list[Bookmark]]:
    """The PDF bytes drawn by Qt, and the bookmarks of the title and the sections."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, article, options)
    laid = lay_out(article, options, writer)
    doc, body_w, body_h = laid.doc, laid.body_w, laid.body_h
    left, top, _right, bottom = (_mm(m) for m in MARGINS_MM)
    page_h = writer.height()
    to_points = 72 / RESOLUTION
    bookmarks = [
        Bookmark(h.level, h.text, h.page, (page_h - top - h.top) * to_points)
        for h in heading_places(doc, body_h)
    ]
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
            clip = QRectF(0, index * body_h + CLIP_INSET, body_w, body_h - 2 * CLIP_INSET)
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            foot = QRectF(left, page_h - bottom * 0.75, body_w, bottom * 0.5)
            painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"{index + 1} / {pages}")
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data()), bookmarks


@dataclass(frozen=True)
class Bookmark:
    level: int  # 1: the title, 2: a section
    text: str
    page: int  # page index
    top: float  # height of the heading's top on its page, in points from the page's foot


def write_pdf(article: Article, path: Path, options: ExportOptions) -> None:
    """Write the article as a PDF with bookmarks and document properties."""
    data, bookmarks = render_pdf(article, options)
    reader = PdfReader(io.BytesIO(data))
    out = PdfWriter(clone_from=reader)
    last = len(reader.pages) - 1
    left = _mm(MARGINS_MM[0]) * 72 / RESOLUTION
    parent = None
    for mark in bookmarks:
        page = min(mark.page, last)
        fit = Fit.xyz(left=left, top=mark.top)
        if mark.level == 1 and parent is None:
            parent = out.add_outline_item(title=mark.text or article.title, page_number=page, fit=fit)
        else:
            out.add_outline_item(title=mark.text, page_number=page, parent=parent, fit=fit)
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
    log.debug("PDF %s: %d pages, %d bookmarks", path, len(reader.pages), len(bookmarks))
