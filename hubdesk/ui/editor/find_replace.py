"""The find and replace bar under the editor."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from hubdesk.ui.shell import icons

log = logging.getLogger(__name__)


class FindReplace(QWidget):
    """Find (with wrap-around), replace one, replace all (one undo step)."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findReplace")
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.status = QLabel(self)
        prev_btn = self._button("mdi6.chevron-up", self.tr("Previous match (Shift+F3)"),
                                lambda: self.find(backward=True))
        next_btn = self._button("mdi6.chevron-down", self.tr("Next match (F3)"), self.find)
        replace_btn = QToolButton(self)
        replace_btn.setText(self.tr("Replace"))
        replace_btn.clicked.connect(self.replace_one)
        all_btn = QToolButton(self)
        all_btn.setText(self.tr("Replace all"))
        all_btn.clicked.connect(self.replace_all)
        close_btn = self._button("mdi6.close", self.tr("Close (Esc)"), self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for w in (self.find_field, prev_btn, next_btn, self.replace_field, replace_btn,
                  all_btn, self.case, self.status):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(close_btn)
        self.find_field.returnPressed.connect(self.find)
        self.replace_field.returnPressed.connect(self.replace_one)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        self.hide()

    def _button(self, icon: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setProperty("icon_name", icon)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def load_icons(self) -> None:
        for button in self.findChildren(QToolButton):
            name = button.property("icon_name")
            if name:
                button.setIcon(icons.icon(name, self.palette().text().color()))

    def open_bar(self, replace: bool = False) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        (self.replace_field if replace and self.find_field.text() else self.find_field).setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find(self, backward: bool = False) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        doc = self.editor.document()
        found = doc.find(needle, self.editor.textCursor(), self._flags(backward))
        if found.isNull():
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, self._flags(backward))
        if found.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.status.clear()
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def _matches(self, cursor: QTextCursor) -> bool:
        a, b = cursor.selectedText(), self.find_field.text()
        return a == b if self.case.isChecked() else a.lower() == b.lower()

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor):
            cursor.insertText(self.replace_field.text())
        self.find()

    def replace_all(self) -> int:
        needle = self.find_field.text()
        if not needle:
            return 0
        doc = self.editor.document()
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        cursor = doc.find(needle, 0, self._flags())
        while not cursor.isNull():
            cursor.insertText(self.replace_field.text())
            count += 1
            cursor = doc.find(needle, cursor, self._flags())
        edit.endEditBlock()
        self.status.setText(self.tr("%n replaced", "", count))
        return count
