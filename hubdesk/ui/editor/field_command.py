"""An undoable change of one or more attributes of a model object (article, disclosure)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

logger = logging.getLogger(__name__)

_FIELD_COMMAND_ID = 0x4844_0001


class FieldCommand(QUndoCommand):
    """Set attributes of ``target`` (``{"title": new, ...}``), remembering the old values.

    ``on_apply`` runs after every redo and undo so that the widget showing the
    object can refresh itself and announce the change. Consecutive commands with
    the same ``merge_key`` on the same object and the same attributes merge into one
    undo step, so a burst of typing in one field is undone at once.
    """

    def __init__(
        self,
        target: object,
        changes: dict[str, Any],
        text: str,
        on_apply: Callable[[], None],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._target = target
        self._new = {name: _copy(value) for name, value in changes.items()}
        self._old = {name: _copy(getattr(target, name)) for name in changes}
        self._on_apply = on_apply
        self._merge_key = merge_key

    @property
    def target(self) -> object:
        return self._target

    def is_no_op(self) -> bool:
        """True when the new values equal the old ones (nothing to undo)."""
        return self._new == self._old

    def id(self) -> int:  # noqa: A003 - Qt override name
        return _FIELD_COMMAND_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override name
        if not isinstance(other, FieldCommand):
            return False
        if (
            other._target is not self._target
            or other._merge_key != self._merge_key
            or set(other._new) - set(self._new)
        ):
            return False
        self._new.update(other._new)
        self.setObsolete(self.is_no_op())
        return True

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(self._target, name, _copy(value))
        logger.debug("set %s on %s", sorted(values), type(self._target).__name__)
        self._on_apply()


def _copy(value: Any) -> Any:
    """Lists (tags) are copied so that the command's values never alias the model's."""
    return list(value) if isinstance(value, list) else value
