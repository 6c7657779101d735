"""The Fix Typography dialog: each change the rules would make, before and after, to accept or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.formats.typography import NNBSP
from hubdesk.formats.typography_fix import Change

_VISIBLE = str.maketrans({NNBSP: "◦", "\u00a0": "•", " ": "␣"})


def visible(text: str) -> str:
    """``text`` with its spaces made visible: ◦ narrow no-break, • no-break, ␣ ordinary.

    Only the changed part is shown so: the text around it reads as usual.
    """
    return text.translate(_VISIBLE)


class TypographyDialog(QDialog):
    """Lists the changes (all ticked); ``chosen()`` gives the ticked ones once accepted."""

    def __init__(self, changes: list[Change], in_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typographyDialog")
        self.setWindowTitle(self.tr("Fix Typography"))
        self._changes = changes
        count = len(changes)
        where = (self.tr("%n change(s) in the selection.", "", count) if in_selection
                 else self.tr("%n change(s) in the article.", "", count))
        self.summary = QLabel(where + " " + self.tr("Untick those to leave as they are."), self)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("typographyChanges")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Line"), self.tr("Before"), self.tr("After")])
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for change in changes:
            item = QTreeWidgetItem([
                str(change.line + 1),
                "…" + change.left[-16:] + visible(change.before) + change.right[:16] + "…",
                "…" + change.left[-16:] + visible(change.after) + change.right[:16] + "…",
            ])
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(1, change.left + change.before + change.right)
            item.setToolTip(2, change.left + change.after + change.right)
            self.list.addTopLevelItem(item)
        legend = QLabel(self.tr("◦ narrow no-break space   • no-break space   ␣ space"), self)
        legend.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        none = QPushButton(self.tr("Untick All"), self)
        none.clicked.connect(lambda: self.set_all(False))
        buttons.addButton(none, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update_apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(legend)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def set_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for n in range(self.list.topLevelItemCount()):
            self.list.topLevelItem(n).setCheckState(0, state)

    def set_checked(self, index: int, on: bool) -> None:
        self.list.topLevelItem(index).setCheckState(
            0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Change]:
        return [c for n, c in enumerate(self._changes)
                if self.list.topLevelItem(n).checkState(0) == Qt.CheckState.Checked]

    def _update_apply(self, *_args) -> None:
        self.apply_button.setEnabled(bool(self.chosen()))
