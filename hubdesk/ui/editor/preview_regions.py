"""The preview's document as a run of regions (title, parts, notes, credits) in the root frame.

Every region's blocks sit directly in the document's root frame, which Qt lays out
in steps (the window keeps painting while a long document is laid out); a child
``QTextFrame`` per region would be laid out whole at once. Regions are kept apart
by one empty separator block, before the first region, between any two, and after
the last, which is the spacing that frames gave (Qt put an empty block between two
frames). ``Regions`` remembers where each separator starts and moves the later ones
by what an edit added or removed, so that finding a region costs nothing.

As in a frame, a region's first block has no top margin and its last block no
bottom margin: the separator alone sets the space between two regions.

A long region is put in, when a document is built, in pieces of a few thousand
characters of HTML, each a run of whole top-level elements in the part's wrapper:
Qt parses HTML holding Python's lock, and one call on a hostile part (20,000
headings) would stop the window for a tenth of a second even from a worker.
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from hubdesk.pacing import pause

CHUNK_CHARS = 8000  # a region built from more HTML than this is put in in pieces

# The first element that makes a block: wrappers (section, div, footer) do not.
_FIRST_TAG_RE = re.compile(r"<(?!/|section|div|footer|header|article)\w+(?: class=\"[^\"]*\")?")
_SECTION_ANCHOR_RE = re.compile(r"s\d+-")
_WRAPPER_RE = re.compile(r"<(div|section)\b[^>]*>")
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


def _first_format(
    doc: QTextDocument, html: str, formats: dict[str, QTextBlockFormat], edge: bool = True
) -> tuple[str, QTextBlockFormat]:
    """The block format ``html``'s first paragraph has when parsed alone (cached per element;
    at a region's ``edge``, without its top margin, else per wrapper too)."""
    match = _FIRST_TAG_RE.search(html)
    key = match.group(0) if match else ""
    cache_key = key if edge else html[: match.start() if match else 0] + key
    block_format = formats.get(cache_key)
    if block_format is None:
        scratch = QTextDocument()
        scratch.setDefaultFont(doc.defaultFont())
        scratch.setDefaultStyleSheet(doc.defaultStyleSheet())
        scratch.setHtml(html)
        block_format = scratch.firstBlock().blockFormat()
        if edge:
            block_format.setTopMargin(0)
        formats[cache_key] = block_format
    return key, block_format


def split_html(html: str, size: int | None = None) -> list[str]:
    """``html`` (one wrapper element) as pieces of about ``size`` characters, each a run of
    its whole top-level children in a copy of the wrapper (the first keeps its ``id``);
    ``[html]`` when it is short or not made that way."""
    size = CHUNK_CHARS if size is None else size
    if len(html) <= size:
        return [html]
    opening = _WRAPPER_RE.match(html)
    text = html.rstrip()
    if opening is None or not text.endswith(f"</{opening.group(1)}>"):
        return [html]
    close = f"</{opening.group(1)}>"
    inner = text[opening.end() : len(text) - len(close)]
    pieces, depth, last = [], 0, 0
    for tag in _TAG_RE.finditer(inner):
        if tag.group(1):
            depth -= 1
        elif not tag.group(3) and tag.group(2).lower() not in _VOID:
            depth += 1
        if depth < 0:
            return [html]
        if depth == 0 and tag.end() - last >= size:
            pieces.append(inner[last : tag.end()])
            last = tag.end()
    if depth != 0 or not pieces:
        return [html]
    if inner[last:].strip():
        pieces.append(inner[last:])
    if len(pieces) < 2:
        return [html]
    again = re.sub(r'\s+id="[^"]*"', "", opening.group(0))
    return [opening.group(0) + pieces[0] + close] + [again + p + close for p in pieces[1:]]


