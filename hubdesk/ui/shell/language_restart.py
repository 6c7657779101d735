"""A new interface language takes effect after a restart: offer one, and do it for real.

When the language preference changes, the window asks whether to restart now.
"Restart Now" closes the window as Quit does (the article and the layout are
saved, the library is unlocked), quits the application, and ``finish_restart``
(called by ``app.main`` once the event loop has ended) runs HubDesk again in the
same process with the same arguments.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hubdesk.ui.shell.settings import Settings
from hubdesk.ui.shell.translations import resolve_language

log = logging.getLogger(__name__)

_pending: list[str] | None = None  # the command line to run again once the app has quit


def restart_argv() -> list[str]:
    """The command line that starts this HubDesk again with the same arguments."""
    if vars(sys).get("frozen"):  # the bundle (PyInstaller): its executable is HubDesk itself
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "hubdesk", *sys.argv[1:]]


def finish_restart(execv: Callable[[str, list[str]], object] = os.execv) -> bool:
    """Run HubDesk again if a restart was asked for (replaces this process); False if not."""
    global _pending
    argv, _pending = _pending, None
    if argv is None:
        return False
    log.info("Restarting: %s", " ".join(argv))
    execv(argv[0], argv)
    return True


class LanguageRestart(QObject):
    """Offers to restart when the language preference changes to another language."""

    def __init__(self, window: QWidget, settings: Settings, current: str) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.current = current
        self.quit_app: Callable[[], None] = QApplication.quit
        settings.changed.connect(self._on_setting)

    def _on_setting(self, key: str) -> None:
        if key == "language" and resolve_language(self.settings.get("language")) != self.current:
            QTimer.singleShot(0, self.offer)  # once the Preferences dialog has closed

    def offer(self) -> bool:
        """Ask; True if the writer chose to restart now (and the restart is under way)."""
        box = QMessageBox(self.window)
        box.setObjectName("languageRestart")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language is used after HubDesk restarts."))
        box.setInformativeText(self.tr("Restart now? Your work is saved first."))
        now = box.addButton(self.tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        if box.clickedButton() is not now:
            return False
        return self.restart()

    def restart(self) -> bool:
        """Save and close the window, quit, and have ``finish_restart`` start HubDesk again."""
        global _pending
        self.settings.sync()
        _pending = restart_argv()
        if not self.window.close():  # the article could not be saved and the writer stayed
            _pending = None
            return False
        self.quit_app()
        return True
