"""The desktop application: ``main(db_path, argv)`` opens the main window on a library."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from hubdesk import APP_NAME, __version__
from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.paths import default_library_path, resource
from hubdesk.ui.shell.errors import show_error
from hubdesk.ui.shell.settings import APPLICATION, ORGANISATION, Settings
from hubdesk.ui.shell.theme import apply_theme

if TYPE_CHECKING:
    from hubdesk.ui.shell.quit_signals import QuitOnSignal

log = logging.getLogger(__name__)

# The quit-signal handlers of this process (one set, whatever builds the window).
_quit_signals: QuitOnSignal | None = None

# Workers (preview, checklist) run Python while the UI thread makes many short Qt calls,
# each of which gives the GIL up: at Python's default 5 ms the UI thread waits up to 5 ms
# to get it back after every call (seconds for an outline of 4,000 sections).
GIL_SWITCH_S = 0.001


def create_application(argv: list[str]) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_S)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "hubdesk", *argv])
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.hubdesk.HubDesk")
    app.setWindowIcon(QIcon(str(resource("icons", "hubdesk.svg"))))
    return app


class CrashHandler:
    """``sys.excepthook``: save the open work, then show what happened with copyable details."""

    def __init__(self, window) -> None:
        self.window = window
        self._busy = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.critical("Unexpected error:\n%s", details)
        if self._busy or issubclass(kind, KeyboardInterrupt):
            return
        self._busy = True
        try:
            saved = False
            try:
                saved = self.window.session.save()
            except Exception as exc:  # noqa: BLE001 - must never raise from the hook
                log.critical("Saving after the error failed: %s", exc)
            from hubdesk.ui.shell.crash_dialog import CrashDialog

            header = f"{APP_NAME} {__version__} · Python {sys.version.split()[0]}\n\n"
            CrashDialog(header + details, saved, self.window).exec()
        finally:
            self._busy = False


def build(db_path: Path | None, argv: list[str]):
    """Application, settings, library and main window, shown with the last article open.

    Returns ``(app, window)``, or ``(app, None)`` when the library cannot be opened
    (the user has been told why).

    The garbage collector pauses meanwhile (and from the launch, see ``hubdesk.__main__``):
    start-up makes many objects that live on and only a few hundred that are garbage,
    so its collections (about 90 of them, 7 ms) are time lost before the first paint.
    """
    gc.disable()
    try:
        return _build(db_path, argv)
    finally:
        gc.enable()


def _build(db_path: Path | None, argv: list[str]):
    app = create_application(argv)
    settings = Settings()
    from hubdesk.ui.shell.translations import install_translations

    language = install_translations(app, settings.get("language"))
    apply_theme(app, settings.get("theme"))
    path = Path(db_path) if db_path else default_library_path()
    from hubdesk.ui.library.library_guard import LibraryGuard

    guard = LibraryGuard(path, app)  # one writer, damaged file, crash report, backups
    # After a clean close the quick check runs on a worker once the window is shown.
    if not guard.prepare(defer_check=True):
        app.setProperty("hubdeskHandedOver", guard.handed_over)
        return app, None
    library = _open_library(path, guard)
    if library is None:
        return app, None
    from hubdesk.ui.shell.main_window import MainWindow
    from hubdesk.ui.shell.welcome import ensure_welcome

    ensure_welcome(library, language)
    window = MainWindow(library, settings, defer_decoration=True)
    window.attach_guard(guard)  # History and the deferred check come with finish_building()
    window.open_last_article()
    window.decorate_after_first_paint()  # finish_building() once the text is painted
    window.show()

    def on_setting(key: str) -> None:
        if key == "theme":
            apply_theme(app, settings.get("theme"))
            window.apply_palette()

    def on_scheme(*_args) -> None:
        if settings.get("theme") == "system":
            on_setting("theme")

    settings.changed.connect(on_setting)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(on_scheme)
    sys.excepthook = CrashHandler(window)
    gc.freeze()  # what start-up built lives on: keep it out of every later collection
    _end_cleanly(app, window, guard)
    return app, window


def _open_library(path: Path, guard) -> Library | None:
    """Open the library; if it will not open and its check was deferred, check it now
    (a damaged file is kept aside and a backup offered) and try once more."""
    try:
        return Library.open(path)
    except HubDeskError as exc:
        error = exc
    if guard.check_deferred and guard.check_now():
        try:
            return Library.open(path)
        except HubDeskError as exc:
            error = exc
    guard.shutdown()
    show_error(None, QCoreApplication.translate("App", "The library could not be opened."), error)
    return None


def _save_open_work(window) -> None:
    """Save the open article (what the session manager asks before a logout)."""
    try:
        window.session.save()
    except Exception as exc:  # noqa: BLE001 - quitting must go on
        log.error("Saving before quitting failed: %s", exc)


def _end_cleanly(app: QApplication, window, guard) -> None:
    """SIGTERM, SIGHUP, SIGINT and the session manager's quit save, unlock and exit 0."""
    from hubdesk.ui.shell.quit_signals import QuitOnSignal

    def quit_on_signal() -> None:
        # The words first, and the lock told so, before closing the window: at a logout
        # the display may go away meanwhile, and Qt then ends the process at once.
        _save_open_work(window)
        guard.closing()
        if window.close():  # saves the article and the layout, as the Quit action does
            app.quit()
        else:
            guard.closing(False)
            log.warning("The window refused to close; HubDesk keeps running")

    global _quit_signals
    if _quit_signals is not None:  # built again in one process (tests): one set of handlers
        _quit_signals.uninstall()
    _quit_signals = QuitOnSignal(quit_on_signal, app)  # parented to the app: lives as long
    app.commitDataRequest.connect(lambda _manager: _save_open_work(window))
    # A quit that did not close the window (the session manager's) saves first too; then
    # the guard backs up if due, closes the library and releases the lock.
    app.aboutToQuit.connect(lambda: _save_open_work(window))
    app.aboutToQuit.connect(guard.shutdown)


def main(db_path: Path | None, argv: list[str]) -> int:
    """Run the desktop app on ``db_path`` (default library if None); the exit code."""
    app, window = build(db_path, argv)
    if window is None:
        return 0 if app.property("hubdeskHandedOver") else 1
    code = app.exec()
    from hubdesk.ui.shell.language_restart import finish_restart

    finish_restart()  # Preferences ▸ Language ▸ Restart Now: HubDesk again, in the new language
    return code
