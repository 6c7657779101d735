"""The reading page: a read-only text browser that never touches the network.

It keeps the text in a column of about 68 characters whatever the window
width, and finds the article's sections by their headings in the laid-out page.
A long article is shown at once and completed in the background: the title,
the lead and the first few thousand words are rendered and shown, then the
remaining sections are appended a chunk at a time from the event loop, so that
opening a 20,000-word article costs about as much as opening a short one. A
section the reader jumps to is rendered on the spot if it is not there yet.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from hubdesk.export.content import one_h1
from hubdesk.formats.md_document import MarkdownDocument
from hubdesk.formats.render import (
    body_document,
    remote_images_as_placeholders,
    render_back_to_top,
    render_credits,
    render_title,
    wrap_lead,
    wrap_section,
)
from hubdesk.model.article import Article
from hubdesk.ui.editor.local_images import is_relative, library_image
from hubdesk.ui.reader.reader_theme import MEASURE_CHARS
from hubdesk.ui.shell import offline_policy

log = logging.getLogger(__name__)

SIDE_PADDING = 28  # pixels kept on each side when the window is narrower than the column
TOP_MARGIN, BOTTOM_MARGIN = 36, 120
HEADING_GAP = 10  # pixels shown above a heading the reader jumps to
FIRST_WORDS = 1200  # words rendered before the page is first shown (two screens or more)
CHUNK_WORDS = 1500  # words rendered at each background step (about 15 ms)
LOAD_INTERVAL_MS = 10  # pause between background steps, so that input and paint go first
FIRST_STEP_MS = 60  # the first screen is painted before the rest starts loading


class ReaderBrowser(QTextBrowser):
    """The rendered article, in a comfortable column, offline, loaded progressively."""

    page_complete = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderPage")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.refused_urls: list[str] = []
        self.images_folder: Path | None = None  # the library's images (relative image paths)
        self.adjusting = False  # True while the page moves itself (not the reader)
        self._headings: list[QTextBlock] = []
        self._article: Article | None = None
        self._doc: MarkdownDocument | None = None  # the body as one Markdown document
        self._parts: list[str] = []  # rendered so far: the head, then one per section
        self._complete = True
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.setInterval(LOAD_INTERVAL_MS)
        self._loader.timeout.connect(self._load_step)

    # ------------------------------------------------------------ offline

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        """Local resources only: anything on the network is refused, never fetched."""
        url = QUrl(url)
        if not offline_policy.may_load(url):
            self.refused_urls.append(url.toString())
            log.info("Reader refused to load %s", url.toString())
            return None
        if offline_policy.is_data(url):
            return offline_policy.data_image(url)
        if is_relative(url):
            room = self.viewport().width() - 2 * int(self.document().documentMargin()) - 24
            return library_image(url, self.images_folder, room)
        return super().loadResource(kind, url)

    # ------------------------------------------------------------ loading

    @property
    def complete(self) -> bool:
        """Whether every section of the article is on the page."""
        return self._complete

    @property
    def loaded_sections(self) -> int:
        return max(0, len(self._parts) - 1)

    def show_article(self, article: Article | None, upto: int = -1) -> None:
        """Show an article: at least its head and sections up to ``upto``; the rest follows."""
        self._loader.stop()
        self._article = article
        self._parts = []
        if article is None:
            self._complete = True
            self._set_html("")
            return
        self._doc = body_document(article)
        lead = remote_images_as_placeholders(one_h1(wrap_lead(self._doc.html(0)), article.title))
        self._parts.append(render_title(article) + lead)
        self._render_more(upto, FIRST_WORDS)
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the page out again from what is rendered (after a change of theme or font)."""
        self._set_html("\n".join(self._parts) + self._tail())
        if not self._complete:
            self._loader.start(FIRST_STEP_MS)

    def _tail(self) -> str:
        if self._article is None or not self._complete:
            return ""
        notes = remote_images_as_placeholders(self._doc.notes_html()) if self._doc else ""
        credits = render_credits(self._article)
        ornament = '<p class="hd-break" align="center">\u2022\u2003\u2022\u2003\u2022</p>'
        return notes + (ornament + credits if credits else "") + render_back_to_top(
            self._article.language
        )

    def _render_more(self, upto: int, budget: int = CHUNK_WORDS) -> str:
        """Render the next sections (about ``budget`` words, and at least up to ``upto``)."""
        assert self._article is not None
        sections = self._article.sections
        pieces, words = [], 0
        while self.loaded_sections < len(sections) and (
            words < budget or self.loaded_sections <= upto
        ):
            index = self.loaded_sections
            assert self._doc is not None
            html = remote_images_as_placeholders(
                one_h1(wrap_section(sections[index], index, self._doc.html(index + 1)), "")
            )
            self._parts.append(html)
            pieces.append(html)
            words += len(sections[index].body.split())
        self._complete = self.loaded_sections >= len(sections)
        return "\n".join(pieces)

    def ensure_loaded(self, index: int) -> None:
        """Make sure the section ``index`` (and the one after it) is on the page."""
        if not self._complete and index + 1 >= self.loaded_sections:
            self._append(self._render_more(index + 1))

    def load_all(self) -> None:
        if self._article is not None and not self._complete:
            self.ensure_loaded(len(self._article.sections))

    def _load_step(self) -> None:
        if self._article is None or self._complete:
            return
        self._append(self._render_more(-1))
        if not self._complete:
            self._loader.start(LOAD_INTERVAL_MS)

    def _set_html(self, html: str) -> None:
        self._headings = []  # the old blocks die with the old page: never touch them again
        self.document().setHtml(html)
        self._index_headings(self.document().begin())
        self._apply_measure()
        if self._complete:
            self.page_complete.emit()

    def _append(self, html: str) -> None:
        """Add rendered sections (and the credits once complete) at the end of the page.

        ``insertHtml`` would merge the first heading into the block it lands in;
        parsing into a scratch document and fixing the first block keeps its format.
        """
        html += self._tail()
        if not html:
            return
        doc = self.document()
        scratch = QTextDocument()
        scratch.setDefaultFont(doc.defaultFont())
        scratch.setDefaultStyleSheet(doc.defaultStyleSheet())
        scratch.setHtml(html)
        bar = self.verticalScrollBar()
        value = bar.value()
        self.adjusting = True
        try:
            cursor = QTextCursor(doc)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            first = cursor.block()
            cursor.insertFragment(QTextDocumentFragment(scratch))
            fix = QTextCursor(first)
            fix.setBlockFormat(scratch.firstBlock().blockFormat())
            bar.setValue(value)
        finally:
            self.adjusting = False
        self._index_headings(first)
        if self._complete:
            self.page_complete.emit()

    def _index_headings(self, block: QTextBlock) -> None:
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                self._headings.append(block)
            block = block.next()

    # ------------------------------------------------------------ measure

    def measure_width(self) -> float:
        """Width of the reading column, in pixels, for the current font."""
        metrics = QFontMetricsF(self.document().defaultFont())
        sample = "the quick brown fox jumps over a lazy dog, la souveraineté est "
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        return per_char * MEASURE_CHARS

    def _apply_measure(self) -> None:
        width = self.viewport().width()
        side = max(SIDE_PADDING, (width - self.measure_width()) / 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() == TOP_MARGIN:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(TOP_MARGIN)
        fmt.setBottomMargin(BOTTOM_MARGIN)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # A page laid out in a widget too small to read in has no position worth keeping.
        old = event.oldSize()
        where = self.locate() if self._headings and old.height() > 60 and old.width() > 200 else None
        self.adjusting = True
        try:
            super().resizeEvent(event)
            self._apply_measure()
            if where is not None:
                self.scroll_to(where[0], where[1])
        finally:
            self.adjusting = False

    def column_margin(self) -> float:
        return self.document().rootFrame().frameFormat().leftMargin()

    # ------------------------------------------------------------ geometry

    @property
    def section_count(self) -> int:
        """Sections of the article (loaded or still to come)."""
        return len(self._article.sections) if self._article is not None else 0

    def _top(self, block: QTextBlock) -> float:
        return self.document().documentLayout().blockBoundingRect(block).top()

    def section_top(self, index: int) -> float:
        """Page y of a section's heading (-1: the top of the article)."""
        if index < 0 or not self._headings:
            return 0.0
        return self._top(self._headings[min(index, len(self._headings) - 1)])

    def _section_end(self, index: int) -> float:
        if index + 1 < len(self._headings):
            return self.section_top(index + 1)
        return self.document().size().height()

    def current_section(self) -> int:
        """The section being read: the last whose heading is at or above the top of the view."""
        y = self.verticalScrollBar().value() + HEADING_GAP + 4
        current = -1
        for i, block in enumerate(self._headings):
            if self._top(block) <= y:
                current = i
            else:
                break
        return current

    def locate(self) -> tuple[int, float, bool]:
        """Where the view stands: section, how far into it (0..1), and whether at the very end."""
        bar = self.verticalScrollBar()
        section = self.current_section()
        start, end = self.section_top(section), self._section_end(section)
        inside = (bar.value() - start) / (end - start) if end > start else 0.0
        at_end = self._complete and bar.maximum() > 0 and bar.value() >= bar.maximum()
        if at_end:  # the last heading may never reach the top: the reader is in the last section
            section, inside = len(self._headings) - 1, 1.0
        return section, min(1.0, max(0.0, inside)), at_end

    def scroll_to_section(self, index: int) -> None:
        bar = self.verticalScrollBar()
        if index < 0:
            bar.setValue(bar.minimum())
            return
        self.ensure_loaded(index)
        bar.setValue(int(self.section_top(index) - HEADING_GAP))

    def scroll_to(self, section: int, section_fraction: float) -> None:
        """Scroll to a point given as a section and a fraction of it."""
        if section >= 0:
            self.ensure_loaded(section)
        section = min(section, len(self._headings) - 1)
        start, end = self.section_top(section), self._section_end(section)
        self.verticalScrollBar().setValue(int(round(start + section_fraction * max(0.0, end - start))))

    def scroll_to_end(self) -> None:
        self.load_all()
        # Lay out the page to its last block, so that the scroll range is final.
        self.document().documentLayout().blockBoundingRect(self.document().lastBlock())
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
