"""The in-place editor of a credit cell: a line edit with a hint, checked while typing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hubdesk import validation
from hubdesk.ui.credit_table_model import CreditColumn
from hubdesk.ui.validation_messages import validation_message

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class CreditDelegate(QStyledItemDelegate):
    """Line edits with placeholders; a date or URL that would be refused is shown in red."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        column = CreditColumn(index.column())
        editor.setPlaceholderText(self._placeholder(column))
        editor.setClearButtonEnabled(column in (CreditColumn.DATE, CreditColumn.URL))
        if column in (CreditColumn.DATE, CreditColumn.URL):
            editor.textChanged.connect(lambda text, e=editor, c=column: self._check(e, c, text))
        return editor

    def _placeholder(self, column: CreditColumn) -> str:
        return {
            CreditColumn.TITLE: self.tr("Title of the source"),
            CreditColumn.AUTHOR: self.tr("Author"),
            CreditColumn.OUTLET: self.tr("Outlet"),
            CreditColumn.DESCRIPTION: self.tr("Free description"),
            CreditColumn.DATE: self.tr("DD/MM/YYYY"),
            CreditColumn.URL: self.tr("https://…"),
            CreditColumn.NOTE: self.tr("Note"),
        }.get(column, "")

    def _check(self, editor: QLineEdit, column: CreditColumn, text: str) -> None:
        try:
            if column == CreditColumn.DATE:
                validation.parse_credit_date(text)
            else:
                validation.validate_credit_url(text)
        except validation.ValidationError as exc:
            editor.setProperty("invalid", True)
            editor.setStyleSheet("color: #c62828;")
            editor.setToolTip(validation_message(exc))
            return
        editor.setProperty("invalid", False)
        editor.setStyleSheet("")
        editor.setToolTip("")

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
