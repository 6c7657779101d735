"""Tells the worker threads when the UI thread is busy painting or laying out.

Qt's own work on the UI thread (painting, laying out a long document in steps) calls
into Python many times (paint handlers, overridden event handlers); each call waits
for a worker thread running Python to hand over the interpreter. So while Qt paints
or lays out, the workers are asked to step aside (``hubdesk.pacing.hold``); they go
on a few milliseconds after it stops.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAbstractTextDocumentLayout

from hubdesk import pacing

_BUSY = frozenset(
    {
        QEvent.Type.Paint,
        QEvent.Type.UpdateRequest,
        QEvent.Type.LayoutRequest,
        QEvent.Type.Resize,
        QEvent.Type.Show,
    }
)


class BusyWatch(QObject):
    """An application event filter: paints, layouts and document layout steps hold the
    workers (it filters nothing out)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in _BUSY or (
            kind == QEvent.Type.Timer and isinstance(watched, QAbstractTextDocumentLayout)
        ):
            pacing.hold()
        return False


_watch: BusyWatch | None = None


def install() -> None:
    """Watch the application's events (once)."""
    global _watch
    app = QCoreApplication.instance()
    if _watch is None and app is not None:
        _watch = BusyWatch(app)
        app.installEventFilter(_watch)
