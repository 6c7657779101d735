"""The reading page: a read-only text browser that never touches the network.

It keeps the text in a column of about 68 characters whatever the window
width, finds the article's sections by their headings in the laid-out page,
and turns the scroll position into a ``ReadingPosition`` (section, how far into
it, how far into the article) and back, so that a position survives a change
of font size or window width.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextBlock, QTextFrameFormat
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from hubdesk.reading import ReadingPosition

from .reader_theme import MEASURE_CHARS

log = logging.getLogger(__name__)

LOCAL_SCHEMES = {"", "file", "qrc", "data"}
SIDE_PADDING = 28  # pixels kept on each side when the window is narrower than the column
TOP_MARGIN, BOTTOM_MARGIN = 36, 120
HEADING_GAP = 10  # pixels shown above a heading the reader jumps to


class ReaderBrowser(QTextBrowser):
    """The rendered article, in a comfortable column, offline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderPage")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.refused_urls: list[str] = []
        self.adjusting = False  # True while the page moves itself (not the reader)
        self._headings: list[QTextBlock] = []

    # ------------------------------------------------------------ offline

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        """Local resources only: anything on the network is refused, never fetched."""
        url = QUrl(url)
        if url.scheme().lower() not in LOCAL_SCHEMES:
            self.refused_urls.append(url.toString())
            log.info("Reader refused to load %s", url.toString())
            return None
        return super().loadResource(kind, url)

    # ------------------------------------------------------------ page

    def set_page(self, html: str) -> None:
        """Show a page (sanitised HTML) and index its section headings."""
        self.document().setHtml(html)
        self._index_headings()
        self._apply_measure()

    def _index_headings(self) -> None:
        self._headings = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                self._headings.append(block)
            block = block.next()

    @property
    def section_count(self) -> int:
        return len(self._headings)

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
        position = self.position() if self._headings else None
        self.adjusting = True
        try:
            super().resizeEvent(event)
            self._apply_measure()
            if position is not None:
                self.restore(position)
        finally:
            self.adjusting = False

    def column_margin(self) -> float:
        return self.document().rootFrame().frameFormat().leftMargin()

    # ------------------------------------------------------------ geometry

    def _top(self, block: QTextBlock) -> float:
        return self.document().documentLayout().blockBoundingRect(block).top()

    def section_top(self, index: int) -> float:
        """Page y of a section's heading (-1: the top of the article)."""
        if index < 0 or not self._headings:
            return 0.0
        return self._top(self._headings[min(index, len(self._headings) - 1)])

    def _bottom(self) -> float:
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

    def scroll_to_section(self, index: int) -> None:
        bar = self.verticalScrollBar()
        if index < 0:
            bar.setValue(bar.minimum())
        else:
            bar.setValue(int(self.section_top(index) - HEADING_GAP))

    def position(self) -> ReadingPosition:
        bar = self.verticalScrollBar()
        y = bar.value()
        section = self.current_section()
        start = self.section_top(section)
        end = self.section_top(section + 1) if section + 1 < len(self._headings) else self._bottom()
        inside = (y - start) / (end - start) if end > start else 0.0
        whole = y / bar.maximum() if bar.maximum() > 0 else 0.0
        return ReadingPosition(section, min(1.0, max(0.0, inside)), min(1.0, max(0.0, whole)))

    def restore(self, position: ReadingPosition) -> None:
        bar = self.verticalScrollBar()
        if position.fraction >= 1.0 and bar.maximum() > 0:
            bar.setValue(bar.maximum())
            return
        section = min(position.section, len(self._headings) - 1)
        start = self.section_top(section)
        end = self.section_top(section + 1) if section + 1 < len(self._headings) else self._bottom()
        bar.setValue(int(round(start + position.section_fraction * max(0.0, end - start))))
