"""A form for every field of the selected credit, for when the panel is too narrow for the table."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from hubdesk.ui.credits.credit_delegate import mark_invalid
from hubdesk.ui.credits.credit_table_model import CreditColumn, CreditTableModel

logger = logging.getLogger(__name__)

FORM_COLUMNS = (
    CreditColumn.TITLE,
    CreditColumn.AUTHOR,
    CreditColumn.OUTLET,
    CreditColumn.DESCRIPTION,
    CreditColumn.DATE,
    CreditColumn.URL,
    CreditColumn.NOTE,
)


class CreditDetails(QWidget):
    """Edits one credit row of a :class:`CreditTableModel` through the model (checked, undoable).

    A field is written when the person presses Enter or leaves it. A refused date or
    URL stays in its field, in red with the reason as tooltip, until corrected; the
    credit keeps its old value and the model reports the refusal as usual.
    """

    def __init__(self, model: CreditTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CreditDetails")
        self._model = model
        self._row = QPersistentModelIndex()
        self.fields: dict[CreditColumn, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(3)
        for column in FORM_COLUMNS:
            edit = QLineEdit(self)
            edit.setObjectName(f"credit{column.name.title()}Field")
            edit.setPlaceholderText(model.placeholder(column))
            edit.setToolTip(model.column_tooltip(column))
            edit.editingFinished.connect(lambda c=column: self._commit(c))
            if column in (CreditColumn.DATE, CreditColumn.URL):
                edit.textEdited.connect(lambda text, e=edit, c=column: mark_invalid(e, c, text))
            self.fields[column] = edit
            form.addRow(self.tr("%1:").replace("%1", model.column_title(column)), edit)
        for signal in (model.dataChanged, model.modelReset, model.layoutChanged,
                       model.rowsRemoved, model.rowsInserted):
            signal.connect(self.reload)
        self.reload()

    def set_row(self, row: int) -> None:
        """Edit the credit at ``row`` (-1: none). The form follows that credit when it moves."""
        index = self._model.index(row, 0) if row >= 0 else QModelIndex()
        self._row = QPersistentModelIndex(index)
        self.reload()

    def row(self) -> int:
        return self._row.row() if self._row.isValid() else -1

    def reload(self, *_: object) -> None:
        """Show the model's values again (after an edit elsewhere, an undo, a move)."""
        row = self.row()
        self.setEnabled(row >= 0)
        # The date is shown day first in French, ISO in English.
        self.fields[CreditColumn.DATE].setPlaceholderText(self._model.placeholder(CreditColumn.DATE))
        for column, edit in self.fields.items():
            value = "" if row < 0 else str(
                self._model.index(row, column).data(Qt.ItemDataRole.EditRole) or ""
            )
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
            if column in (CreditColumn.DATE, CreditColumn.URL):
                mark_invalid(edit, column, edit.text())

    def _commit(self, column: CreditColumn) -> None:
        row = self.row()
        if row < 0:
            return
        edit = self.fields[column]
        index = self._model.index(row, column)
        if edit.text() == str(index.data(Qt.ItemDataRole.EditRole) or ""):
            return
        if not self._model.setData(index, edit.text(), Qt.ItemDataRole.EditRole):
            mark_invalid(edit, column, edit.text())
