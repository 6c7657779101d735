"""The one way to tell the user about an error: log it, then show a clear dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.ui.shell.error_text import error_message

log = logging.getLogger(__name__)

#: Tests replace this to record messages instead of opening a modal dialog.
presenter = None


def show_error(parent: QWidget | None, summary: str, error: BaseException | str) -> None:
    """Log ``error`` and show ``summary`` (what failed) with the error's message (why).

    A core error is shown in the interface's language (``error_text.error_message``);
    the log keeps the English sentence.
    """
    if isinstance(error, BaseException):
        log.error("%s: %s", summary, error, exc_info=error)
    else:
        log.error("%s: %s", summary, error)
    detail = error_message(error)
    if presenter is not None:
        presenter(summary, detail)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "HubDesk"))
    box.setText(summary)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
