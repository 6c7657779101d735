"""The status bar: the part being edited, the word count, and whether all is saved."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class _Slot(QWidget):
    """A place in the status bar holding one label, without a layout.

    A label placed in the bar directly makes the bar lay out and repaint all its
    labels at each new text (the part's name changes at each move to another part,
    the word count with each word typed). In a slot, a new text repaints the label
    only; the bar is laid out again only when the label needs another width
    (``StatusLine._set_text``). The stretching slot never asks for a width.
    """

    def __init__(self, bar: QStatusBar, stretch: bool = False) -> None:
        super().__init__(bar)
        self.label = QLabel(self)
        self._stretch = stretch

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = self.label.sizeHint()
        return QSize(0, hint.height()) if self._stretch else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = self.label.minimumSizeHint()
        return QSize(0, hint.height()) if self._stretch else self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())


class StatusLine(QWidget):
    """Owns the status bar's labels; the window tells it what changed."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.hide()  # holds the labels; the status bar shows them
        part, selection, words, target, save = (
            _Slot(bar, stretch=True), _Slot(bar), _Slot(bar), _Slot(bar), _Slot(bar))
        self.part_label = part.label
        self.part_label.setObjectName("currentPart")
        self.words_label = words.label
        self.words_label.setObjectName("wordCount")
        self.selection_label = selection.label
        self.selection_label.setObjectName("selectionWords")
        self.target_label = target.label
        self.target_label.setObjectName("wordTarget")
        self.save_label = save.label
        self.save_label.setObjectName("saveState")
        bar.addWidget(part, 1)
        for slot in (selection, words, target, save):
            bar.addPermanentWidget(slot)

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        """Show ``text``; lay the bar out again only if the label needs another size."""
        if label.text() == text:
            return
        slot = label.parentWidget()
        before = slot.sizeHint()
        label.setText(text)
        if slot.sizeHint() != before:
            slot.updateGeometry()

    def show_saved(self, has_article: bool, dirty: bool) -> None:
        if not has_article:
            self._set_text(self.save_label, "")
        else:
            self._set_text(self.save_label,
                           self.tr("● Unsaved changes") if dirty else self.tr("✓ Saved"))
        self.save_label.setToolTip(
            self.tr("Changes are saved a moment after you stop typing (Ctrl+S saves now)"))

    def show_words(self, words: int | None) -> None:
        self._set_text(self.words_label, "" if words is None else self.tr("%n word(s)", "", words))

    def show_part(self, name: str) -> None:
        self._set_text(self.part_label, name)

    def show_selection(self, words: int | None) -> None:
        """Words in the selection (None: nothing selected)."""
        self._set_text(self.selection_label,
                       "" if words is None else self.tr("%n word(s) selected", "", words))

    def show_target(self, words: int | None, target: int | None) -> None:
        """Progress towards the article's word target (None: no target)."""
        if words is None or not target:
            self._set_text(self.target_label, "")
            self.target_label.setToolTip("")
            return
        percent = min(999, round(100 * words / target))
        self._set_text(self.target_label, self.tr("%1 % of %2").replace("%1", str(percent))
                       .replace("%2", str(target)))
        left = max(0, target - words)
        self.target_label.setToolTip(
            self.tr("Word target: %1 words; %2 to go").replace("%1", str(target)).replace("%2", str(left))
            if left else self.tr("Word target of %1 words reached").replace("%1", str(target)))
