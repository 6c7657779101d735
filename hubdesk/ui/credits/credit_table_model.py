"""The table of an article's source credits, editable in place, reordered by drag and drop.

Every change (a cell typed, a credit added, removed or moved) becomes a command on
the undo stack given to the model; the command then edits the article's
``credits`` list in place and the model tells its views. Dates and URLs are
checked with :mod:`hubdesk.validation`; a refused value leaves the old one and
emits :attr:`CreditTableModel.edit_refused` with a message for the person.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from hubdesk.formats.render import format_credit
from hubdesk.model import validation
from hubdesk.model.article import Article, Credit
from hubdesk.ui.credits.credit_commands import (
    EditCreditCommand,
    InsertCreditsCommand,
    RemoveCreditsCommand,
    ReorderCreditsCommand,
)
from hubdesk.ui.shell.validation_messages import validation_message

logger = logging.getLogger(__name__)

CREDIT_ROWS_MIME = "application/x-hubdesk-credit-rows"

Index = QModelIndex | QPersistentModelIndex


class CreditColumn(IntEnum):
    TITLE = 0
    AUTHOR = 1
    OUTLET = 2
    DESCRIPTION = 3
    DATE = 4
    URL = 5
    NOTE = 6
    PRINTED = 7


_FIELDS = {
    CreditColumn.TITLE: "title",
    CreditColumn.AUTHOR: "author",
    CreditColumn.OUTLET: "outlet",
    CreditColumn.DESCRIPTION: "description",
    CreditColumn.DATE: "date",
    CreditColumn.URL: "url",
    CreditColumn.NOTE: "note",
}


class CreditTableModel(QAbstractTableModel):
    """Rows are the credits of one article; the last column is the credit as printed."""

    changed = Signal()
    """The article's credits changed (edit, add, remove, move, undo or redo)."""
    edit_refused = Signal(str, int, int)
    """A typed value was refused: message for the person, row, column."""

    def __init__(self, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._article: Article | None = None
        self._shown: list[Credit] = []  # the credits the views know about, in their order

    # ------------------------------------------------------------ article

    def set_article(self, article: Article | None) -> None:
        """Show (and edit in place) the credits of ``article``."""
        self.beginResetModel()
        self._article = article
        self._shown = list(article.credits) if article else []
        self.endResetModel()

    def article(self) -> Article | None:
        return self._article

    def refresh(self) -> None:
        """Show the article's credits again.

        Call it after the article's language changed (the printed column follows) or
        after something other than this model changed its list of credits.
        """
        if self._article is not None and not _same(self._shown, self._article.credits):
            self.set_article(self._article)
            return
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(CreditColumn) - 1)
            )

    def credit_at(self, row: int) -> Credit:
        assert self._article is not None
        return self._article.credits[row]

    def _language(self) -> str:
        return self._article.language if self._article else "fr"

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._article is None:
            return 0
        return len(self._article.credits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CreditColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(CreditColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tooltip(CreditColumn(section))
        return None

    def column_title(self, column: CreditColumn) -> str:
        return {
            CreditColumn.TITLE: self.tr("Title"),
            CreditColumn.AUTHOR: self.tr("Author"),
            CreditColumn.OUTLET: self.tr("Outlet"),
            CreditColumn.DESCRIPTION: self.tr("Description"),
            CreditColumn.DATE: self.tr("Date"),
            CreditColumn.URL: self.tr("URL"),
            CreditColumn.NOTE: self.tr("Note"),
            CreditColumn.PRINTED: self.tr("As printed"),
        }[column]

    def column_tooltip(self, column: CreditColumn) -> str:
        return {
            CreditColumn.TITLE: self.tr("Title of the original content"),
            CreditColumn.AUTHOR: self.tr("Its author"),
            CreditColumn.OUTLET: self.tr("Where it was published"),
            CreditColumn.DESCRIPTION: self.tr(
                "Free text printed after the title, for sources without an author or outlet"
            ),
            CreditColumn.DATE: self.tr("Publication date: DD/MM/YYYY or YYYY-MM-DD"),
            CreditColumn.URL: self.tr("Link to the original (http:// or https://)"),
            CreditColumn.NOTE: self.tr("A note printed beside the credit"),
            CreditColumn.PRINTED: self.tr("The credit as it is printed under the article"),
        }[column]

    def placeholder(self, column: CreditColumn) -> str:
        """The hint shown in an empty field of this column while it is edited."""
        return {
            CreditColumn.TITLE: self.tr("Title of the source"),
            CreditColumn.AUTHOR: self.tr("Author"),
            CreditColumn.OUTLET: self.tr("Outlet"),
            CreditColumn.DESCRIPTION: self.tr("Free description, instead of author and outlet"),
            CreditColumn.DATE: (
                self.tr("YYYY-MM-DD") if self._language() == "en" else self.tr("DD/MM/YYYY")
            ),
            CreditColumn.URL: self.tr("https://…"),
            CreditColumn.NOTE: self.tr("Note"),
        }.get(column, "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never on a cell.
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() != CreditColumn.PRINTED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._article is None:
            return None
        credit = self._article.credits[index.row()]
        column = CreditColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CreditColumn.PRINTED:
                if role == Qt.ItemDataRole.EditRole:
                    return None
                return format_credit(credit, self._language()) or self.tr("(empty: not printed)")
            if column == CreditColumn.DATE:
                return validation.format_credit_date(credit.date, iso=self._language() == "en")
            return getattr(credit, _FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(credit, column)
        if column == CreditColumn.PRINTED and not format_credit(credit, self._language()):
            # An empty credit is not printed: say so in a muted italic.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont(QApplication.font())
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _tooltip(self, credit: Credit, column: CreditColumn) -> str | None:
        if column == CreditColumn.PRINTED:
            printed = format_credit(credit, self._language())
            if not printed:
                return self.tr("This credit is empty and is not printed.")
            if credit.url:
                return self.tr("%1\nLinks to %2").replace("%1", printed).replace("%2", credit.url)
            return printed
        if column == CreditColumn.DATE:
            return self.tr("Type the date as DD/MM/YYYY or YYYY-MM-DD; leave blank for none.")
        value = getattr(credit, _FIELDS[column])
        return value or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._article is None:
            return False
        column = CreditColumn(index.column())
        if column == CreditColumn.PRINTED:
            return False
        field = _FIELDS[column]
        text = "" if value is None else str(value)
        try:
            if column == CreditColumn.DATE:
                new_value: Any = validation.parse_credit_date(text)
            elif column == CreditColumn.URL:
                new_value = validation.validate_credit_url(text)
            else:
                new_value = text.strip()
        except validation.ValidationError as exc:
            message = validation_message(exc)
            logger.info("credit %s refused: %s", field, exc)
            self.edit_refused.emit(message, index.row(), index.column())
            return False
        credit = self._article.credits[index.row()]
        if getattr(credit, field) == new_value:
            return True
        label = self.column_title(column)
        self._push(
            EditCreditCommand(
                self, self._article, credit, field, new_value,
                self.tr("Edit credit %1").replace("%1", label.lower()),
            )
        )
        return True

    # ------------------------------------------------------------ actions (undoable)

    def add_credits(self, row: int, credits: list[Credit], text: str | None = None) -> None:
        """Insert ``credits`` before ``row`` (``rowCount()`` to append)."""
        if self._article is None or not credits:
            return
        row = max(0, min(row, self.rowCount()))
        text = text or (self.tr("Add credit") if len(credits) == 1 else self.tr("Add credits"))
        self._push(InsertCreditsCommand(self, self._article, row, credits, text))

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the credits at ``rows``."""
        if self._article is None:
            return
        credits = [self._article.credits[r] for r in sorted(set(rows)) if 0 <= r < self.rowCount()]
        if not credits:
            return
        text = self.tr("Remove credit") if len(credits) == 1 else self.tr("Remove credits")
        self._push(RemoveCreditsCommand(self, self._article, credits, text))

    def move_rows(self, rows: list[int], destination: int) -> bool:
        """Move the credits at ``rows`` before the row now at ``destination``.

        ``destination`` counts rows before the move, as Qt's ``moveRows`` does;
        ``rowCount()`` moves them to the end. False when nothing would change.
        """
        if self._article is None:
            return False
        current = list(self._article.credits)
        picked = sorted({r for r in rows if 0 <= r < len(current)})
        if not picked:
            return False
        destination = max(0, min(destination, len(current)))
        moving = [current[r] for r in picked]
        rest = [c for i, c in enumerate(current) if i not in set(picked)]
        at = destination - sum(1 for r in picked if r < destination)
        order = rest[:at] + moving + rest[at:]
        if all(a is b for a, b in zip(order, current, strict=True)):
            return False
        text = self.tr("Move credit") if len(picked) == 1 else self.tr("Move credits")
        self._push(ReorderCreditsCommand(self, self._article, order, text))
        return True

    def reorder(self, order: list[Credit], text: str) -> None:
        """Give the credits the order ``order`` (the same credit objects, rearranged)."""
        if self._article is None:
            return
        current = self._article.credits
        if len(order) != len(current) or {id(c) for c in order} != {id(c) for c in current}:
            raise ValueError("A new credit order must hold exactly the article's credits.")
        if all(a is b for a, b in zip(order, current, strict=True)):
            return
        self._push(ReorderCreditsCommand(self, self._article, order, text))

    def moveRows(  # noqa: N802 - Qt override name
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        return self.move_rows(list(range(source_row, source_row + count)), destination_child)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Refused: after a drag the view would remove the moved rows; :meth:`remove_rows` removes."""
        return False

    def _push(self, command: QUndoCommand) -> None:
        if self._undo_stack is not None:
            self._undo_stack.push(command)
        else:
            command.redo()

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CREDIT_ROWS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if self._article is None:
            return mime
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = self._article.id + ":" + ",".join(str(r) for r in rows)
        mime.setData(CREDIT_ROWS_MIME, QByteArray(payload.encode("ascii")))
        lang = self._language()
        mime.setText("\n".join(format_credit(self._article.credits[r], lang) for r in rows))
        return mime

    def _dragged_rows(self, data: QMimeData) -> list[int] | None:
        if self._article is None or not data.hasFormat(CREDIT_ROWS_MIME):
            return None
        payload = bytes(data.data(CREDIT_ROWS_MIME).data()).decode("ascii", "replace")
        article_id, _, rows = payload.partition(":")
        if article_id != self._article.id:
            return None
        try:
            return [int(r) for r in rows.split(",") if r]
        except ValueError:
            return None

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_rows(data) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        rows = self._dragged_rows(data)
        if action != Qt.DropAction.MoveAction or rows is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move_rows(rows, row)
        return True

    # ------------------------------------------------------------ applied by the commands

    def apply_field(self, article: Article, credit: Credit, field: str, value: Any) -> None:
        setattr(credit, field, value)
        if article is self._article:
            row = _row_of(article, credit)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(CreditColumn) - 1))
        self.changed.emit()

    def apply_insert(self, article: Article, row: int, credits: list[Credit]) -> None:
        row = max(0, min(row, len(article.credits)))
        showing = article is self._article
        if showing:
            self.beginInsertRows(QModelIndex(), row, row + len(credits) - 1)
        article.credits[row:row] = credits
        if showing:
            self._shown = list(article.credits)
            self.endInsertRows()
        self.changed.emit()

    def apply_remove(self, article: Article, credits: list[Credit]) -> None:
        showing = article is self._article
        rows = sorted((r for r in (_row_of(article, c) for c in credits) if r >= 0), reverse=True)
        for row in rows:
            if showing:
                self.beginRemoveRows(QModelIndex(), row, row)
            del article.credits[row]
            if showing:
                self._shown = list(article.credits)
                self.endRemoveRows()
        self.changed.emit()

    def apply_order(self, article: Article, order: list[Credit]) -> None:
        if article is not self._article:
            article.credits[:] = order
            self.changed.emit()
            return
        self.layoutAboutToBeChanged.emit()
        old = list(article.credits)
        article.credits[:] = order
        self._shown = list(order)
        new_row = {id(c): i for i, c in enumerate(order)}
        sources = self.persistentIndexList()
        targets = [self.index(new_row[id(old[i.row()])], i.column()) for i in sources]
        self.changePersistentIndexList(sources, targets)
        self.layoutChanged.emit()
        self.changed.emit()


def _same(a: list[Credit], b: list[Credit]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _row_of(article: Article, credit: Credit) -> int:
    for i, c in enumerate(article.credits):
        if c is credit:
            return i
    return -1
