"""Restore a Backup…, once the backup is chosen: the check and the copy run in a worker.

Checking a backup and copying it over the library (after a safety copy of what it
holds) reads and writes the whole file, which takes seconds for a large library;
``restore_with_progress`` runs it on the ``TaskDialog`` worker (its own connection;
the window keeps painting) and shows the dialog only if it lasts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hubdesk.library import backup
from hubdesk.library.store import Library
from hubdesk.ui.shell.task_dialog import TaskDialog

log = logging.getLogger(__name__)


class RestoreDialog(TaskDialog):
    """Replaces the library's content by a backup's; one step that cannot be cancelled."""

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(library, self.tr("Restore a Backup"), parent)
        self.path = Path(path)
        self.heading.setText(self.tr("Checking %1 and restoring it…").replace("%1", self.path.name))

    def start(self) -> None:
        path = self.path
        self.buttons.setEnabled(False)  # one SQLite copy: the library holds the old content or the new
        self.run(lambda library, _progress, _cancelled: backup.restore_into(library, path))

    def show_result(self, result: object) -> None:
        self.summary.setText(self.tr("The backup is restored."))


def restore_with_progress(library: Library, path: Path, parent: QWidget | None) -> str | None:
    """Restore the backup at ``path`` into the library; the error (for the caller to show), or None."""
    dialog = RestoreDialog(library, path, parent)
    dialog.start()
    dialog.wait_shown_if_long(keep_open_on_failure=False)
    return dialog.error
