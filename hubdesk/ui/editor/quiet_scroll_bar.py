"""A scroll bar that repaints only when what it shows changes.

A scroll bar repaints at every change of its range or value, even when its handle
stays on the same pixels: a new line in a text of 15,000 lines, a new row in a long
outline. With the app's style a scroll bar costs 1-2 ms to paint, and a structural
edit changes the range of two or three of them. ``QuietScrollBar`` repaints only when
the handle's place or size, or which end it touches, changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget


class QuietScrollBar(QScrollBar):
    """``QScrollBar`` without the repaints that would draw the same pixels."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._shown: tuple | None = None  # what the last repaint showed
        self.skipped = 0  # repaints left out (for tests)

    def _looks(self) -> tuple:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, self)
        return (handle.getRect(), self.value() <= self.minimum(), self.value() >= self.maximum(),
                self.minimum() == self.maximum(), self.isEnabled(), self.size().toTuple())

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:  # noqa: N802 (Qt override)
        looks = self._looks()
        if looks == self._shown and change != QAbstractSlider.SliderChange.SliderOrientationChange:
            self.skipped += 1
            return
        self._shown = looks
        super().sliderChange(change)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._shown = self._looks()
        super().paintEvent(event)
