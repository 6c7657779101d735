"""Help ▸ Keyboard Shortcuts: every action with a shortcut, by menu, with a search field.

The window is generated from the action registry and the menu layout, so it
shows what the app really does, in the interface language.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ACCELERATOR = re.compile(r"&(.)")


def plain_text(text: str) -> str:
    """A menu text without its ``&`` accelerator marks and trailing ellipsis."""
    return _ACCELERATOR.sub(r"\1", text).rstrip("…").rstrip(".").strip()


def on_a_writers_keyboard(sequence: QKeySequence) -> bool:
    """False for the keys of special keyboards that the platform adds to standard shortcuts
    (F13 to F35, and the dedicated Undo, Copy, Find… keys): no writer's keyboard has them."""
    for i in range(sequence.count()):
        key = sequence[i].key().value
        if Qt.Key.Key_F13.value <= key <= Qt.Key.Key_F35.value or key >= Qt.Key.Key_Back.value:
            return False
    return True


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the interface writes them ("Ctrl+Z, Ctrl+Maj+Z" in French)."""
    keys = [s for s in action.shortcuts() if on_a_writers_keyboard(s)] or action.shortcuts()
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in keys)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ShortcutsWindow(QDialog):
    """The shortcuts of ``actions`` grouped under the menus of ``layout`` (title → names)."""

    def __init__(
        self, actions: dict[str, QAction], layout: dict[str, list[str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText(self.tr("Search a command or a key…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTree")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty = QLabel(self.tr("No shortcut matches."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.search)
        box.addWidget(self.tree, 1)
        box.addWidget(self.empty)
        box.addWidget(buttons)
        self._fill(actions, layout)
        self.resize(560, 640)

    def _fill(self, actions: dict[str, QAction], layout: dict[str, list[str | None]]) -> None:
        placed: set[str] = set()
        groups: list[tuple[str, list[QAction]]] = []
        for title, names in layout.items():
            members = [actions[n] for n in names if n is not None and n in actions]
            placed.update(n for n in names if n is not None)
            groups.append((plain_text(title), members))
        others = [a for n, a in actions.items() if n not in placed]
        groups.append((self.tr("Other"), others))
        bold = self.tree.font()
        bold.setBold(True)
        for title, members in groups:
            with_keys = [a for a in members if a.shortcuts()]
            if not with_keys:
                continue
            group = QTreeWidgetItem([title, ""])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(False)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for action in with_keys:
                item = QTreeWidgetItem([plain_text(action.text()), shortcut_text(action)])
                item.setToolTip(0, action.statusTip())
                item.setData(0, Qt.ItemDataRole.UserRole, action.objectName())
                group.addChild(item)
            group.setExpanded(True)
        self.tree.setItemsExpandable(False)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, shortcut) of every row shown."""
        shown = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group.isHidden():
                continue
            for c in range(group.childCount()):
                item = group.child(c)
                if not item.isHidden():
                    shown.append((group.text(0), item.text(0), item.text(1)))
        return shown

    def apply_filter(self, text: str = "") -> None:
        """Show the commands whose name, shortcut or menu holds every word typed."""
        words = _folded(text).split()
        any_shown = False
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            visible = 0
            for c in range(group.childCount()):
                item = group.child(c)
                haystack = _folded(" ".join((group.text(0), item.text(0), item.text(1),
                                             item.toolTip(0))))
                match = all(w in haystack for w in words)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            any_shown = any_shown or visible > 0
        self.empty.setVisible(not any_shown)
