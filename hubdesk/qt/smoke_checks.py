"""The Qt checks of ``hubdesk --smoke-test`` (see ``hubdesk.cli.cmd_smoke``): display, PDF, the
export worker process, callbacks.

They need Qt but no HubDesk widget. The checks that need the app's own widgets and
catalogues (French, the main window) are in ``hubdesk.ui.shell.smoke_checks``, which
puts these and its own in order; the entry point registers that list with the core.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from hubdesk.cli.cmd_smoke import SmokeContext, SmokeError
from hubdesk.export import ExportOptions, export_article
from hubdesk.qt.pdf_export import install


class QtSession:
    """The QApplication, the windows the checks opened, and errors raised inside Qt callbacks."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.windows: list[QWidget] = []
        self.errors: list[str] = []
        #: Called by ``close_all``, last added first (a check undoes what it installed).
        self.cleanups: list[Callable[[], None]] = []
        self._locale = QLocale()
        self._previous_hook = sys.excepthook
        sys.excepthook = self._record

    def _record(self, kind: type[BaseException], error: BaseException, tb: Any) -> None:
        # PySide hands exceptions raised in slots and overrides to sys.excepthook.
        self.errors.append(f"{kind.__name__}: {error}")
        self._previous_hook(kind, error, tb)

    def close_all(self) -> None:
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.windows.clear()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        while self.cleanups:
            self.cleanups.pop()()
        QLocale.setDefault(self._locale)
        sys.excepthook = self._previous_hook


def fail(message: str) -> None:
    """Report a failed check."""
    raise SmokeError(message)


def check_platform(ctx: SmokeContext) -> str:
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        fail(f"a {type(existing).__name__} is running; the app needs a QApplication")
    app = existing if isinstance(existing, QApplication) else QApplication(["hubdesk", "--smoke-test"])
    ctx.qt = QtSession(app)
    return f"Qt platform “{app.platformName()}”"


def check_export_pdf(ctx: SmokeContext) -> str:
    install()
    path = export_article(ctx.sample(), "pdf", ctx.folder / "smoke.pdf")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        fail(f"{path.name} is not a complete PDF file")
    return f"{path.name}, {len(data)} bytes"


def check_export_worker(ctx: SmokeContext) -> str:
    """A PDF written by the export worker process, as the Export dialog has it written: proves
    that a worker started from this program (frozen or not) runs the worker, not the app."""
    from hubdesk.library.store import Library
    from hubdesk.qt.child_jobs import ExportItem, export_in_child
    from hubdesk.qt.child_process import EXPORTS

    article = ctx.sample()
    path = ctx.folder / "smoke-worker.hubdesk"
    with Library.open(path) as library:
        library.save_article(article)
    target = ctx.folder / "smoke-worker.pdf"
    ended: list[tuple[object, object]] = []
    try:
        export_in_child(path, [ExportItem(article.id, article.title, target)], "pdf", ExportOptions(),
                        lambda _i: None, lambda _i, p, e: ended.append((p, e)), lambda: False)
    finally:
        EXPORTS.shutdown()
    if ended != [(target, None)]:
        fail(f"the export worker process did not write {target.name}: {ended}")
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        fail(f"{target.name}, written by the export worker process, is not a complete PDF file")
    return f"{target.name}, {len(data)} bytes, written by a worker process"


def check_no_errors(ctx: SmokeContext) -> str:
    app = ctx.qt.app
    for _ in range(3):
        app.processEvents()
    if ctx.qt.errors:
        fail(f"{len(ctx.qt.errors)} error(s) inside Qt: {ctx.qt.errors[0]}")
    return "no error raised inside Qt callbacks"
