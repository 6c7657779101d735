"""Distraction-free writing: only the editor, full screen, in a centred column.

``DistractionFree(host, ...)`` connects the checkable action it is given (View
menu, Ctrl+Shift+D or Shift+F11). Entering hides the menu bar, tool bars, docks,
status bar, preview and find bar, narrows the editor's column to about 70
characters and shows the window full screen. Esc (or the action again) leaves and
puts back exactly what was there: which panels were open, their sizes and raised
tabs, the editor/preview splitter, the window's state and the line width.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QToolBar, QWidget

from hubdesk.ui.editor.markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

COLUMN_CHARACTERS = 70
_STATE_VERSION = 0x0DF


class DistractionFree(QObject):
    """Switches the host window between the full workspace and the editor alone."""

    def __init__(
        self,
        host: QMainWindow,
        *,
        editor: MarkdownEditor,
        splitter: QSplitter,
        hide_also: list[QWidget],
        action: QAction,
        line_width: Callable[[], int],
    ) -> None:
        super().__init__(host)
        self.host = host
        self.editor = editor
        self.splitter = splitter
        self._also = hide_also  # the preview, the find bar
        self.action = action
        self._line_width = line_width
        self._active = False
        self._hidden: list[QWidget] = []
        self._raised: list[QDockWidget] = []
        self._state = QByteArray()
        self._splitter_state = QByteArray()
        self._geometry = QRect()
        self._widths: list[tuple[QDockWidget, int, int]] = []
        self._window_state = Qt.WindowState.WindowNoState
        action.toggled.connect(self.set_active)
        editor.installEventFilter(self)
        host.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on != self._active:
            self._enter() if on else self._leave()
        if self.action.isChecked() != self._active:
            self.action.setChecked(self._active)

    def _chrome(self) -> list[QWidget]:
        window = self.host
        widgets: list[QWidget] = [window.menuBar(), window.statusBar()]
        widgets += [w for w in window.findChildren(QToolBar) if w.parent() is window]
        widgets += [w for w in window.findChildren(QDockWidget) if w.parent() is window]
        return widgets + self._also

    def _enter(self) -> None:
        window = self.host
        self._state = window.saveState(_STATE_VERSION)
        self._splitter_state = self.splitter.saveState()
        self._window_state = window.windowState()
        self._geometry = window.geometry()
        docks = [w for w in window.findChildren(QDockWidget) if w.parent() is window]
        # Tabbed docks all count as visible; the one in front is the one with a visible region.
        self._raised = [d for d in docks if window.tabifiedDockWidgets(d)
                        and d.isVisible() and not d.visibleRegion().isEmpty()]
        self._hidden = [w for w in self._chrome() if w.isVisible()]
        front = [d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()]
        self._widths = [(d, d.width(), d.height()) for d in front]
        for widget in self._hidden:
            widget.hide()
        self.editor.set_line_width(COLUMN_CHARACTERS)
        self._active = True
        window.setWindowState(self._window_state | Qt.WindowState.WindowFullScreen)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()
        log.info("Distraction-free writing on")

    def _leave(self) -> None:
        window = self.host
        self._active = False
        window.setWindowState(self._window_state)
        if not self._window_state & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            window.setGeometry(self._geometry)  # some window managers forget the normal size
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        window.restoreState(self._state, _STATE_VERSION)
        for dock in self._raised:
            dock.raise_()
        self._restore_sizes()
        QTimer.singleShot(0, self._restore_sizes)  # again once the window has its size back
        self.editor.set_line_width(self._line_width())
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()
        log.info("Distraction-free writing off")

    def _restore_sizes(self) -> None:
        """The docks' widths and heights, then the editor/preview split, as they were."""
        if self._active:
            return
        window = self.host
        docks = [d for d, _w, _h in self._widths]
        window.resizeDocks(docks, [w for _d, w, _h in self._widths], Qt.Orientation.Horizontal)
        window.resizeDocks(docks, [h for _d, _w, h in self._widths], Qt.Orientation.Vertical)
        window.layout().activate()  # the central area at its size again, then the splitter in it
        self.splitter.restoreState(self._splitter_state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._active:
            return False
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.editor.focus_range() is None):  # Esc leaves Focus on Section first
            self.set_active(False)
            return True
        if watched is self.host and event.type() == QEvent.Type.Close:
            self.set_active(False)  # the window saves the writer's layout, not this one
        return False
