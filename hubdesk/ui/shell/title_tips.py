"""Library titles cut short by the column show in full in their tooltip.

The list elides long titles at the right ("Mistral AI et la souveraineté…");
hovering such a title shows it whole, above what the row's tooltip says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QTreeView

TITLE_COLUMN = 0


class TitleTips(QObject):
    """Tooltip with the full title for the elided titles of a list view."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    def is_elided(self, row: int) -> bool:
        index = self.view.model().index(row, TITLE_COLUMN)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = self.view.visualRect(index)
        decoration = self.view.iconSize().width() if index.data(Qt.ItemDataRole.DecorationRole) else 0
        room = rect.width() - decoration - 2 * self.view.style().pixelMetric(
            self.view.style().PixelMetric.PM_FocusFrameHMargin) - 6
        return self.view.fontMetrics().horizontalAdvance(text) > room

    def tooltip(self, row: int) -> str:
        """The row's tooltip, with the full title first when the title is elided."""
        index = self.view.model().index(row, TITLE_COLUMN)
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        if not self.is_elided(row):
            return tip
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return f"{title}\n{tip}" if tip else title

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.view.indexAt(event.pos())
            if index.isValid() and index.column() == TITLE_COLUMN:
                QToolTip.showText(event.globalPos(), self.tooltip(index.row()), self.view)
                return True
        return False
