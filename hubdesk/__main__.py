"""The ``hubdesk`` command: the desktop app, or a subcommand of the command line.

This is the composition root, the one core-side module allowed to reach the Qt
parts: ``register_front_end`` hands the core what it cannot import itself (the
desktop app, the Qt PDF writer, the desktop smoke checks). Each is registered as a
function that imports its module when first used, so that ``hubdesk list`` and the
other subcommands start without loading Qt.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from hubdesk.cli import cmd_smoke, register_app, run_cli
from hubdesk.cli.cmd_smoke import Check
from hubdesk.export import Writer, register_writer_loader


def start_app(db_path: Path, argv: list[str]) -> int:
    """Run the desktop app on the library ``db_path``."""
    gc.disable()  # no collections while the app loads: its build() enables them again
    try:
        from hubdesk.ui.shell.app import main as app_main
    except BaseException:
        gc.enable()
        raise

    return app_main(db_path, argv)


def load_pdf_writer() -> Writer:
    """The PDF writer, drawn by Qt (a headless Qt when there is no display)."""
    from hubdesk.qt.pdf_export import load_writer

    return load_writer()


def desktop_smoke_checks() -> list[tuple[str, Check]]:
    """The smoke checks that need Qt and the app's widgets, in order."""
    from hubdesk.ui.shell.smoke_checks import CHECKS

    return CHECKS


def register_front_end() -> None:
    """Register the desktop parts with the core (idempotent)."""
    register_app(start_app)
    register_writer_loader("pdf", load_pdf_writer)
    cmd_smoke.register_checks(desktop_smoke_checks)


def main(argv: list[str] | None = None) -> int:
    """Run HubDesk with ``argv`` (``sys.argv[1:]`` by default) and return the exit code."""
    register_front_end()
    return run_cli(sys.argv[1:] if argv is None else list(argv))


if __name__ == "__main__":
    sys.exit(main())
