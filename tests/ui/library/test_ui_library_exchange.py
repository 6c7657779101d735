"""File menu: import a folder and exchange archives from the main window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hubdesk.library.store import Library
from hubdesk.ui.library.library_exchange import LibraryExchange
from hubdesk.ui.shell.task_dialog import TaskDialog
from tests import corpus
from tests.importers.test_folder_import import make_folder
from tests.ui_helpers import make_settings, open_window


@pytest.fixture
def finish_dialogs(qtbot, monkeypatch):
    """Modal task dialogs return once their job is done, as if the user then clicked Close."""
    shown = []

    def run_to_end(dialog):
        shown.append(dialog)
        qtbot.waitUntil(lambda: dialog.result_value is not None or dialog.error is not None,
                        timeout=15000)
        return 0

    monkeypatch.setattr(TaskDialog, "exec", run_to_end)
    return shown


def exchange_of(window) -> LibraryExchange:
    assert isinstance(window.exchange, LibraryExchange)
    return window.exchange


def test_import_folder_from_the_file_menu(qtbot, library, tmp_path, monkeypatch, finish_dialogs):
    make_folder(tmp_path / "in")
    window = open_window(qtbot, library, make_settings(tmp_path))
    before = window.library_panel.model.total()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "in"))
    exchange_of(window).import_folder()
    dialog = finish_dialogs[0]
    assert dialog.error is None
    assert dialog.summary.text() == "5 imported, 3 refused."
    qtbot.waitUntil(lambda: window.library_panel.model.total() == before + 5)


def test_archive_export_and_import_between_two_windows(qtbot, library, tmp_path, monkeypatch,
                                                       finish_dialogs):
    for seed in range(3):
        library.save_article(corpus.make_article(400, seed=seed))
    window = open_window(qtbot, library, make_settings(tmp_path))
    target = tmp_path / "desk.hubdesk-archive"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window.library_panel, "selected_ids", lambda: [])
    exchange_of(window).export_archive()
    assert finish_dialogs[-1].result_value.count == library.count_articles() >= 3

    with Library.open(tmp_path / "other.hubdesk") as other:
        other_window = open_window(qtbot, other, make_settings(tmp_path))
        before = other.count_articles()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
        exchange_of(other_window).import_archive()
        report = finish_dialogs[-1].result_value
        assert report.written >= 3
        assert other.count_articles() == before + len(report.added)
        qtbot.waitUntil(lambda: other_window.library_panel.model.total() == other.count_articles())
        other_window.close()


def test_export_of_the_selection_asks_which_articles(qtbot, library, tmp_path, monkeypatch,
                                                     finish_dialogs):
    arts = [corpus.make_article(300, seed=s) for s in range(3)]
    library.save_articles(arts)
    window = open_window(qtbot, library, make_settings(tmp_path))
    target = tmp_path / "sel.hubdesk-archive"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window.library_panel, "selected_ids", lambda: [arts[0].id, arts[2].id])

    def choose_selected(box):
        for b in box.buttons():
            if b.text() == "The selected articles (2)":
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_selected)
    exchange_of(window).export_archive()
    assert finish_dialogs[-1].result_value.count == 2


def test_an_archive_opened_from_outside_is_merged_after_asking(qtbot, library, tmp_path,
                                                               monkeypatch, finish_dialogs):
    from hubdesk.formats import archive

    source = Library.open(tmp_path / "source.hubdesk")
    arts = [corpus.make_article(300, seed=s) for s in range(2)]
    source.save_articles(arts)
    path = archive.export_archive(source, tmp_path / "from-a-colleague").path
    source.close()
    window = open_window(qtbot, library, make_settings(tmp_path))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers.pop(0))
    window.exchange.import_archive_file(path)
    assert finish_dialogs == [] and not library.has_article(arts[0].id)
    window.exchange.import_archive_file(path)
    assert "from-a-colleague.hubdesk-archive" in asked[1]
    assert len(finish_dialogs[-1].result_value.added) == 2
    assert library.has_article(arts[0].id) and library.has_article(arts[1].id)
    qtbot.waitUntil(lambda: window.library_panel.model.row_of(arts[0].id) >= 0)
