"""Undoable changes to an article's credits: edit a field, add, remove, reorder.

Each command keeps the article and the credit objects it acts on (not row numbers
alone), and applies itself through the :class:`CreditTableModel` so that views
showing that article are told exactly what moved.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from hubdesk.model.article import Article, Credit

if TYPE_CHECKING:
    from hubdesk.ui.credits.credit_table_model import CreditTableModel

logger = logging.getLogger(__name__)


class EditCreditCommand(QUndoCommand):
    """Set one field (``title``, ``date``, ``url``…) of one credit."""

    def __init__(
        self,
        model: CreditTableModel,
        article: Article,
        credit: Credit,
        field: str,
        value: Any,
        text: str,
    ) -> None:
        super().__init__(text)
        self._model = model
        self._article = article
        self._credit = credit
        self._field = field
        self._old = getattr(credit, field)
        self._new = value

    def redo(self) -> None:
        self._model.apply_field(self._article, self._credit, self._field, self._new)

    def undo(self) -> None:
        self._model.apply_field(self._article, self._credit, self._field, self._old)


class InsertCreditsCommand(QUndoCommand):
    """Insert credits at a row (a new blank credit, or credits parsed from pasted lines)."""

    def __init__(
        self,
        model: CreditTableModel,
        article: Article,
        row: int,
        credits: list[Credit],
        text: str,
    ) -> None:
        super().__init__(text)
        self._model = model
        self._article = article
        self._row = row
        self._credits = list(credits)

    def redo(self) -> None:
        self._model.apply_insert(self._article, self._row, self._credits)

    def undo(self) -> None:
        self._model.apply_remove(self._article, self._credits)


class RemoveCreditsCommand(QUndoCommand):
    """Remove some credits; undo puts each back at its former row."""

    def __init__(
        self, model: CreditTableModel, article: Article, credits: list[Credit], text: str
    ) -> None:
        super().__init__(text)
        self._model = model
        self._article = article
        rows = {id(c): i for i, c in enumerate(article.credits)}
        self._placed = sorted((rows[id(c)], c) for c in credits if id(c) in rows)

    def redo(self) -> None:
        self._model.apply_remove(self._article, [c for _, c in self._placed])

    def undo(self) -> None:
        for row, credit in self._placed:
            self._model.apply_insert(self._article, row, [credit])


class ReorderCreditsCommand(QUndoCommand):
    """Give the credits a new order (move up/down, drag and drop)."""

    def __init__(
        self, model: CreditTableModel, article: Article, new_order: list[Credit], text: str
    ) -> None:
        super().__init__(text)
        self._model = model
        self._article = article
        self._old = list(article.credits)
        self._new = list(new_order)

    def redo(self) -> None:
        self._model.apply_order(self._article, self._new)

    def undo(self) -> None:
        self._model.apply_order(self._article, self._old)
