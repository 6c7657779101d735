"""Menu commands: import by dialog, export of the open article, the navigator's drop."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog

from tests.ui_helpers import make_settings, open_window


def test_import_files_from_the_menu(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    source = tmp_path / "note.md"
    source.write_text("# From the menu\n\nLead.\n\n## One\n\nBody.\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(source)], "Articles"))
    window.actions_.import_files.trigger()
    assert window.session.article.title == "From the menu"
    assert window.library_panel.current_id() == window.session.article.id


def test_export_opens_the_dialog_on_the_open_article(qtbot, library, tmp_path, monkeypatch):
    from hubdesk.ui.export import export_dialog

    window = open_window(qtbot, library, make_settings(tmp_path))
    window.editor.insertPlainText("saved before export ")
    dirty_when_shown: list[bool] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda self: dirty_when_shown.append(window.session.dirty) or 0)
    created: list[list[str]] = []
    original_init = export_dialog.ExportDialog.__init__

    def spy_init(self, library_, ids, parent=None):
        created.append(list(ids))
        original_init(self, library_, ids, parent)

    monkeypatch.setattr(export_dialog.ExportDialog, "__init__", spy_init)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert created == [[window.session.article.id]]
    assert dirty_when_shown == [False]  # the article was saved first


def test_drop_event_moves_the_dragged_section(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    original = [s.heading for s in window.session.article.sections]
    nav.setCurrentItem(nav.item_for_part(1))  # the drag starts on the first section
    target = nav.item_for_part(4)
    point = nav.visualItemRect(target).center()
    monkeypatch.setattr(nav, "dropIndicatorPosition",
                        lambda: QAbstractItemView.DropIndicatorPosition.AboveItem)
    accepted: list[bool] = []
    event = SimpleNamespace(
        position=lambda: SimpleNamespace(toPoint=lambda: QPoint(point)),
        setDropAction=lambda action: accepted.append(action == Qt.DropAction.IgnoreAction),
        accept=lambda: accepted.append(True),
    )
    nav.dropEvent(event)
    assert accepted == [True, True]
    # Dropped above the fourth section: the first one now comes just before it.
    assert [s.heading for s in window.session.article.sections] == [
        original[1], original[2], original[0], *original[3:]]
