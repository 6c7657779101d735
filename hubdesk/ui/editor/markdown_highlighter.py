"""Markdown syntax highlighting for the editor: headings, emphasis, links, code, quotes, lists.

With a spell check set (``set_spell_check``), misspelt words of prose lines get a
wavy underline on top of their Markdown colours; fenced code is never checked.

A long text put in at once (opening an article, ``put_text``) is put in with the
highlighter detached from the document: Qt does not call it once per line. Only
the lines inside fences get their block state at once; the other lines keep the
"unset" state, which means "not in a fence" as 0 does. The colours come afterwards,
a few milliseconds per event-loop turn, from the lines in view: the window never
freezes on it. Long means many lines or many characters (prose in long
paragraphs: the spell check costs by the word). Turning the spell check on or
off, or changing its language, re-colours a long text the same way (``recolour``).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from PySide6.QtCore import SIGNAL, SLOT, QObject, QRegularExpression, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from hubdesk import pacing

log = logging.getLogger(__name__)

_IN_FENCE = 1
LONG_TEXT_LINES = 1500  # a text with more lines than this is coloured in slices
LONG_TEXT_CHARS = 20_000  # and one with more characters
SLICE_S = 0.004  # colouring per event-loop turn
# Emphasis, links and misspellings are looked for in a line's first this many characters:
# a line is coloured in one call, and a single paragraph of a megabyte would take a second.
LONG_LINE_CHARS = 10_000
# Misspellings underlined per line: each costs calls into Qt, and a line of hundreds is
# a text in another language than the article's, which the checklist reports.
MAX_UNDERLINES = 200

_RULES = (
    (
        "emphasis",
        re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+?_(?!\w)"),
    ),
    ("strong", re.compile(r"\*\*(?!\s)[^*\n]+?\*\*|__(?!\s)[^_\n]+?__")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("link", re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")),
    ("url", re.compile(r"<?https?://[^\s>)]+>?")),
)
_HEADING = re.compile(r"^#{1,6}[ \t]")
_QUOTE = re.compile(r"^[ \t]{0,3}>")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_FENCES_IN_TEXT = re.compile(r"^[ \t]{0,3}(?:```|~~~)", re.MULTILINE)
_FENCE_QT = QRegularExpression(r"^[ \t]{0,3}(```|~~~)")  # the same, for QTextDocument.find
_CONTENTS_CHANGE = SIGNAL("contentsChange(int,int,int)")  # QSyntaxHighlighter listens to it
_REFORMAT = SLOT("_q_reformatBlocks(int,int,int)")  # with this slot (see setDocument)
_UNSET = -1  # a block's state before any colouring: not in a fence


def _fence_lines(doc: QTextDocument, text: str) -> list[int]:
    """The numbers of the lines of ``doc`` (just given ``text``) that are fences."""
    if "```" not in text and "~~~" not in text:
        return []
    if not any(c in text for c in "\r\u2029\ufdd0\ufdd1"):  # a line of text is a block
        lines, found, at = [], 0, 0
        for match in _FENCES_IN_TEXT.finditer(text):
            found += text.count("\n", at, match.start())
            at = match.start()
            lines.append(found)
        return lines
    lines = []
    cursor = doc.find(_FENCE_QT, 0)
    while not cursor.isNull():
        block = doc.findBlock(cursor.selectionStart())
        lines.append(block.blockNumber())
        after = block.next()
        if not after.isValid():
            break
        cursor = doc.find(_FENCE_QT, after.position())
    return lines


def is_long_text(text: str) -> bool:
    """Whether ``text`` is coloured in slices rather than line by line as it goes in."""
    return len(text) > LONG_TEXT_CHARS or text.count("\n") >= LONG_TEXT_LINES

class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown structure with the palette's colours (light and dark alike)."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self.spell_check: Callable[[str], list[tuple[int, int]]] | None = None
        self.first_line: Callable[[], int] = lambda: 0  # where slices start: the lines in view
        self._filling = False  # a long text put in detached: its blocks' states being set
        self._held = False  # a long text going in (begin_fill): no colouring until it is in
        self._starting = False  # its slices start at the next event-loop turn
        self._next = 0  # the next block number the slices colour
        self._left = 0  # blocks still to colour
        self._slices = QTimer(self)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._colour_slice)
        self._kept: dict[tuple[str, int], tuple[list, int]] = {}  # see keep_colours
        self.kept_reused = 0  # blocks given kept colours (for tests and benchmarks)
        self.coloured: list[int] = []  # blocks coloured since the last edit (line_repaint)
        self._spans: list[tuple[int, int, str]] = []  # formats set on the line being coloured
        self.set_palette(palette)

    def put_text(self, text: str, put: Callable[[str], None]) -> None:
        """Put ``text`` in the document with ``put`` (the editor's ``setPlainText``).

        A long text is put in with the highlighter detached; the lines inside fences
        get their state at once (a keystroke there is coloured right), and every line
        is coloured in slices from the lines in view, after the event loop resumes.
        """
        doc = self.document()
        if doc is None or not is_long_text(text):
            self._slices.stop()
            self._filling = self._starting = False
            put(text)
            return
        self._put_detached(text, put, lambda: text)

    def put_in(self, text: str, put: Callable[[str], None]) -> None:
        """``put(text)`` adds ``text`` to the document (a paste): a long one goes in with
        the highlighter detached, and every line is coloured again in slices after."""
        if self.document() is None or not is_long_text(text):
            put(text)
            return
        self._put_detached(text, put, lambda: self.document().toPlainText())

    def _put_detached(self, text: str, put: Callable[[str], None],
                      whole: Callable[[], str]) -> None:
        """``put(text)`` with the highlighter detached; ``whole()``: the document's text
        after it (its fences get their state, then it is coloured in slices)."""
        detached = self.begin_fill()
        try:
            put(text)
        finally:
            self.end_fill(whole(), detached)

    def begin_fill(self) -> bool:
        """Detach from the document's changes while a long text goes in (at once, or in
        pieces over several turns); True if detached. ``end_fill`` follows."""
        self._slices.stop()
        self._held = True
        doc = self.document()
        # Detached from the document's changes only: QSyntaxHighlighter.setDocument would
        # clear every line's colours on the way out, and on the way back ask for a full
        # re-colouring that holds back every edit's colouring until it has run.
        detached = doc is not None and QObject.disconnect(doc, _CONTENTS_CHANGE, self, _REFORMAT)
        if not detached:
            log.warning("The highlighter could not be detached: the text is coloured at once")
        return bool(detached)

    def end_fill(self, text: str, detached: bool) -> None:
        """The whole of ``text`` is in: attach again, give the fenced lines their state,
        and colour every line in slices from the lines in view."""
        self._held = False
        doc = self.document()
        if doc is None:
            return
        if detached:
            QObject.connect(doc, _CONTENTS_CHANGE, self, _REFORMAT)
        self._set_fence_states(doc, text)
        self._filling = self._starting = True
        QTimer.singleShot(0, self._start_slices)

    def abort_fill(self, detached: bool) -> None:
        """A fill given up half-way (another text replaces it): attach again, colour nothing."""
        self._held = False
        doc = self.document()
        if detached and doc is not None:
            QObject.connect(doc, _CONTENTS_CHANGE, self, _REFORMAT)

    @staticmethod
    def _set_fence_states(doc: QTextDocument, text: str) -> None:
        """Give the lines from each opening fence to its closing one the state
        "in a fence", as ``highlightBlock`` would; the others stay unset."""
        fences = _fence_lines(doc, text)
        if len(fences) % 2:
            fences.append(doc.blockCount())  # a fence left open: to the end of the text
        for opening, closing in zip(fences[::2], fences[1::2], strict=True):
            line = doc.findBlockByNumber(opening)
            for _ in range(opening, closing):
                line.setUserState(_IN_FENCE)
                line = line.next()

    def _start_slices(self) -> None:
        self._starting = False
        doc = self.document()
        if doc is None or not self._filling:
            return
        self._left = doc.blockCount()
        self._next = min(max(0, self.first_line()), self._left - 1)
        self._slices.start()

    def _colour_slice(self) -> None:
        pacing.hold()
        doc = self.document()
        deadline = time.perf_counter() + SLICE_S
        # A look at the clock after each line: a worker thread holding the GIL can make
        # one line take milliseconds.
        while doc is not None and self._left > 0 and time.perf_counter() < deadline:
            block = doc.findBlockByNumber(self._next)
            if not block.isValid():
                block = doc.firstBlock()
                self._next = 0
            if block.userState() == _UNSET:  # its state now as it will be: no cascade
                block.setUserState(0)  # (a fence line is in a fence already)
            self.rehighlightBlock(block)
            self._next = block.blockNumber() + 1
            self._left -= 1
        if doc is None or self._left <= 0:
            self._slices.stop()
            self._filling = False

    def is_coloured(self) -> bool:
        """Every block has its colours (no slices pending)."""
        return not self._starting and not self._slices.isActive()

    def set_spell_check(self, check: Callable[[str], list[tuple[int, int]]] | None) -> None:
        """Underline what ``check(line)`` reports as misspelt (``(start, length)``), or nothing."""
        self.spell_check = check
        self.recolour()

    def recolour(self) -> None:
        """Colour the whole document again: at once if it is short, else in slices from
        the lines in view (the old colours stay until their slice comes)."""
        doc = self.document()
        if doc is None or self._held:  # end_fill colours the whole text
            return
        if doc.characterCount() <= LONG_TEXT_CHARS and doc.blockCount() <= LONG_TEXT_LINES:
            self._slices.stop()
            self._filling = self._starting = False
            self.rehighlight()
            return
        self._starting = False  # slices pending after an open are these slices
        self._left = doc.blockCount()
        self._next = min(max(0, self.first_line()), self._left - 1)
        self._slices.start()

    def set_palette(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        dark = text.lightness() > 128
        accent = QColor("#7fb2ff" if dark else "#1f5fbf")
        muted = QColor("#8d939b" if dark else "#7a8089")
        code = QColor("#e0b47a" if dark else "#9a4d00")

        def fmt(
            color: QColor | None = None, bold: bool = False, italic: bool = False, size: float = 0
        ) -> QTextCharFormat:
            f = QTextCharFormat()
            if color is not None:
                f.setForeground(color)
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if size:
                f.setFontPointSize(size)
            return f

        self.misspelt_colour = QColor("#ff6b6b" if dark else "#d0021b")
        self._underlined_formats: dict[str, QTextCharFormat] = {}
        self.formats = {
            "heading": fmt(accent, bold=True),
            "heading_mark": fmt(muted, bold=True),
            "emphasis": fmt(italic=True),
            "strong": fmt(bold=True),
            "code": fmt(code),
            "link": fmt(accent),
            "url": fmt(accent),
            "quote": fmt(muted, italic=True),
            "list": fmt(accent, bold=True),
            "fence": fmt(code),
        }
        self.recolour()

    def keep_colours(self, first: int, end: int) -> None:
        """Blocks ``first .. end - 1`` are about to be taken out and put back (a moved
        section): remember their colours until the event loop resumes, so the lines put
        back are not coloured again. A line's colours depend only on its text and the
        state of the line before it, which is the key."""
        doc = self.document()
        if doc is None or self._filling:
            return
        block = doc.findBlockByNumber(first)
        for _ in range(first, end):
            if not block.isValid():
                break
            self._kept[(block.text(), block.previous().userState())] = (
                block.layout().formats(),
                block.userState(),
            )
            block = block.next()
        QTimer.singleShot(0, self._kept.clear)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if len(self.coloured) < 2:  # one is the edited line; a second is enough to know
            self.coloured.append(self.currentBlock().blockNumber())
        in_fence = self.previousBlockState() == _IN_FENCE
        kept = self._kept.get((text, self.previousBlockState())) if self._kept else None
        if kept is not None:
            for span in kept[0]:
                self.setFormat(span.start, span.length, span.format)
            self.setCurrentBlockState(kept[1])
            self.kept_reused += 1
            return
        if _FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            closing = _UNSET if self._filling and self.currentBlockState() == _UNSET else 0
            self.setCurrentBlockState(closing if in_fence else _IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(_IN_FENCE)
            return
        # While a long text is being filled, an unset line stays unset ("not in a fence"
        # too): an edit there does not make Qt colour every following unset line.
        unset = self._filling and self.currentBlockState() == _UNSET
        self.setCurrentBlockState(_UNSET if unset else 0)
        inline = text if len(text) <= LONG_LINE_CHARS else text[:LONG_LINE_CHARS]
        self._spans = []
        heading = _HEADING.match(text)
        if heading:
            self._set(0, len(text), "heading")
            self._set(0, heading.end(), "heading_mark")
            self._underline_misspelt(inline)
            return
        if _QUOTE.match(text):
            self._set(0, len(text), "quote")
        bullet = _LIST.match(text)
        if bullet:
            self._set(0, bullet.end(), "list")
        for name, pattern in _RULES:
            for m in pattern.finditer(inline):
                self._set(m.start(), m.end() - m.start(), name)
        self._underline_misspelt(inline)

    def _set(self, start: int, length: int, name: str) -> None:
        """``setFormat`` with a named format, remembered for the underlines that follow."""
        self.setFormat(start, length, self.formats[name])
        self._spans.append((start, start + length, name))

    def _underline_misspelt(self, text: str) -> None:
        """Underline the misspelt words, keeping each run's colours (a word may be half
        emphasised): the formats of the line are known from ``_set``, so a word costs one
        call into Qt per run, not one per character."""
        if self.spell_check is None:
            return
        spans = self._spans
        for start, length in self.spell_check(text)[:MAX_UNDERLINES]:
            end = start + length
            cuts = sorted({start, end, *(b for s, e, _n in spans for b in (s, e) if start < b < end)})
            for at, stop in zip(cuts, cuts[1:], strict=False):
                name = ""
                for s, e, n in spans:  # the last format set over a character is its format
                    if s <= at < e:
                        name = n
                self.setFormat(at, stop - at, self._underlined(name))

    def _underlined(self, name: str) -> QTextCharFormat:
        """The format ``name`` (``""``: none) with the misspelling underline, made once."""
        made = self._underlined_formats.get(name)
        if made is None:
            made = QTextCharFormat(self.formats[name]) if name else QTextCharFormat()
            made.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            made.setUnderlineColor(self.misspelt_colour)
            self._underlined_formats[name] = made
        return made
