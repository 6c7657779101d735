"""A search hit in the library list: its title, and under it the snippet with the matched words in bold."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hubdesk.ui.library.library_model import SNIPPET_ROLE

_MATCH_RE = re.compile(r"\[([^\]]*)\]")
SNIPPET_SCALE = 0.9


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, matched) pieces, its white space squeezed; brackets mark matches."""
    text = " ".join(snippet.split())
    out: list[tuple[str, bool]] = []
    at = 0
    for m in _MATCH_RE.finditer(text):
        if m.start() > at:
            out.append((text[at:m.start()], False))
        if m.group(1):
            out.append((m.group(1), True))
        at = m.end()
    if at < len(text):
        out.append((text[at:], False))
    return out


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines for a row that has a snippet (search results); the usual one line otherwise."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * SNIPPET_SCALE))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE):
            small, _ = self._fonts(option)
            size.setHeight(size.height() + QFontMetrics(small).height() + 2)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(3, 1, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        metrics = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        painter.drawText(rect.left(), rect.top() + metrics.ascent(),
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        small, bold = self._fonts(opt)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        x, right = rect.left(), rect.right()
        y = rect.top() + metrics.height() + 1 + QFontMetrics(small).ascent()
        for text, matched in snippet_segments(snippet):
            font = bold if matched else small
            fm = QFontMetrics(font)
            width = fm.horizontalAdvance(text)
            painter.setFont(font)
            if x + width > right:
                painter.drawText(x, y, fm.elidedText(text, Qt.TextElideMode.ElideRight, right - x))
                break
            painter.drawText(x, y, text)
            x += width
        painter.restore()
