"""The window's paints and layouts hold the workers (hubdesk.pacing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimerEvent
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from hubdesk import pacing
from hubdesk.ui.shell import busy_watch


def test_a_paint_holds_the_workers(qtbot) -> None:
    busy_watch.install()
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    pacing.release()
    assert not pacing.held()
    view.viewport().repaint()
    assert pacing.held()
    pacing.release()


def test_other_events_do_not_hold(qtbot) -> None:
    busy_watch.install()
    view = QTextBrowser()
    qtbot.addWidget(view)
    pacing.release()
    QApplication.sendEvent(view, QEvent(QEvent.Type.WindowTitleChange))
    QApplication.sendEvent(QTextDocument(), QTimerEvent(0))
    assert not pacing.held()


def test_a_document_layout_step_holds_the_workers(qtbot) -> None:
    busy_watch.install()
    doc = QTextDocument()
    layout = doc.documentLayout()
    pacing.release()
    QApplication.sendEvent(layout, QTimerEvent(0))
    assert pacing.held()
    pacing.release()
