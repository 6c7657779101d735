"""Archive exchange: export articles to a ``.hubdesk-archive`` file, import one with a merge report.

Both run in a worker thread with progress and cancel (``TaskDialog``). Use
``ask_and_export`` / ``ask_and_import`` from menu actions: they ask for the
file, run the dialog and return it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hubdesk.formats.archive import (
    EXTENSION,
    ExportSummary,
    MergeReport,
    export_archive,
    import_archive,
)
from hubdesk.library.store import Library
from hubdesk.ui.shell.task_dialog import TaskDialog

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "archive/last_folder"


# Called by this name so that lupdate collects every ``translate("ArchiveDialogs", …)``.
translate = QCoreApplication.translate


def _file_filter() -> str:
    return translate("ArchiveDialogs", "HubDesk archives (*%1)").replace("%1", EXTENSION)


class ArchiveExportDialog(TaskDialog):
    """Writes the given articles (every article when ``article_ids`` is None) to one archive."""

    def __init__(
        self, library: Library, path: Path, article_ids: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(library, self.tr("Export an archive"), parent)
        self.path = Path(path)
        self.article_ids = list(article_ids) if article_ids is not None else None
        count = len(self.article_ids) if self.article_ids is not None else library.count_articles()
        self.heading.setText(self.tr("Writing %1 articles to %2").replace("%1", str(count)).replace(
            "%2", str(self.path)))

    def start(self) -> None:
        path, ids = self.path, self.article_ids

        def job(library, progress, cancelled):
            return export_archive(library, path, ids, cancelled=cancelled,
                                  progress=lambda d, t: progress(d, t, ""))

        self.run(job)

    def show_result(self, result: ExportSummary) -> None:  # type: ignore[override]
        if result.cancelled:
            self.summary.setText(self.tr("Export cancelled; no archive was written."))
        else:
            self.summary.setText(self.tr("%1 articles written to %2.").replace(
                "%1", str(result.count)).replace("%2", str(result.path)))


class ArchiveImportDialog(TaskDialog):
    """Merges an archive into the library and reports what was added, replaced and kept."""

    articles_changed = Signal(list)  # ids added or replaced

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(library, self.tr("Import an archive"), parent)
        self.path = Path(path)
        self.heading.setText(self.tr("Merging %1 into the library").replace("%1", str(self.path)))

    def start(self) -> None:
        path = self.path

        def job(library, progress, cancelled):
            return import_archive(library, path, cancelled=cancelled,
                                  progress=lambda d, t: progress(d, t, ""))

        self.run(job)

    def show_result(self, report: MergeReport) -> None:  # type: ignore[override]
        if report.cancelled:
            self.summary.setText(self.tr("Import cancelled; the library is unchanged."))
            return
        self.summary.setText(
            self.tr("%1 added, %2 replaced by a newer copy, %3 kept as they were.")
            .replace("%1", str(len(report.added))).replace("%2", str(len(report.replaced)))
            .replace("%3", str(len(report.kept))))
        self.add_group(self.tr("Added"), [(t, i[:8]) for i, t in report.added], expanded=True)
        self.add_group(
            self.tr("Replaced (the archive's copy was newer)"),
            [(t, i[:8]) for i, t in report.replaced], expanded=True)
        self.add_group(
            self.tr("Kept (the library's copy is as new or newer)"),
            [(t, i[:8]) for i, t in report.kept], expanded=False)
        changed = [i for i, _ in report.added + report.replaced]
        if changed:
            self.articles_changed.emit(changed)


def _start_folder() -> str:
    return str(QSettings().value(LAST_FOLDER_KEY, str(Path.home())))


def ask_and_export(
    library: Library, article_ids: list[str] | None = None, parent: QWidget | None = None
) -> ArchiveExportDialog | None:
    """Ask where to save, then export (the given articles, or all); None if cancelled."""
    name = "hubdesk-articles" + EXTENSION if article_ids is None else "hubdesk-selection" + EXTENSION
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("ArchiveDialogs", "Export an archive"), str(Path(_start_folder()) / name), _file_filter())
    if not path:
        return None
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    dialog = ArchiveExportDialog(library, Path(path), article_ids, parent)
    dialog.start()
    dialog.exec()
    return dialog


def ask_and_import(library: Library, parent: QWidget | None = None) -> ArchiveImportDialog | None:
    """Ask for an archive, then merge it into the library; None if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("ArchiveDialogs", "Import an archive"), _start_folder(),
                                          _file_filter())
    if not path:
        return None
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
    dialog = ArchiveImportDialog(library, Path(path), parent)
    dialog.start()
    dialog.exec()
    return dialog
