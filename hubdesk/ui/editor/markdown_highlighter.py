"""Markdown syntax highlighting for the editor: headings, emphasis, links, code, quotes, lists.

With a spell check set (``set_spell_check``), misspelt words of prose lines get a
wavy underline on top of their Markdown colours; fenced code is never checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

_IN_FENCE = 1

_RULES = (
    ("emphasis", re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?\*(?!\*)|(?<![_\w])_(?!\s)[^_\n]+?_(?!\w)")),
    ("strong", re.compile(r"\*\*(?!\s)[^*\n]+?\*\*|__(?!\s)[^_\n]+?__")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("link", re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")),
    ("url", re.compile(r"<?https?://[^\s>)]+>?")),
)
_HEADING = re.compile(r"^#{1,6}[ \t]")
_QUOTE = re.compile(r"^[ \t]{0,3}>")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours Markdown structure with the palette's colours (light and dark alike)."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self.spell_check: Callable[[str], list[tuple[int, int]]] | None = None
        self.set_palette(palette)

    def set_spell_check(self, check: Callable[[str], list[tuple[int, int]]] | None) -> None:
        """Underline what ``check(line)`` reports as misspelt (``(start, length)``), or nothing."""
        self.spell_check = check
        self.rehighlight()

    def set_palette(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        dark = text.lightness() > 128
        accent = QColor("#7fb2ff" if dark else "#1f5fbf")
        muted = QColor("#8d939b" if dark else "#7a8089")
        code = QColor("#e0b47a" if dark else "#9a4d00")

        def fmt(color: QColor | None = None, bold: bool = False, italic: bool = False,
                size: float = 0) -> QTextCharFormat:
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
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        in_fence = self.previousBlockState() == _IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(0 if in_fence else _IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(_IN_FENCE)
            return
        self.setCurrentBlockState(0)
        heading = _HEADING.match(text)
        if heading:
            self.setFormat(0, len(text), self.formats["heading"])
            self.setFormat(0, heading.end(), self.formats["heading_mark"])
            self._underline_misspelt(text)
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), self.formats["quote"])
        bullet = _LIST.match(text)
        if bullet:
            self.setFormat(0, bullet.end(), self.formats["list"])
        for name, pattern in _RULES:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), self.formats[name])
        self._underline_misspelt(text)

    def _underline_misspelt(self, text: str) -> None:
        if self.spell_check is None:
            return
        for start, length in self.spell_check(text):
            for i in range(start, start + length):
                f = self.format(i)
                f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                f.setUnderlineColor(self.misspelt_colour)
                self.setFormat(i, 1, f)
