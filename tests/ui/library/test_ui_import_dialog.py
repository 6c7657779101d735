"""The folder import dialog: progress in a worker thread, cancel, and the summary."""

from __future__ import annotations

import threading

import pytest

from hubdesk.importers import folder_import
from hubdesk.ui.library.import_dialog import ImportDialog
from tests.importers.test_folder_import import make_folder
from tests.ui.library.test_ui_import_duplicates import answer


@pytest.fixture
def dialog_for(qtbot, library):
    def make(paths):
        dialog = ImportDialog(library, paths)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def test_import_folder_shows_imported_and_refused_files(qtbot, library, tmp_path, dialog_for):
    make_folder(tmp_path / "in")
    dialog = dialog_for([tmp_path / "in"])
    with qtbot.waitSignal(dialog.articles_imported, timeout=10000) as sig:
        dialog.start()
    dialog.wait_for_job()
    assert len(sig.args[0]) == 5
    assert {s.id for s in library.list_articles()} == set(sig.args[0])
    assert dialog.summary.text() == "5 imported, 3 refused."
    assert dialog.details.topLevelItem(0).text(0) == "Refused (3)"
    refused = dict(dialog.group_rows(0))
    assert sorted(refused) == ["broken.md", "empty.md", "nested/image.txt"]
    assert all(reason for reason in refused.values())
    assert dialog.details.topLevelItem(1).text(0) == "Imported (5)"
    assert "nested/page.txt" in dict(dialog.group_rows(1))
    assert dict(dialog.group_rows(1))["nested/page.txt"] == "Un titre d’article importé"
    assert not dialog.progress.isVisible()
    close = dialog.buttons.buttons()[0]
    assert close.text() == "Close"
    close.click()
    assert not dialog.isVisible()


def test_cancel_halfway_leaves_nothing_partial(qtbot, library, tmp_path, dialog_for, monkeypatch):
    make_folder(tmp_path / "in", good=12)
    gate, calls = threading.Event(), []
    real = folder_import.import_file

    def held_import(path, notes=None, **options):
        calls.append(path)
        if len(calls) == 4:
            gate.wait(10)  # hold the worker on the 4th file until the user has cancelled
        return real(path, notes, **options)

    monkeypatch.setattr(folder_import, "import_file", held_import)
    dialog = dialog_for([tmp_path / "in"])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() == 3, timeout=10000)
    qtbot.waitUntil(lambda: len(calls) == 4, timeout=10000)  # the worker is held on the 4th file
    assert dialog.running
    cancel = dialog.buttons.buttons()[0]
    assert cancel.text() == "Cancel"
    cancel.click()
    assert dialog.status.text() == "Cancelling…" and dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    result = dialog.result_value
    assert result.cancelled and result.handled == 4 and result.total == 16
    assert dialog.summary.text().startswith("Import cancelled: 12 files were not read.")
    ids = {s.id for s in library.list_articles()}
    assert ids == {i.article_id for i in result.imported}
    for item in result.imported:
        article = library.load_article(item.article_id)
        assert article.sections and len(article.credits) in (0, 8)
    con = library.connection
    assert con.execute("SELECT count(*) FROM sections WHERE article_id NOT IN"
                       " (SELECT id FROM articles)").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == len(ids)


def test_an_empty_folder_says_so(qtbot, library, tmp_path, dialog_for):
    (tmp_path / "empty").mkdir()
    dialog = dialog_for([tmp_path / "empty"])
    with qtbot.waitSignal(dialog.completed, timeout=10000):
        dialog.start()
    assert dialog.summary.text() == "0 imported, 1 refused."
    assert "no importable files" in dialog.group_rows(0)[0][1]


def test_a_second_import_says_what_is_already_there_and_asks_what_to_do(
    qtbot, library, tmp_path, dialog_for
):
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text("Titre\n\nUn chapô.\n\nPartie\n\nDu texte.\n", encoding="utf-8")
    first = dialog_for([tmp_path / "in"])
    with qtbot.waitSignal(first.completed, timeout=10000):
        first.start()
    assert first.summary.text() == "1 imported, 0 refused."
    assert [b.text() for b in first.buttons.buttons()] == ["Close"]
    original_id = library.list_articles()[0].id
    page.write_text("Titre\n\nUn   chapô.\n\nPartie\n\nDu texte.\n", encoding="utf-8")  # same text
    again = dialog_for([tmp_path / "in"])
    asked: list[str] = []
    answer([("Keep both", False)], asked)
    with qtbot.waitSignal(again.articles_imported, timeout=10000) as sig:
        again.start()
    assert again.summary.text() == (
        "0 imported, 0 refused. 1 already in the library (skipped), 0 updated, 0 kept as new copies."
    )
    assert again.details.topLevelItem(0).text(0) == "Already in the library (1)"
    assert again.group_rows(0) == [("page.txt", "Titre")]
    assert asked == [f"“Titre” is already in the library. | {page}"]  # one file: no "do the same"
    follow = again.follow_up
    qtbot.addWidget(follow)
    qtbot.waitUntil(lambda: follow.result_value is not None, timeout=10000)
    assert follow.summary.text() == (
        "1 imported, 0 refused. 0 already in the library (skipped), 0 updated, 1 kept as new copies."
    )
    assert library.count_articles() == 2 and original_id not in sig.args[0]
