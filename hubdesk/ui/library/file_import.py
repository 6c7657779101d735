"""Import chosen or dropped files in the folder import's worker, without freezing the window.

``import_files(library, paths, parent)`` runs the same job as Import Folder… (an
``ImportDialog`` on its worker thread, one transaction per article) and waits for
it in a local event loop, so the window keeps painting. Short imports finish
before the dialog would appear (user input waits, it is not lost); a longer one
shows the progress and a Cancel button. Files already in the library are then
asked about from the UI thread (Skip / Update / Keep both, with "do the same for
the others") and imported again as answered, the same way. Refused files are
listed in one message; a cancelled import keeps its dialog open on the summary,
which says how many articles were imported before the cancel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hubdesk.importers.duplicates import Duplicates
from hubdesk.importers.folder_import import FolderImportResult, Imported, Refused
from hubdesk.library.store import Library
from hubdesk.ui.library.duplicate_question import ask_duplicates, chosen
from hubdesk.ui.library.import_dialog import ImportDialog

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400  # an import that ends sooner shows no dialog


@dataclass
class FileImportOutcome:
    """What the file import did, over its first run and the duplicates' second one."""

    imported: list[Imported] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    updated: list[Imported] = field(default_factory=list)
    cancelled: bool = False
    dialogs: list[ImportDialog] = field(default_factory=list)  # for tests: each run's dialog

    def add(self, result: FolderImportResult) -> None:
        self.imported += result.imported
        self.refused += result.refused
        self.updated += result.updated
        self.cancelled = self.cancelled or result.cancelled


def run_import(
    library: Library, paths: list[Path], parent: QWidget | None,
    choices: dict[Path, Duplicates] | None = None,
) -> ImportDialog:
    """One import in the worker, waited for without blocking the UI thread.

    The dialog is shown only if the import lasts more than ``SHOW_AFTER_MS``; it
    closes itself when the import ends, except after a cancel or a failure, when it
    stays on its summary until the user closes it.
    """
    dialog = ImportDialog(library, paths, parent, choices=choices, ask_again=False)
    dialog.start()
    dialog.wait_shown_if_long(SHOW_AFTER_MS)
    return dialog


def import_files(library: Library, paths: list[Path], parent: QWidget | None = None) -> FileImportOutcome:
    """Import files (folders are searched) in the worker; ask about duplicates, then import
    those the user did not skip. Never blocks the UI thread for the import itself."""
    outcome = FileImportOutcome()
    first = run_import(library, [Path(p) for p in paths], parent)
    outcome.dialogs.append(first)
    result = first.result_value
    if result is None:  # the job failed: its dialog said why
        return outcome
    outcome.add(result)
    if result.duplicates and not result.cancelled:
        answers = chosen(ask_duplicates([(d.path, d.title) for d in result.duplicates], parent))
        if answers:
            again = run_import(library, list(answers), parent, choices=answers)
            outcome.dialogs.append(again)
            if again.result_value is not None:
                outcome.add(again.result_value)
    return outcome
