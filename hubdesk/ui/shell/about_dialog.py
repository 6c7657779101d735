"""The About dialog: name, version, what HubDesk is, and the libraries it stands on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hubdesk import APP_NAME, __version__
from hubdesk.paths import resource


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource("icons", "hubdesk.svg"))).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>", self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.version_label = title
        text = QLabel(
            self.tr(
                "The editorial desk for long-form web articles: write by section, "
                "watch the published page as you type, credit your sources, "
                "and export to every format the desk needs."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tech = QLabel(
            self.tr("Python %1 · Qt %2 · PySide %3")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version),
            self,
        )
        tech.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tech.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for w in (icon, title, text, tech, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(420)
