"""The default layout at small sizes, and the editor's share of the editor/preview splitter.

``compact_layout`` is the default layout of windows narrower than 1600 pixels
(1366×768, 1440×900): one side column, with Library, Metadata and Credits as tabs
above the Outline, and the other panels (Checklist, then History, tabbed beside it)
as tabs beside the Outline, so that the editor keeps at least 60 characters per
line beside the preview and no tab title is cut short. In a column of tabs,
its tabs' panels sit in scroll areas (``scrollable``), so changing tab never widens
the column (the old right column grew from 314 to 360 pixels, 435 in French, when
Credits came to the front).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QWidget,
)

COMPACT_BELOW = 1600
SIDE_WIDTH = 300
SIDE_MINIMUM = 240


class EditorShare(QObject):
    """On first show, give the editor enough of the splitter for 64 characters per line."""

    def __init__(self, splitter: QSplitter, editor: QPlainTextEdit) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.editor = editor
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and self.splitter.width() > 0:
            self.splitter.removeEventFilter(self)
            self.splitter.setSizes(editor_sizes(self.editor, sum(self.splitter.sizes())))
        return False


def editor_sizes(editor: QPlainTextEdit, total: int, characters: int = 64) -> list[int]:
    """Editor and preview widths sharing ``total``: half each, or what the editor needs
    to show ``characters`` per line if that is more (at most two thirds)."""
    needed = (editor.fontMetrics().horizontalAdvance("n" * characters)
              + 2 * int(editor.document().documentMargin())
              + editor.verticalScrollBar().sizeHint().width() + 8)
    first = min(max(total // 2, needed), total * 2 // 3)
    return [first, total - first]


def compact_layout(window: QMainWindow, library: QDockWidget, outline: QDockWidget,
                   tabbed: list[QDockWidget]) -> None:
    """One side column: ``tabbed`` as tabs beside ``library`` (the first of them in front),
    the outline below them, and every other panel of the right-hand side as a tab beside
    the outline."""
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    below = [d for d in window.findChildren(QDockWidget) if d.parent() is window
             and d not in tabbed and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    for dock in tabbed:
        window.addDockWidget(left, dock)
        window.tabifyDockWidget(library, dock)
    for dock in below:
        window.addDockWidget(left, dock)
        window.tabifyDockWidget(outline, dock)
    (tabbed[0] if tabbed else library).raise_()  # the article's own tab (Metadata) in front
    outline.raise_()
    window.resizeDocks([library], [SIDE_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([library, outline], [420, 300], Qt.Orientation.Vertical)


def scrollable(panel: QWidget) -> QScrollArea:
    """A side panel in a frameless scroll area: the column's width is the writer's, not the
    panel's (a panel whose content needs more scrolls instead of widening its whole column
    when its tab comes to the front)."""
    area = QScrollArea(panel.parentWidget())
    area.setObjectName(f"{panel.objectName() or type(panel).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(panel)
    area.setMinimumWidth(SIDE_MINIMUM)
    return area
