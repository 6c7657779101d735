"""File menu commands that move many articles at once: folder import and archives.

``LibraryExchange(parent, ...)`` runs them with what the main window hands it (the
library, the editing session, the library panel, its two actions and a way to open
an article): the open article is saved first, the work happens in a dialog with
progress and cancel, and the library list (and its filter choices) is refreshed
afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.library.store import Library
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.library.library_panel import LibraryPanel

if TYPE_CHECKING:
    from hubdesk.ui.library.archive_dialogs import ArchiveImportDialog

log = logging.getLogger(__name__)


class LibraryExchange(QObject):
    """Import a folder, export an archive, import an archive, for one main window."""

    def __init__(
        self,
        parent: QWidget,
        *,
        library: Library,
        session: ArticleSession,
        library_panel: LibraryPanel,
        export_archive_action: QAction,
        import_archive_action: QAction,
        open_article: Callable[[str], bool],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # the dialogs' parent
        self.library = library
        self.session = session
        self.library_panel = library_panel
        self._open_article = open_article
        export_archive_action.triggered.connect(self.export_archive)
        import_archive_action.triggered.connect(self.import_archive)
        QTimer.singleShot(0, self._open_archives_from_arguments)

    def _open_archives_from_arguments(self) -> None:
        """Archives named on the command line (a double-click on one) are offered for import.

        Done once per run of the application, by the first window.
        """
        app = QCoreApplication.instance()
        if app is None or app.property("hubdeskArchivesOffered"):
            return
        app.setProperty("hubdeskArchivesOffered", True)
        arguments = QCoreApplication.arguments()[1:]
        if not arguments:
            return
        from hubdesk.formats.archive import EXTENSION  # the archive code loads when used

        for arg in arguments:
            path = Path(arg)
            if path.suffix == EXTENSION and path.is_file():
                self.import_archive_file(path)

    def _refresh(self, *_args: object) -> None:
        self.library_panel.refresh()
        self.library_panel.filters.refresh_choices()

    def _save_open_article(self) -> bool:
        return self.session.article is None or self.session.save()

    def import_folder(self) -> None:
        if not self._save_open_article():  # what was typed is kept before an import can update it
            return
        from hubdesk.ui.library.import_dialog import ImportDialog  # the importers load on first use

        dialog = ImportDialog.choose_and_import(self.library, self.parent_widget)
        results = []
        while dialog is not None:  # the dialog, then the import of the duplicates if asked
            if dialog.result_value is not None:
                results.append(dialog.result_value)
            dialog = dialog.follow_up
        if any(r.imported for r in results):
            self._refresh()
        self.reload_if_updated({i.article_id for r in results for i in r.updated})

    def reload_if_updated(self, updated: set[str]) -> None:
        """The open article was updated by an import: show the imported text, not the old one
        (which the next autosave would otherwise write over it)."""
        session = self.session
        if session.article is not None and session.article.id in updated:
            article_id = session.article.id
            if session.close_article():
                self._open_article(article_id)

    def export_archive(self) -> None:
        if not self._save_open_article():
            return
        ids = self.library_panel.selected_ids()
        choice: list[str] | None = None
        if ids:
            box = QMessageBox(self.parent_widget)
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
        from hubdesk.ui.library.archive_dialogs import ask_and_export

        ask_and_export(self.library, choice, self.parent_widget)

    def import_archive(self) -> None:
        if not self._save_open_article():
            return
        from hubdesk.ui.library.archive_dialogs import ask_and_import

        self._after_import(ask_and_import(self.library, self.parent_widget))

    def import_archive_file(self, path: Path, *, confirm: bool = True) -> None:
        """Merge one archive (opened from outside the app), after asking the user."""
        if confirm:
            answer = QMessageBox.question(
                self.parent_widget, self.tr("Import an archive"),
                self.tr("Merge the articles of %1 into this library?\n\nNew articles are added;"
                        " an article already here is replaced only by a newer copy.")
                .replace("%1", path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self._save_open_article():
            return
        from hubdesk.ui.library.archive_dialogs import ArchiveImportDialog

        dialog = ArchiveImportDialog(self.library, path, self.parent_widget)
        dialog.start()
        dialog.exec()
        self._after_import(dialog)

    def _after_import(self, dialog: ArchiveImportDialog | None) -> None:
        if dialog is None or dialog.result_value is None:
            return
        report = dialog.result_value
        if report.written:
            self._refresh()
            session = self.session
            changed = {i for i, _ in report.replaced}
            if session.article is not None and session.article.id in changed:
                # The open article was replaced by a newer copy: show that one.
                article_id = session.article.id
                session.close_article()
                self._open_article(article_id)
