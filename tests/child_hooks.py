"""Set-ups for the app's worker processes in tests: hold a job until the test says go.

``ChildPool.setup`` runs one of these first in each new worker process. ``hold``
makes the parse of a file named ``hold-*`` and the HTML export of an article titled
``Hold …`` stop half-way (an export first writes part of its temporary file): the
process creates ``GATE/waiting`` and waits until the test creates ``GATE/go``.
"""

from __future__ import annotations

import time
from pathlib import Path


def _wait(gate: Path) -> None:
    (gate / "waiting").touch()
    deadline = time.monotonic() + 30
    while not (gate / "go").exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def hold(gate_folder: str) -> None:
    """(In a worker process) hold the jobs named above at ``gate_folder``."""
    from hubdesk.export import html_export
    from hubdesk.qt import child_jobs

    gate = Path(gate_folder)
    read, write = child_jobs.read_article, html_export.write_html

    def held_read(path, notes, language):
        if path.name.startswith("hold-"):
            _wait(gate)
        return read(path, notes, language)

    def held_write(article, path, options):
        if article.title.startswith("Hold"):
            Path(path).write_text("<!DOCTYPE html><html><body><p>half")
            _wait(gate)
        write(article, path, options)

    child_jobs.read_article = held_read
    html_export.write_html = held_write


def fail_html(errno_code: int) -> None:
    """(In a worker process) make every HTML export fail with the OS error ``errno_code``."""
    import os

    from hubdesk.export import html_export

    def failing_writer(article, path, options):
        raise OSError(errno_code, os.strerror(errno_code))

    html_export.write_html = failing_writer