class Regions:
    """Where each region of one preview document starts and ends.

    ``self._seps[k]`` is the position of the separator block before region ``k``;
    the last one closes the document.
    """

    def __init__(
        self, doc: QTextDocument, formats: dict[str, QTextBlockFormat] | None = None
    ) -> None:
        self.doc = doc
        self.formats: dict[str, QTextBlockFormat] = {} if formats is None else formats
        self._seps: list[int] = [0]  # an empty document: its one block is the first separator

    def __len__(self) -> int:
        return len(self._seps) - 1

    # ------------------------------------------------------------ queries

    def bounds(self, k: int) -> tuple[int, int]:
        """First and last position of region ``k``'s text (its last block's end)."""
        return self._seps[k] + 1, self._seps[k + 1] - 1

    def first_block(self, k: int) -> QTextBlock:
        return self.doc.findBlock(self._seps[k] + 1)

    def separator(self, k: int) -> QTextBlock:
        """The separator block before region ``k`` (``len(self)``: the closing one)."""
        return self.doc.findBlock(self._seps[k])

    def text(self, k: int) -> str:
        start, end = self.bounds(k)
        cursor = QTextCursor(self.doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def at_position(self, position: int) -> int:
        """The region holding ``position`` (a separator counts with the region after it)."""
        return max(0, min(len(self) - 1, bisect.bisect_right(self._seps, position) - 1))

    # ------------------------------------------------------------ edits

    def append(self, html: str) -> None:
        """Add a region at the end (building a document)."""
        cursor = QTextCursor(self.doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # the region's first block
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())  # the closing separator
        self._seps.append(cursor.position())
        cursor.setPosition(self._seps[-2] + 1)
        k = len(self) - 1
        pieces = split_html(html)
        self._fill(k, cursor, pieces[0], trim=len(pieces) == 1)
        for n, piece in enumerate(pieces[1:], start=2):
            pause()  # in a worker: the UI thread's turn between pieces
            self.extend(k, piece, last=n == len(pieces))

    def shrink(self, k: int, chars: int) -> bool:
        """Take whole blocks, about ``chars`` characters, off the end of region ``k`` (one
        removal of a long region holds the UI thread for most of a second); its first
        block stays. True once only that block is left."""
        start, end = self.bounds(k)
        first = self.doc.findBlock(start)
        first_end = first.position() + first.length() - 1
        if end <= first_end:
            return True
        cut = max(first_end, self.doc.findBlock(max(first_end + 1, end - chars)).position() - 1)
        cursor = QTextCursor(self.doc)
        cursor.setPosition(cut)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        before = self.doc.characterCount()
        cursor.removeSelectedText()
        self._shift(k + 1, self.doc.characterCount() - before)
        return cut == first_end

    def extend(self, k: int, piece: str, last: bool) -> None:
        """Add ``piece`` (of ``split_html``) at the end of region ``k``; ``last``: its last."""
        cursor = QTextCursor(self.doc)
        cursor.setPosition(self._seps[k + 1] - 1)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self._shift(k + 1, 1)
        self._put(k, cursor, piece, edge=False)
        if last:
            self._trim(k)

    def replace(self, k: int, html: str, trim: bool = True) -> None:
        """Region ``k`` shows ``html`` instead of what it showed (``trim``: ``html`` is all
        of it; else the first of ``split_html``'s pieces, the others to ``extend`` it)."""
        start, end = self.bounds(k)
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()  # laid out once, not after each step
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._fill(k, cursor, html, trim=trim)
        cursor.endEditBlock()

    def splice(self, start: int, removed: int, htmls: list[str]) -> None:
        """Regions ``start .. start+removed`` give way to one new region per ``htmls`` item."""
        cursor = QTextCursor(self.doc)
        cursor.beginEditBlock()  # laid out once, not after each step
        if removed:
            a, b = self._seps[start], self._seps[start + removed]
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()  # whole blocks: separator ``start`` up to separator ``start+removed``
            del self._seps[start : start + removed]
            self._shift(start, a - b)
        for offset, html in enumerate(htmls):
            k = start + offset
            at = self._seps[k]
            cursor.setPosition(at)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            # [separator k][region k, empty][the separator that was at ``at``]
            self._seps.insert(k + 1, at + 2)
            self._shift(k + 2, 2)
            cursor.setPosition(at + 1)
            self._fill(k, cursor, html)
        cursor.endEditBlock()

    def rename_anchor(self, k: int, name: str) -> bool:
        """Give region ``k``'s section anchor (``s3-…``, on its first line) the name ``name``;
        False if it had that name already or has no section anchor."""
        it = self.first_block(k).begin()
        while not it.atEnd():
            fragment = it.fragment()
            names = fragment.charFormat().anchorNames()
            if any(_SECTION_ANCHOR_RE.match(n) for n in names):
                if name in names:
                    return False
                change = QTextCharFormat()
                change.setAnchorNames(
                    [name, *(n for n in names if not _SECTION_ANCHOR_RE.match(n))]
                )
                cursor = QTextCursor(self.doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(change)
                return True
            it += 1
        return False

    def anchor_names(self, k: int) -> list[str]:
        """The anchors in region ``k``, in order."""
        out: list[str] = []
        start, end = self.bounds(k)
        block = self.doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            it = block.begin()
            while not it.atEnd():
                out += it.fragment().charFormat().anchorNames()
                it += 1
            block = block.next()
        return out

    # ------------------------------------------------------------ internals

    def _shift(self, first: int, delta: int) -> None:
        if delta:
            seps = self._seps
            seps[first:] = [p + delta for p in seps[first:]]

    def _fill(self, k: int, cursor: QTextCursor, html: str, trim: bool = True) -> None:
        """Put ``html`` at ``cursor`` (its selection: region ``k``'s text), then set the
        separators after it and the region's edge margins."""
        if html:
            self._put(k, cursor, html, edge=True)
        else:
            before = self.doc.characterCount()
            cursor.removeSelectedText()
            self._shift(k + 1, self.doc.characterCount() - before)
        if html and trim:
            self._trim(k)

    def _put(self, k: int, cursor: QTextCursor, html: str, edge: bool) -> None:
        """Insert ``html`` at ``cursor`` in region ``k``; its first block gets the format it
        has in ``html`` (``insertHtml`` gives it the one of the block it lands in)."""
        doc = self.doc
        at = cursor.selectionStart()
        before = doc.characterCount()
        cursor.insertHtml(html)
        self._shift(k + 1, doc.characterCount() - before)
        first = QTextCursor(doc)
        first.setPosition(at)
        end = self._seps[k + 1] - 1
        if not edge and not first.block().text() and first.block().next().position() <= end:
            # A list or a rule does not take the empty block it is put in, but comes after
            # it: that block goes, and the element keeps the format it was given.
            first.deletePreviousChar()
            self._shift(k + 1, -1)
            return
        key, block_format = _first_format(doc, html, self.formats, edge)
        if key == "<hr" and not first.block().text() and first.block().next().position() <= end:
            first.deleteChar()  # a rule is inserted after an empty paragraph: drop that one
            self._shift(k + 1, -1)
        first.setBlockFormat(block_format)

    def _trim(self, k: int) -> None:
        """No bottom margin on region ``k``'s last block (a frame's was not laid out)."""
        last = self.doc.findBlock(self._seps[k + 1] - 1)
        if last.blockFormat().bottomMargin():
            flat = QTextBlockFormat()
            flat.setBottomMargin(0)
            QTextCursor(last).mergeBlockFormat(flat)


def compose_splices(
    first: tuple[int, int, int] | None, then: tuple[int, int, int]
) -> tuple[int, int, int]:
    """One change of the shown regions for two in a row: ``(start, removed, added)``, where
    ``first`` maps shown regions to parts and ``then`` (on those parts) follows it."""
    if first is None:
        return then
    s1, r1, a1 = first
    s2, r2, a2 = then
    start = min(s1, s2)
    end = max(s1 + a1, s2 + r2)  # in the parts between the two changes
    return start, end - a1 + r1 - start, end + a2 - r2 - start
