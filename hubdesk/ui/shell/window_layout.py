"""Saving and restoring the main window's layout: geometry, docks, the editor/preview split."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from hubdesk.ui.shell.dock_widths import COMPACT_BELOW, EditorShare, compact_layout

if TYPE_CHECKING:
    from hubdesk.ui.shell.main_window import MainWindow

STATE_VERSION = 1


def restore_layout(self: MainWindow) -> None:
    """The last layout, or one that fits the screen."""
    geometry = self.settings.window_state("geometry")
    if geometry is None or not self.restoreGeometry(geometry):
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1440, 900)
        else:  # never larger than the screen (at 1366×768 the find bar was off screen)
            self.resize(min(1440, screen.width()), min(900, screen.height() - 40))  # 40: title bar
    state = self.settings.window_state("state")
    if state is not None:
        self.restoreState(state, STATE_VERSION)
    elif self.width() < COMPACT_BELOW:  # 1366×768, 1440×900: one side column, a wider editor
        compact_layout(self, self.library_dock, self.outline_dock,
                       [self.metadata_dock, self.credits_dock])
    splitter = self.settings.window_state("splitter")
    if splitter is not None:
        self.splitter.restoreState(splitter)
    else:
        EditorShare(self.splitter, self.editor)


def save_layout(self: MainWindow) -> None:
    """Remember the layout in the settings."""
    self.settings.set_window_state("geometry", self.saveGeometry())
    self.settings.set_window_state("state", QByteArray(self.saveState(STATE_VERSION)))
    self.settings.set_window_state("splitter", self.splitter.saveState())
    self.settings.sync()
