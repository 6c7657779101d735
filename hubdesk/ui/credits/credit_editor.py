"""The source-credit panel: the article's credits as a table, edited in place, reordered, undoable."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hubdesk.formats.render import format_credit
from hubdesk.model.article import Article, Credit
from hubdesk.ui.credits.credit_delegate import CreditDelegate
from hubdesk.ui.credits.credit_details import CreditDetails
from hubdesk.ui.credits.credit_paste_dialog import CreditPasteDialog, parse_credit_lines
from hubdesk.ui.credits.credit_table_model import CreditColumn, CreditTableModel
from hubdesk.ui.credits.reference_exchange import ReferenceExchange
from hubdesk.ui.shell import icons

logger = logging.getLogger(__name__)

COMPACT_WIDTH = 640
"""Below this width the table shows only the printed credits and a form edits the selected one."""

_COLUMN_WIDTHS = {
    CreditColumn.TITLE: 240,
    CreditColumn.AUTHOR: 120,
    CreditColumn.OUTLET: 120,
    CreditColumn.DESCRIPTION: 160,
    CreditColumn.DATE: 92,
    CreditColumn.URL: 170,
    CreditColumn.NOTE: 120,
    CreditColumn.PRINTED: 360,
}


class CreditEditor(QWidget):
    """Add, remove, edit and reorder the credits of one article; each change is an undo step.

    The article is edited in place; :attr:`changed` is emitted after every change
    (including undo and redo) so that the owner can save it and refresh the preview.
    """

    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CreditEditor")
        self._undo_stack = undo_stack
        self._shown_language = ""
        # Another panel on the same stack may change the article's language (metadata).
        undo_stack.indexChanged.connect(self._follow_language)
        self._model = CreditTableModel(undo_stack, self)
        self._model.changed.connect(self._on_model_changed)
        self._model.edit_refused.connect(self._on_edit_refused)
        self._model.modelReset.connect(self._update_state)
        self._model.rowsInserted.connect(self._update_state)
        self._model.rowsRemoved.connect(self._update_state)
        self._model.layoutChanged.connect(self._update_state)

        self._view = self._make_view()
        self._make_actions()
        self.load_icons()
        self._compact = False
        self._details = CreditDetails(self._model, self)
        self._details.hide()

        self._count_label = QLabel(self)
        self._count_label.setObjectName("creditCount")
        self._count_label.setStyleSheet("color: palette(placeholder-text);")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for action in (self.add_action, self.remove_action, self.move_up_action,
                       self.move_down_action, self.paste_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if action in (self.add_action, self.paste_action)
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            buttons.addWidget(button)
            if action is self.move_down_action:
                buttons.addSpacing(8)
        self.references = ReferenceExchange(self)  # import from / export to Zotero and others
        self.references.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        buttons.addWidget(self.references.button)
        self.load_icons()
        buttons.addStretch(1)
        buttons.addWidget(self._count_label)

        self._message_icon = QLabel(self)
        self._message_icon.setPixmap(
            icons.icon("fa5s.exclamation-triangle", QColor("#c62828")).pixmap(14, 14)
        )
        self._message = QLabel(self)
        self._message.setObjectName("creditMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #c62828;")
        message_row = QHBoxLayout()
        message_row.setContentsMargins(4, 0, 4, 0)
        message_row.addWidget(self._message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self._message, 1)

        self._printed_caption = QLabel(self.tr("As printed:"), self)
        self._printed_caption.setStyleSheet("color: palette(placeholder-text);")
        self._printed = QLabel(self)
        self._printed.setObjectName("creditPrinted")
        self._printed.setWordWrap(True)
        self._printed.setTextFormat(Qt.TextFormat.PlainText)
        self._printed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        printed_row = QHBoxLayout()
        printed_row.setContentsMargins(4, 0, 4, 0)
        printed_row.addWidget(self._printed_caption, 0, Qt.AlignmentFlag.AlignTop)
        printed_row.addWidget(self._printed, 1)

        self._hint = QLabel(
            self.tr(
                "No source is credited yet. Add a credit, or paste a credit line such as "
                "“Title – Author – Outlet (09/09/2025)”."
            ),
            self,
        )
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: palette(placeholder-text); padding: 4px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._details)
        layout.addLayout(printed_row)
        layout.addLayout(message_row)
        layout.addWidget(self._hint)

        self._clear_message()
        self._update_state()

    # ------------------------------------------------------------ construction

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("creditTable")
        view.setModel(self._model)
        view.setItemDelegate(CreditDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        for column, width in _COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        view.selectionModel().selectionChanged.connect(self._update_state)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_state())
        view.doubleClicked.connect(self._on_double_clicked)
        return view

    def _make_actions(self) -> None:
        def action(icon: str, text: str, tip: str, keys: QKeySequence, slot) -> QAction:
            act = QAction(text, self)
            act.setProperty("icon_name", icon)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_action = action(
            "fa5s.plus", self.tr("Add"), self.tr("Add a credit after the selected one"),
            QKeySequence(Qt.Key.Key_Insert), self.add_credit,
        )
        self.remove_action = action(
            "fa5s.trash-alt", self.tr("Remove"), self.tr("Remove the selected credits"),
            QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected,
        )
        self.move_up_action = action(
            "fa5s.arrow-up", self.tr("Move up"), self.tr("Move the selected credits up"),
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), self.move_selected_up,
        )
        self.move_down_action = action(
            "fa5s.arrow-down", self.tr("Move down"), self.tr("Move the selected credits down"),
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), self.move_selected_down,
        )
        self.paste_action = action(
            "fa5s.paste", self.tr("Paste credit line…"),
            self.tr("Add credits from lines such as “Title – Author – Outlet (09/09/2025)”"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_V),
            self.paste_credit_lines,
        )

    def load_icons(self) -> None:
        """Give the buttons their icons in the current text colour (again after a theme change)."""
        colour = self.palette().windowText().color()
        for act in self.actions():
            name = act.property("icon_name")
            if name:
                act.setIcon(icons.icon(name, colour))
        if hasattr(self, "references"):
            self.references.button.setIcon(icons.icon("fa5s.book", colour))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.load_icons()

    # ------------------------------------------------------------ public API

    def set_article(self, article: Article | None) -> None:
        """Show and edit the credits of ``article`` (``None`` empties the panel)."""
        self._model.set_article(article)
        self._shown_language = article.language if article else ""
        self._clear_message()
        self._update_state()

    def article(self) -> Article | None:
        return self._model.article()

    def refresh(self) -> None:
        """Re-read the article (call it after its language changed: the printed column follows)."""
        article = self.article()
        self._shown_language = article.language if article else ""
        self._model.refresh()
        self._update_state()

    def _follow_language(self, *_: object) -> None:
        article = self.article()
        if article is not None and article.language != self._shown_language:
            self.refresh()

    def is_compact(self) -> bool:
        """True when the panel is narrow: printed credits in the table, a form for the fields."""
        return self._compact

    def details(self) -> CreditDetails:
        return self._details

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override name
        super().resizeEvent(event)
        self._set_compact(event.size().width() < COMPACT_WIDTH)

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        for column in CreditColumn:
            self._view.setColumnHidden(column, compact and column != CreditColumn.PRINTED)
        self._view.setWordWrap(compact)
        header = self._view.horizontalHeader()
        # A stretched last section does not shrink when the others are hidden: stretch it instead.
        header.setStretchLastSection(not compact)
        header.setSectionResizeMode(
            CreditColumn.PRINTED,
            QHeaderView.ResizeMode.Stretch if compact else QHeaderView.ResizeMode.Interactive,
        )
        if not compact:
            self._view.setColumnWidth(CreditColumn.PRINTED, _COLUMN_WIDTHS[CreditColumn.PRINTED])
        self._view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if compact else QHeaderView.ResizeMode.Fixed
        )
        self._details.setVisible(compact)
        self._update_state()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self._compact and index.isValid():
            self._details.fields[CreditColumn.TITLE].setFocus()

    def model(self) -> CreditTableModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def printed_text(self) -> str:
        """The selected credit as printed, shown in full under the table ('' when none)."""
        return self._printed.text() if not self._printed.isHidden() else ""

    def message(self) -> str:
        """The validation message shown under the table ('' when none)."""
        return self._message.text() if not self._message.isHidden() else ""

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self._view.selectionModel().selectedRows()})

    def select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        last = self._model.columnCount() - 1
        for row in rows:
            selection.select(self._model.index(row, 0), self._model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self._view.selectionModel().select(selection, flags)
        if rows:
            self._view.selectionModel().setCurrentIndex(
                self._model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self._view.scrollTo(self._model.index(rows[0], 0))

    def add_credit(self) -> int:
        """Add a blank credit after the selection (or at the end), select it and edit its title."""
        if self.article() is None:
            return -1
        rows = self.selected_rows()
        row = rows[-1] + 1 if rows else self._model.rowCount()
        self._model.add_credits(row, [Credit()])
        self.select_rows([row])
        if self._compact:
            self._details.fields[CreditColumn.TITLE].setFocus()
        else:
            self._view.setFocus()
            self._view.edit(self._model.index(row, CreditColumn.TITLE))
        return row

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self._model.remove_rows(rows)
        remaining = self._model.rowCount()
        if remaining:
            self.select_rows([min(rows[0], remaining - 1)])

    def move_selected_up(self) -> None:
        """Move each selected credit one row up (neighbouring selected credits move together)."""
        self._step_selected(-1)

    def move_selected_down(self) -> None:
        """Move each selected credit one row down."""
        self._step_selected(+1)

    def _step_selected(self, step: int) -> None:
        article = self.article()
        rows = self.selected_rows()
        count = self._model.rowCount()
        if article is None or not rows:
            return
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == count - 1):
            return
        order = list(article.credits)
        selected = set(rows)
        for row in (rows if step < 0 else reversed(rows)):
            order[row], order[row + step] = order[row + step], order[row]
        moved = sorted(r + step for r in selected)
        text = self.tr("Move credit up") if step < 0 else self.tr("Move credit down")
        self._model.reorder(order, text)
        self.select_rows(moved)

    def add_credit_lines(self, text: str) -> int:
        """Add one credit per non-blank line of ``text`` (house format, bullets allowed).

        The credits go after the selection as one undo step. Returns how many were added.
        """
        return self.add_credits(parse_credit_lines(text)) if self.article() else 0

    def add_credits(self, credits: list[Credit], text: str | None = None) -> int:
        """Insert ``credits`` after the selection as one undo step (named ``text``) and
        select them."""
        if self.article() is None or not credits:
            return 0
        rows = self.selected_rows()
        row = rows[-1] + 1 if rows else self._model.rowCount()
        self._model.add_credits(row, credits, text or self.tr("Paste credits"))
        self.select_rows(list(range(row, row + len(credits))))
        logger.info("added %d pasted credits", len(credits))
        return len(credits)

    def paste_credit_lines(self) -> None:
        """Ask for credit lines (pre-filled from the clipboard), show how they read, add them."""
        article = self.article()
        if article is None:
            return
        dialog = CreditPasteDialog(article.language, self)
        if dialog.exec() == CreditPasteDialog.DialogCode.Accepted:
            self.add_credits(dialog.credits())

    # ------------------------------------------------------------ feedback

    def _on_model_changed(self) -> None:
        self._clear_message()
        self._update_state()
        self.changed.emit()

    def _on_edit_refused(self, message: str, row: int, column: int) -> None:
        self._message.setText(message)
        self._message.show()
        self._message_icon.show()
        rect = self._view.visualRect(self._model.index(row, column))
        if self._view.isVisible():
            QToolTip.showText(self._view.viewport().mapToGlobal(rect.bottomLeft()), message, self._view)

    def _clear_message(self) -> None:
        self._message.clear()
        self._message.hide()
        self._message_icon.hide()

    def _update_state(self, *_: object) -> None:
        has_article = self.article() is not None
        count = self._model.rowCount()
        rows = self.selected_rows()
        self.add_action.setEnabled(has_article)
        self.paste_action.setEnabled(has_article)
        self.references.update_state()
        self.remove_action.setEnabled(bool(rows))
        self.move_up_action.setEnabled(bool(rows) and rows[0] > 0)
        self.move_down_action.setEnabled(bool(rows) and rows[-1] < count - 1)
        if not has_article:
            self._count_label.setText("")
        elif count == 1:
            self._count_label.setText(self.tr("1 credit"))
        else:
            self._count_label.setText(self.tr("%1 credits").replace("%1", str(count)))
        self._update_printed(rows)
        self._hint.setVisible(has_article and count == 0)

    def _update_printed(self, rows: list[int]) -> None:
        article = self.article()
        self._details.set_row(rows[0] if len(rows) == 1 else -1)
        if article is None or len(rows) != 1 or self._compact:
            self._printed.hide()
            self._printed_caption.hide()
            return
        text = format_credit(article.credits[rows[0]], article.language)
        self._printed.setText(text or self.tr("(empty: not printed)"))
        self._printed.show()
        self._printed_caption.show()
