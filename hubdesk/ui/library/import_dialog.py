"""Import a folder of article files, with progress, cancel and a summary.

The import runs in the dialog's worker thread, which stores each article; pages,
Word and OpenDocument files are parsed in the import worker process
(``hubdesk.qt.child_jobs.ChildParser``), so that a large or hostile file never
holds up the window. A cancel while such a file is read stops at once; a worker
process that dies refuses that one file, with the reason, and the others go on.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hubdesk.importers.duplicates import Duplicates
from hubdesk.importers.folder_import import FolderImportResult, Refused, import_paths
from hubdesk.library.store import Library
from hubdesk.qt.child_jobs import ChildParser
from hubdesk.ui.library.duplicate_question import ask_duplicates, chosen
from hubdesk.ui.library.import_formats import folder_heading, nothing_found
from hubdesk.ui.shell.error_text import reason_message
from hubdesk.ui.shell.task_dialog import TaskDialog

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "import/last_folder"


def _shown(path: Path, roots: list[Path]) -> str:
    """The path relative to the folder being imported, when it is inside it."""
    for root in roots:
        try:
            return str(path.relative_to(root))
        except ValueError:
            continue
    return str(path)


def _reason(refused: Refused) -> str:
    """Why a file was refused, in the interface's language."""
    return reason_message(refused.error) if refused.error is not None else refused.reason


class ImportDialog(TaskDialog):
    """Imports files and folders (recursively) in a worker thread; ``start()`` begins."""

    articles_imported = Signal(list)  # ids of the new articles

    def __init__(
        self, library: Library, paths: list[Path], parent: QWidget | None = None,
        duplicates: Duplicates = Duplicates.SKIP, choices: dict[Path, Duplicates] | None = None,
        *, ask_again: bool = True,
    ) -> None:
        super().__init__(library, self.tr("Import articles"), parent)
        self.paths = [Path(p) for p in paths]
        self.duplicates = duplicates
        self.choices = choices or {}  # the user's answer for given files
        self.ask_again = ask_again  # ask about the duplicates found (else the caller does)
        self.follow_up: ImportDialog | None = None  # the import of the duplicates, if asked
        names = ", ".join(str(p) for p in self.paths[:3]) + ("…" if len(self.paths) > 3 else "")
        self.heading.setText(folder_heading(names))
        self.status.setText(self.tr("Looking for files…"))

    def start(self) -> None:
        paths = list(self.paths)
        roots = [p for p in paths if p.is_dir()]

        def job(library, progress, cancelled):
            return import_paths(
                library, paths, cancelled=cancelled, duplicates=self.duplicates, choices=self.choices,
                progress=lambda d, t, p: progress(d, t, _shown(p, roots)), parse=ChildParser(cancelled),
            )

        self.run(job)

    def show_result(self, result: FolderImportResult) -> None:  # type: ignore[override]
        roots = [p for p in self.paths if p.is_dir()]
        imported, refused = len(result.imported), len(result.refused)
        text = self.tr("%1 imported, %2 refused.").replace("%1", str(imported)).replace("%2", str(refused))
        if result.duplicates or result.updated or result.kept:
            text += " " + self.tr("%1 already in the library (skipped), %2 updated, %3 kept as new copies.") \
                .replace("%1", str(len(result.duplicates))).replace("%2", str(len(result.updated))) \
                .replace("%3", str(len(result.kept)))
        if result.cancelled:
            left = result.total - result.handled
            text = self.tr("Import cancelled: %1 files were not read. ").replace(
                "%1", str(left)) + text
        elif result.total == 0:
            text = nothing_found()
        self.summary.setText(text)
        self.add_group(self.tr("Refused"), [(_shown(r.path, roots), _reason(r)) for r in result.refused],
                       expanded=True)
        self.add_group(
            self.tr("Imported"),
            [(_shown(i.path, roots), i.title + ("  (" + "; ".join(i.notes) + ")" if i.notes else ""))
             for i in result.imported],
            expanded=refused == 0,
        )
        self.add_group(
            self.tr("Already in the library"),
            [(_shown(d.path, roots), d.title) for d in result.duplicates], expanded=True,
        )
        if result.duplicates and not result.cancelled and not self.choices and self.ask_again:  # answered once
            self._offer_duplicates([(d.path, d.title) for d in result.duplicates])
        if result.imported:
            self.articles_imported.emit([i.article_id for i in result.imported])

    def _offer_duplicates(self, items: list[tuple[Path, str]]) -> None:
        """Once the summary is shown, ask what to do with each file already in the library,
        then import those not skipped again, as answered."""
        def ask() -> None:
            if not self.isVisible():
                return
            answers = chosen(ask_duplicates(items, self))
            if answers:
                self.import_again(answers)

        QTimer.singleShot(0, ask)

    def import_again(self, choices: dict[Path, Duplicates]) -> ImportDialog:
        """Import these files again, each as the user chose, in a new dialog."""
        dialog = ImportDialog(self.library, list(choices), self.parentWidget(), choices=choices)
        dialog.articles_imported.connect(self.articles_imported)
        self.follow_up = dialog
        dialog.start()
        dialog.open()
        return dialog

    @staticmethod
    def choose_and_import(library: Library, parent: QWidget | None = None) -> ImportDialog | None:
        """Ask for a folder, then import it in a dialog; None if the user chose nothing."""
        settings = QSettings()
        start = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("ImportDialog", "Import a folder of articles"), start)
        if not folder:
            return None
        settings.setValue(LAST_FOLDER_KEY, folder)
        dialog = ImportDialog(library, [Path(folder)], parent)
        dialog.start()
        dialog.exec()
        return dialog
