"""The filter bar above the library list: status, tag, language, author, and the sort.

It emits ``filters_changed`` with a dict whose keys are the keyword arguments of
``Library.list_articles`` and ``Library.count_articles`` (``status``,
``language``, ``tag``, ``author``; ``None`` for "any"), plus ``sort`` and
``descending`` for ``list_articles``. The list applies it as it is.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QToolButton, QWidget

from hubdesk.library.store import Library
from hubdesk.model.article import Status

log = logging.getLogger(__name__)

# sort key of the store -> whether it reads best descending
SORTS = {"updated": True, "title": False, "length": True, "created": True}
FILTER_KEYS = ("status", "language", "tag", "author")


def count_arguments(filters: dict[str, Any]) -> dict[str, Any]:
    """The part of a filter dict that ``Library.count_articles`` takes."""
    return {k: filters.get(k) for k in FILTER_KEYS}


class LibraryFilters(QWidget):
    """A compact row of filters and the sort order of the library list."""

    filters_changed = Signal(dict)

    def __init__(self, library: Library, parent: QWidget | None = None, *, fill: bool = True) -> None:
        """``fill``: list the tags, languages and authors in use now (else ``refresh_choices()``)."""
        super().__init__(parent)
        self._library = library
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)

        self.status_combo = self._combo(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status, label in (
            (Status.DRAFT, self.tr("Draft")), (Status.IN_REVIEW, self.tr("In review")),
            (Status.READY, self.tr("Ready")), (Status.PUBLISHED, self.tr("Published")),
        ):
            self.status_combo.addItem(label, str(status))
        self.tag_combo = self._combo(self.tr("Tag"))
        self.language_combo = self._combo(self.tr("Language"))
        self.author_combo = self._combo(self.tr("Author"))
        self.sort_combo = self._combo(self.tr("Sort by"))
        for key, label in (
            ("updated", self.tr("Last change")), ("title", self.tr("Title")),
            ("length", self.tr("Length")), ("created", self.tr("Date created")),
        ):
            self.sort_combo.addItem(label, key)
        self.order_button = QToolButton(self)
        self.order_button.setCheckable(True)
        self.order_button.setAutoRaise(True)
        self.order_button.toggled.connect(self._on_order_toggled)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every article"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.reset)

        # Two compact rows, so that the bar fits a narrow library panel.
        grid.addWidget(self.status_combo, 0, 0)
        grid.addWidget(self.language_combo, 0, 1)
        grid.addWidget(self.tag_combo, 1, 0)
        grid.addWidget(self.author_combo, 1, 1)
        sort_row = QHBoxLayout()
        sort_row.setSpacing(2)
        sort_label = QLabel(self.tr("Sort:"), self)
        sort_label.setBuddy(self.sort_combo)
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo, 1)
        sort_row.addWidget(self.order_button)
        sort_row.addWidget(self.clear_button)
        grid.addLayout(sort_row, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        # Reading them takes time in proportion to the library: the app does it after its paint.
        self.refresh_choices(values=fill)
        self._set_order(SORTS["updated"])
        for combo in (self.status_combo, self.tag_combo, self.language_combo, self.author_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self.clear_button.setEnabled(False)

    def _combo(self, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    # ------------------------------------------------------------ choices

    def _language_label(self, code: str) -> str:
        return {"fr": self.tr("French"), "en": self.tr("English")}.get(code, code)

    def refresh_choices(self, values: bool = True) -> None:
        """Reload the tags, languages and authors in use, keeping the current choices
        (``values=False``: only the "Any …" entries)."""
        fill = (
            (self.tag_combo, self.tr("Any tag"), "tag", str),
            (self.language_combo, self.tr("Any language"), "language", self._language_label),
            (self.author_combo, self.tr("Any author"), "author", str),
        )
        for combo, any_label, field, label in fill:
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(any_label, None)
                for value in self._library.distinct_values(field) if values else ():
                    combo.addItem(label(value), value)
                index = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(0, index))

    # ------------------------------------------------------------ state

    def filters(self) -> dict[str, Any]:
        """The current filters, as keyword arguments of ``Library.list_articles``."""
        return {
            "status": self.status_combo.currentData(),
            "language": self.language_combo.currentData(),
            "tag": self.tag_combo.currentData(),
            "author": self.author_combo.currentData(),
            "sort": self.sort_combo.currentData(),
            "descending": self.order_button.isChecked(),
        }

    def is_filtering(self) -> bool:
        return any(self.filters()[k] is not None for k in FILTER_KEYS)

    def set_filters(self, **values: Any) -> None:
        """Choose filters by value (e.g. ``status="draft"``, ``sort="title"``); emits once."""
        combos = {"status": self.status_combo, "language": self.language_combo,
                  "tag": self.tag_combo, "author": self.author_combo, "sort": self.sort_combo}
        for key, value in values.items():
            if key == "descending":
                with QSignalBlocker(self.order_button):
                    self._set_order(bool(value))
                continue
            combo = combos[key]
            index = combo.findData(value)
            if index < 0:
                raise ValueError(f"No {key} {value!r} in the filter bar.")
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)
            if key == "sort" and "descending" not in values:
                with QSignalBlocker(self.order_button):
                    self._set_order(SORTS[value])
        self._emit()

    def reset(self) -> None:
        """Every article again (the sort is kept)."""
        for combo in (self.status_combo, self.tag_combo, self.language_combo, self.author_combo):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        self._emit()

    # ------------------------------------------------------------ slots

    def _set_order(self, descending: bool) -> None:
        self.order_button.setChecked(descending)
        self.order_button.setArrowType(
            Qt.ArrowType.DownArrow if descending else Qt.ArrowType.UpArrow)
        self.order_button.setToolTip(
            self.tr("Descending order (click for ascending)") if descending
            else self.tr("Ascending order (click for descending)"))

    def _on_order_toggled(self, descending: bool) -> None:
        self._set_order(descending)
        self._emit()

    def _on_sort_changed(self) -> None:
        with QSignalBlocker(self.order_button):
            self._set_order(SORTS[self.sort_combo.currentData()])
        self._emit()

    def _emit(self) -> None:
        self.clear_button.setEnabled(self.is_filtering())
        self.filters_changed.emit(self.filters())
