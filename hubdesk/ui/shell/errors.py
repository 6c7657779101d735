"""The one way to tell the user about an error: log it, then show a clear dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

#: Tests replace this to record messages instead of opening a modal dialog.
presenter = None


def show_error(parent: QWidget | None, summary: str, error: BaseException | str) -> None:
    """Log ``error`` and show ``summary`` (what failed) with the error's message (why)."""
    detail = str(error)
    if isinstance(error, BaseException):
        log.error("%s: %s", summary, detail, exc_info=error)
    else:
        log.error("%s: %s", summary, detail)
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
