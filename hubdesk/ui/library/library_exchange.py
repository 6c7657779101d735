"""File menu commands that move many articles at once: folder import and archives.

``LibraryExchange(window)`` runs them for a ``MainWindow``: the open article is
saved first, the work happens in a dialog with progress and cancel, and the
library list (and its filter choices) is refreshed afterwards.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from hubdesk.formats.archive import EXTENSION
from hubdesk.ui.library.archive_dialogs import ArchiveImportDialog, ask_and_export, ask_and_import
from hubdesk.ui.library.import_dialog import ImportDialog

if TYPE_CHECKING:
    from hubdesk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class LibraryExchange(QObject):
    """Import a folder, export an archive, import an archive, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions = window.actions_
        for name, slot in (("export_archive", self.export_archive),
                           ("import_archive", self.import_archive)):
            action = getattr(actions, name, None)
            if action is not None:
                action.triggered.connect(slot)
        QTimer.singleShot(0, self._open_archives_from_arguments)

    def _open_archives_from_arguments(self) -> None:
        """Archives named on the command line (a double-click on one) are offered for import.

        Done once per run of the application, by the first window.
        """
        app = QCoreApplication.instance()
        if app is None or app.property("hubdeskArchivesOffered"):
            return
        app.setProperty("hubdeskArchivesOffered", True)
        for arg in QCoreApplication.arguments()[1:]:
            path = Path(arg)
            if path.suffix == EXTENSION and path.is_file():
                self.import_archive_file(path)

    def _refresh(self, *_args: object) -> None:
        panel = self.window.library_panel
        panel.refresh()
        filters = getattr(panel, "filters", None)
        if filters is not None:
            filters.refresh_choices()

    def _save_open_article(self) -> bool:
        session = self.window.session
        return session.article is None or session.save()

    def import_folder(self) -> None:
        dialog = ImportDialog.choose_and_import(self.window.library, self.window)
        if dialog is not None and dialog.result_value is not None and dialog.result_value.imported:
            self._refresh()

    def export_archive(self) -> None:
        if not self._save_open_article():
            return
        ids = self.window.library_panel.selected_ids()
        choice: list[str] | None = None
        if ids:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Export an archive"))
            box.setText(self.tr("Which articles should the archive hold?"))
            selected = box.addButton(
                self.tr("The selected articles (%1)").replace("%1", str(len(ids))),
                QMessageBox.ButtonRole.AcceptRole)
            everything = box.addButton(self.tr("The whole library"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is selected:
                choice = ids
            elif box.clickedButton() is not everything:
                return
        ask_and_export(self.window.library, choice, self.window)

    def import_archive(self) -> None:
        if not self._save_open_article():
            return
        self._after_import(ask_and_import(self.window.library, self.window))

    def import_archive_file(self, path: Path, *, confirm: bool = True) -> None:
        """Merge one archive (opened from outside the app), after asking the user."""
        if confirm:
            answer = QMessageBox.question(
                self.window, self.tr("Import an archive"),
                self.tr("Merge the articles of %1 into this library?\n\nNew articles are added;"
                        " an article already here is replaced only by a newer copy.")
                .replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self._save_open_article():
            return
        dialog = ArchiveImportDialog(self.window.library, path, self.window)
        dialog.start()
        dialog.exec()
        self._after_import(dialog)

    def _after_import(self, dialog: ArchiveImportDialog | None) -> None:
        if dialog is None or dialog.result_value is None:
            return
        report = dialog.result_value
        if report.written:
            self._refresh()
            session = self.window.session
            changed = {i for i, _ in report.replaced}
            if session.article is not None and session.article.id in changed:
                # The open article was replaced by a newer copy: show that one.
                article_id = session.article.id
                session.close_article()
                self.window.open_article(article_id)
