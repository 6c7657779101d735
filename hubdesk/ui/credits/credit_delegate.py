"""The in-place editor of a credit cell: a line edit with a hint, checked while typing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hubdesk.model import validation
from hubdesk.ui.credits.credit_table_model import CreditColumn, CreditTableModel
from hubdesk.ui.shell.validation_messages import validation_message

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class CreditDelegate(QStyledItemDelegate):
    """Line edits with placeholders; a date or URL that would be refused is shown in red."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        column = CreditColumn(index.column())
        model = index.model()
        if isinstance(model, CreditTableModel):
            editor.setPlaceholderText(model.placeholder(column))
        editor.setClearButtonEnabled(column in (CreditColumn.DATE, CreditColumn.URL))
        if column in (CreditColumn.DATE, CreditColumn.URL):
            editor.textChanged.connect(lambda text, e=editor, c=column: mark_invalid(e, c, text))
        return editor

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


def mark_invalid(editor: QLineEdit, column: CreditColumn, text: str) -> bool:
    """Show in ``editor`` whether ``text`` would be refused for a date or URL; True when valid."""
    try:
        if column == CreditColumn.DATE:
            validation.parse_credit_date(text)
        elif column == CreditColumn.URL:
            validation.validate_credit_url(text)
    except validation.ValidationError as exc:
        editor.setProperty("invalid", True)
        editor.setStyleSheet("color: #c62828;")
        editor.setToolTip(validation_message(exc))
        return False
    editor.setProperty("invalid", False)
    editor.setStyleSheet("")
    editor.setToolTip("")
    return True
