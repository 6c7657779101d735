"""A scroll bar repaints only when its handle or ends change, and always shows what a
fresh drawing of it would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hubdesk.ui.editor.quiet_scroll_bar import QuietScrollBar


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _shown(qtbot, bar: QuietScrollBar):
    """The bar as the window shows it (its backing store), and drawn afresh."""
    qtbot.wait(5)
    corner = bar.mapTo(bar.window(), bar.rect().topLeft())
    shot = bar.screen().grabWindow(bar.window().winId(), corner.x(), corner.y(),
                                   bar.width(), bar.height()).toImage()
    same = QImage.Format.Format_RGB32
    return shot.convertToFormat(same), bar.grab().toImage().convertToFormat(same)


def test_a_change_that_leaves_the_handle_in_place_paints_nothing(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = QuietScrollBar(Qt.Orientation.Vertical)
    QVBoxLayout(holder).addWidget(bar)
    holder.resize(40, 600)
    bar.setRange(0, 15_000)
    bar.setPageStep(40)
    bar.setValue(7_000)
    holder.show()
    qtbot.waitExposed(holder)
    paints = _Paints()
    bar.installEventFilter(paints)
    qtbot.wait(5)
    paints.count = 0
    skipped = bar.skipped
    bar.setMaximum(15_001)  # a new line in a long text: the handle stays on its pixels
    bar.setValue(7_001)
    qtbot.wait(5)
    assert paints.count == 0 and bar.skipped == skipped + 2
    shown, fresh = _shown(qtbot, bar)
    assert shown == fresh
    bar.setValue(2_000)  # a real scroll: the handle moves
    qtbot.waitUntil(lambda: paints.count > 0)
    shown, fresh = _shown(qtbot, bar)
    assert shown == fresh
    for value in (0, 15_001):  # at either end (the arrows' look may change): repainted
        paints.count = 0
        bar.setValue(value)
        qtbot.waitUntil(lambda: paints.count > 0)
        shown, fresh = _shown(qtbot, bar)
        assert shown == fresh
    paints.count = 0
    bar.setMaximum(300)  # a much shorter text: a bigger handle
    qtbot.waitUntil(lambda: paints.count > 0)
    shown, fresh = _shown(qtbot, bar)
    assert shown == fresh
