"""The article's word target in the outline: its progress in the outline's header."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTreeWidget


class OutlineTarget(QObject):
    """Writes "Outline · 62 % of 500" in the outline's header while the article has a target."""

    def __init__(self, outline: QTreeWidget) -> None:
        super().__init__(outline)
        self.outline = outline

    def show(self, words: int, target: int) -> None:
        header = self.outline.headerItem()
        if not target:
            header.setText(0, self.tr("Outline"))
            header.setToolTip(0, "")
            return
        percent = min(999, round(100 * words / target))
        header.setText(0, self.tr("Outline · %1 % of %2").replace("%1", str(percent))
                       .replace("%2", str(target)))
        left = max(0, target - words)
        header.setToolTip(0, self.tr("%1 of %2 words; %3 to go").replace("%1", str(words))
                          .replace("%2", str(target)).replace("%3", str(left)) if left else
                          self.tr("Word target of %1 words reached").replace("%1", str(target)))
