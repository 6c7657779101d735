"""The Qt half of ``hubdesk --smoke-test`` (see ``hubdesk.smoke``): display, PDF, French, a window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from hubdesk.ui.shell.translations import catalogue_path, install_translations, remove_translations

# A string of HubDesk's own catalogue, and its French translation, to prove it loaded.
PROBE = ("Language", "System language", "Langue du système")


class QtSession:
    """The QApplication, the windows the checks opened, and errors raised inside Qt callbacks."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.windows: list[QWidget] = []
        self.errors: list[str] = []
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
        remove_translations(self.app)
        QLocale.setDefault(self._locale)
        sys.excepthook = self._previous_hook


def _fail(message: str) -> None:
    from hubdesk.cli.cmd_smoke import SmokeError

    raise SmokeError(message)


def check_platform(ctx: Any) -> str:
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(["hubdesk", "--smoke-test"])
    ctx.qt = QtSession(app)
    return f"Qt platform “{app.platformName()}”"


def check_export_pdf(ctx: Any) -> str:
    from hubdesk.export import export_article
    from hubdesk.qt.pdf_export import install

    install()
    path = export_article(ctx.article, "pdf", ctx.folder / "smoke.pdf")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        _fail(f"{path.name} is not a complete PDF file")
    return f"{path.name}, {len(data)} bytes"


def check_french(ctx: Any) -> str:
    app = ctx.qt.app
    qm = catalogue_path("fr")
    if qm is None:
        _fail("hubdesk_fr.qm is missing")
    language = install_translations(app, "fr")
    context, source, expected = PROBE
    own = QCoreApplication.translate(context, source)
    if language != "fr" or own != expected:
        _fail(f"HubDesk's catalogue not loaded from {qm}: “{source}” reads “{own}”")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qt_text = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    box.deleteLater()
    if qt_text != "Annuler":
        _fail(f"Qt's own French catalogue not loaded: “Cancel” reads “{qt_text}”")
    return f"{qm.name} and qtbase_fr: “{own}”, “{qt_text}”"


def check_window(ctx: Any) -> str:
    app = ctx.qt.app
    window = _main_window(ctx)
    ctx.qt.windows.append(window)
    window.show()
    app.processEvents()
    if not window.isVisible():
        _fail(f"the {type(window).__name__} did not show")
    return f"{type(window).__name__} shown, {window.width()}×{window.height()}"


def _main_window(ctx: Any) -> QWidget:
    """The app's main window on the temporary library, or a plain window if it cannot be built."""
    try:
        from hubdesk.ui.shell.main_window import MainWindow
        from hubdesk.ui.shell.settings import Settings
    except ImportError:
        window = QWidget()
        window.setWindowTitle("HubDesk")
        return window
    window = MainWindow(ctx.library, Settings())
    if ctx.article is not None and not window.open_article(ctx.article.id):
        _fail("the main window could not open the sample article")
    return window


def check_no_errors(ctx: Any) -> str:
    app = ctx.qt.app
    for _ in range(3):
        app.processEvents()
    if ctx.qt.errors:
        _fail(f"{len(ctx.qt.errors)} error(s) inside Qt: {ctx.qt.errors[0]}")
    return "no error raised inside Qt callbacks"


CHECKS: list[tuple[str, Callable[[Any], str]]] = [
    ("Qt", check_platform),
    ("export PDF", check_export_pdf),
    ("French translation", check_french),
    ("window", check_window),
    ("Qt callbacks", check_no_errors),
]
