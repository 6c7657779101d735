"""Side panels that keep their width when their tab changes, and the layout at small sizes.

Tabbed docks (Library, Metadata, Credits, History…) can each want another
width; Qt then resizes the whole column when the writer changes tab. ``KeepDockWidths``
puts the column back at the width it had. ``compact_layout`` is the default layout
of windows narrower than 1600 pixels (1366×768, 1440×900): one side column, with
Library, Metadata and Credits as tabs above the Outline, so that the editor keeps at
least 60 characters per line beside the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPlainTextEdit, QSplitter

COMPACT_BELOW = 1600
SIDE_WIDTH = 300


class KeepDockWidths(QObject):
    """After a tab change in a dock column, the column gets back the width it had."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._width: dict[Qt.DockWidgetArea, int] = {}  # the width the writer last saw
        self._switching = False
        self._watched: set[str] = set()
        self.watch_all()
        QTimer.singleShot(0, self.watch_all)  # and the docks that features add after (History)

    def watch_all(self) -> None:
        for dock in self.window.findChildren(QDockWidget):
            if dock.parent() is self.window and dock.objectName() not in self._watched:
                self._watched.add(dock.objectName())
                dock.installEventFilter(self)
                dock.visibilityChanged.connect(lambda _shown, d=dock: self._on_tab_change(d))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.Resize and not self._switching
                and isinstance(watched, QDockWidget) and not watched.isFloating()
                and not watched.visibleRegion().isEmpty()):
            self._width[self.window.dockWidgetArea(watched)] = watched.width()
        return False

    def _on_tab_change(self, dock: QDockWidget) -> None:
        if dock.isFloating() or not self.window.tabifiedDockWidgets(dock) or self._switching:
            return
        area = self.window.dockWidgetArea(dock)
        width = self._width.get(area)
        if width:
            self._switching = True
            QTimer.singleShot(0, lambda: self._restore(area, width))

    def _restore(self, area: Qt.DockWidgetArea, width: int) -> None:
        self._switching = False
        front = [d for d in self.window.findChildren(QDockWidget)
                 if d.parent() is self.window and not d.isFloating() and d.isVisible()
                 and not d.visibleRegion().isEmpty() and self.window.dockWidgetArea(d) == area]
        if front and front[0].width() != width:
            self.window.resizeDocks([front[0]], [width], Qt.Orientation.Horizontal)


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
    """One side column: ``tabbed`` as tabs beside ``library``, the outline below them."""
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    for dock in tabbed:
        window.addDockWidget(left, dock)
        window.tabifyDockWidget(library, dock)
    library.raise_()
    window.resizeDocks([library], [SIDE_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([library, outline], [420, 300], Qt.Orientation.Vertical)
