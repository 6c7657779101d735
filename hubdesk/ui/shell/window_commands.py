"""The main window's commands: edit for the focused panel, focus mode, import, export,
preferences, about, drag and drop. ``MainWindow`` takes them in as a base class.

Messages keep the ``MainWindow`` translation context (``translate("MainWindow", …)``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog

translate = QCoreApplication.translate


class WindowCommands:
    """Commands of the main window (``self`` is the ``MainWindow``)."""

    def edit(self, method: str) -> None:
        """Undo, redo, copy, select all: for the panel that has the focus."""
        focus = QApplication.focusWidget()
        if method in ("undo", "redo") and self.side.owns(focus):
            getattr(self.undo_stack, method)()
            return
        target = focus if focus is not None and hasattr(focus, method) else self.editor
        getattr(target, method)()

    def _focus_search(self) -> None:
        self.show_dock(self.library_dock)  # in front of the tabs it shares
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def show_dock(self, dock: QDockWidget | None) -> None:
        if dock is not None:
            dock.show()
            dock.raise_()

    def set_focus_mode(self, on: bool) -> None:
        if self.actions_.focus_section.isChecked() != on:
            self.actions_.focus_section.setChecked(on)
            return
        tracker = self.session.tracker
        if on and self.session.article is not None:
            part = self.navigator.current_part()
            blocks = (tracker.parts[part].start_block, tracker.end_block(part))
            if blocks == self.editor.focus_range():
                return  # still on the same section: leave the view alone
            self.editor.set_focus_range(blocks)
        else:
            self.editor.set_focus_range(None)
        if self.session.article is not None:  # editor and preview stay on the section being written
            self.sync.keep_part(self.navigator.current_part())

    def _refocus(self, *_args) -> None:
        """In focus mode, show the part the cursor is now in (after a jump or a move)."""
        if self.actions_.focus_section.isChecked():
            self.set_focus_mode(True)

    def _on_structure_changed(self, _start: int, removed: int, added: int) -> None:
        if removed != 1 or added != 1:  # sections added, removed or moved
            self._refocus()

    def import_files(self) -> None:
        from hubdesk.ui.library.import_formats import import_filter

        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "Import articles"), str(Path.home()),
            import_filter(),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files; the open article is saved first, and shown anew if an import updated it."""
        if not self.session.save():
            return
        self.exchange.reload_if_updated(set(self.library_panel.import_paths(paths)))

    def import_folder(self) -> None:
        self.exchange.import_folder()  # progress, cancel and a summary, in a worker thread

    def export(self) -> None:
        ids = self.library_panel.selected_ids()
        if self.session.article is not None and (len(ids) <= 1 or not self.library_panel.view.hasFocus()):
            ids = [self.session.article.id]
        if not ids or not self.session.save() or not self.review.may_export(ids):
            return
        from hubdesk.ui.export.export_dialog import ExportDialog

        ExportDialog(self.library, ids, self).exec()

    def show_preferences(self) -> None:
        from hubdesk.ui.shell.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.settings, self, more=[self.actions_.wordpress_sites]).exec()

    def show_about(self) -> None:
        from hubdesk.ui.shell.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        from hubdesk.ui.library.import_formats import droppable

        if droppable([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
