"""Page layout rules for the PDF, applied to Qt's laid-out ``QTextDocument``.

Qt's rich-text layout knows page breaks but no "keep with next" and no "keep
together": a heading can end a page alone, and a contents list can be split after
its title. These functions read the layout and add page breaks where a rule asks,
turn ligatures off (so copied text reads "fi", not U+FB01), and cut enormous
paragraphs that Qt would redraw on every page they touch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

log = logging.getLogger(__name__)

# Qt draws a whole paragraph for each page it touches: a paragraph longer than this is
# cut (at a space, with no gap) into paragraphs of about this size, so that drawing
# a page costs the same whatever the length of the paragraph it is in.
MAX_BLOCK_CHARS = 20_000
MAX_ROUNDS = 3  # layouts spent keeping blocks together
HEADING_LINES_KEPT = 2  # lines of the text after a heading kept on the heading's page
TOC_ENTRIES_KEPT = 3  # a contents list longer than a page keeps this many entries with its title
# OpenType features that join letters into one glyph (text extraction then gives "ﬁ").
LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")


@dataclass(frozen=True)
class Keep:
    """Blocks ``first`` to ``last`` stay on one page (``lines`` of ``last``; ``None``: all)."""

    first: QTextBlock
    last: QTextBlock
    lines: int | None = None


@dataclass(frozen=True)
class HeadingPlace:
    level: int
    text: str
    page: int  # index of the page the heading is on
    top: float  # distance from the top of the page's text area, in drawing units


def without_ligatures(doc: QTextDocument) -> None:
    """Draw every letter as its own glyph (the PDF's text then extracts as typed)."""
    fmt = QTextCharFormat()
    fmt.setFontFeatures({QFont.Tag(tag): 0 for tag in LIGATURE_FEATURES})
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(fmt)


def finish_layout(doc: QTextDocument) -> None:
    """Lay the whole document out now.

    Qt lays a long document out lazily (the rest on a timer, which an export never
    lets run). A block that was never laid out when an edit (a page break) is made
    stays unlaid, with no height, and is never drawn; so every edit here is made on
    a complete layout.
    """
    doc.documentLayout().blockBoundingRect(doc.lastBlock())


def cuts(text: str, size: int) -> list[int]:
    """Offsets of the spaces where ``text`` is cut into pieces of about ``size`` characters."""
    out: list[int] = []
    at = size
    while at < len(text):
        space = text.find(" ", at)
        if space < 0 or space >= len(text) - 1:
            break
        out.append(space)
        at = space + size
    return out


def cut_long_paragraphs(doc: QTextDocument, size: int = MAX_BLOCK_CHARS) -> None:
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
        offsets = cuts(block.text(), size)
        if not offsets:
            continue
        base = block.position()
        whole = block.blockFormat()
        middle = QTextBlockFormat(whole)
        middle.setTopMargin(0)
        middle.setBottomMargin(0)
        last = QTextBlockFormat(whole)
        last.setTopMargin(0)
        for n, offset in enumerate(reversed(offsets)):
            cursor.setPosition(base + offset)
            cursor.setPosition(base + offset + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertBlock(last if n == 0 else middle, cursor.charFormat())
        first = QTextBlockFormat(whole)
        first.setBottomMargin(0)
        cursor.setPosition(base)
        cursor.setBlockFormat(first)
    cursor.endEditBlock()
    log.debug("PDF: cut %d long paragraphs", len(long_blocks))


def heading_keeps(doc: QTextDocument) -> list[Keep]:
    """Each heading with the first lines of the block after it."""
    keeps = []
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            keeps.append(Keep(block, following, HEADING_LINES_KEPT))
        block = following
    return keeps


def toc_blocks(doc: QTextDocument, title: str, entries: int) -> list[QTextBlock]:
    """The contents list's blocks: its title, then one block per entry (empty if not found)."""
    block = doc.begin()
    while block.isValid():
        if block.text().strip() == title:
            found = [block]
            nxt = block.next()
            while nxt.isValid() and len(found) <= entries:
                found.append(nxt)
                nxt = nxt.next()
            return found if len(found) == entries + 1 else []
        if block.blockFormat().headingLevel() == 2:
            break  # the contents list comes before the first section
        block = block.next()
    return []


def toc_keeps(doc: QTextDocument, blocks: list[QTextBlock], page_h: float) -> list[Keep]:
    """The contents list on one page; if it is longer than a page, no lone line at either end."""
    if len(blocks) < 2:
        return []
    layout = doc.documentLayout()
    height = layout.blockBoundingRect(blocks[-1]).bottom() - layout.blockBoundingRect(blocks[0]).top()
    if height <= page_h * 0.9:
        return [Keep(blocks[0], blocks[-1])]
    head = blocks[: TOC_ENTRIES_KEPT + 1]
    return [Keep(head[0], head[-1]), Keep(blocks[-2], blocks[-1])]


def keep_together(doc: QTextDocument, page_h: float, rules: list[Keep]) -> None:
    """Start a page before each kept run of blocks that a page break would split.

    Moving one run at a time would lay out the rest of the document again after each
    move (the square of the runs in all). Instead each round reads the layout once,
    decides every move, predicting that what follows a moved block shifts down with
    it, and applies all the moves in one edit (one layout). A later round corrects
    what the prediction missed; ``MAX_ROUNDS`` bounds the work.
    """
    for _ in range(MAX_ROUNDS):
        finish_layout(doc)
        moves = _blocks_to_move(doc, page_h, rules)
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
    finish_layout(doc)
    log.debug("PDF: blocks still checked after %d rounds", MAX_ROUNDS)


def _bottom(doc: QTextDocument, keep: Keep) -> float:
    """Where the kept part of ``keep.last`` ends, in the document's coordinates."""
    rect = doc.documentLayout().blockBoundingRect(keep.last)
    count = keep.last.layout().lineCount()
    if keep.lines is None or count == 0:
        return rect.bottom()
    return rect.top() + keep.last.layout().lineAt(min(keep.lines, count) - 1).rect().bottom()


def _blocks_to_move(doc: QTextDocument, page_h: float, rules: list[Keep]) -> list[QTextBlock]:
    """The first blocks of the kept runs that a page break splits, read in one pass."""
    layout = doc.documentLayout()
    by_first: dict[int, Keep] = {}
    for keep in rules:
        known = by_first.get(keep.first.blockNumber())
        if known is None or keep.last.blockNumber() > known.last.blockNumber():
            by_first[keep.first.blockNumber()] = keep
    moves = []
    shift = 0.0  # how far the blocks here will move down once the moves so far are made
    for number in sorted(by_first):
        keep = by_first[number]
        if keep.first.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            shift = 0.0  # starts a page: nothing before it moves what follows
            continue
        top = layout.blockBoundingRect(keep.first).top() + shift
        bottom = _bottom(doc, keep) + shift
        page = int(top // page_h)
        if int(bottom // page_h) > page and bottom - top <= page_h * 0.9:
            moves.append(keep.first)
            shift += (page + 1) * page_h - top
    return moves


def heading_places(doc: QTextDocument, page_h: float) -> list[HeadingPlace]:
    """The title and section headings (levels 1 and 2) with the page and height they are at."""
    layout = doc.documentLayout()
    out: list[HeadingPlace] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (1, 2):
            top = layout.blockBoundingRect(block).top()
            page = int(top // page_h)
            out.append(HeadingPlace(level, block.text().strip(), page, top - page * page_h))
        block = block.next()
    return out
