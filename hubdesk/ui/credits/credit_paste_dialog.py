"""A dialog that turns pasted credit lines (as printed under an article) into credits."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.formats.render import format_credit
from hubdesk.model.article import Credit
from hubdesk.model.credit_parse import is_bullet, parse_credit

logger = logging.getLogger(__name__)


def parse_credit_lines(text: str) -> list[Credit]:
    """One credit per non-blank line (``Title – Author – Outlet (DD/MM/YYYY)``, bullets allowed)."""
    credits = []
    for line in text.splitlines():
        if not line.strip():
            continue
        credit = parse_credit(line if is_bullet(line) else line.strip())
        if not credit.is_empty():
            credits.append(credit)
    return credits


class CreditPasteDialog(QDialog):
    """Paste or type credit lines; the dialog shows how each one is read before adding them."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteCreditDialog")
        self.setWindowTitle(self.tr("Paste credit lines"))
        self._language = language
        self._credits: list[Credit] = []

        intro = QLabel(
            self.tr("One credit per line, as printed under an article: "
                    "Title – Author – Outlet (DD/MM/YYYY). Bullets are ignored."),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("creditLines")
        self.text_edit.setPlaceholderText(
            self.tr("• What is Mistral AI? – Anna Heim – TechCrunch (09/09/2025)")
        )
        self.text_edit.textChanged.connect(self._reparse)
        self._summary = QLabel(self)
        self.preview = QListWidget(self)
        self.preview.setObjectName("creditPreview")
        self.preview.setAlternatingRowColors(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setWordWrap(True)
        self.preview.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setSpacing(2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self.tr("Add credits"), self)
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(self._summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.text_edit.setPlainText(QGuiApplication.clipboard().text())
        self._reparse()

    def credits(self) -> list[Credit]:
        """The credits read from the text as it stands."""
        return list(self._credits)

    def _reparse(self) -> None:
        self._credits = parse_credit_lines(self.text_edit.toPlainText())
        self.preview.clear()
        for credit in self._credits:
            self.preview.addItem(format_credit(credit, self._language))
        n = len(self._credits)
        if n == 0:
            self._summary.setText(self.tr("No credit recognised yet."))
        elif n == 1:
            self._summary.setText(self.tr("1 credit will be added, printed as:"))
        else:
            self._summary.setText(
                self.tr("%1 credits will be added, printed as:").replace("%1", str(n))
            )
        self.add_button.setEnabled(n > 0)
