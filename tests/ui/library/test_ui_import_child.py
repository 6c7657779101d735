"""Pages, Word and OpenDocument files are parsed in the import worker process: the same
articles as parsed in the app's process, a cancel that stops the file being read, and a
worker process killed mid-batch that refuses its file alone while the others are imported."""

from __future__ import annotations

import functools
import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from hubdesk.export import export_article
from hubdesk.importers import folder_import
from hubdesk.library.image_folder import assets_dir
from hubdesk.qt import child_process
from hubdesk.ui.library.import_dialog import ImportDialog
from hubdesk.ui.shell.error_text import error_message
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests import child_hooks, corpus

KILLED = (
    "could not be read: the process reading it stopped (SIGKILL), perhaps for lack of memory;"
    " nothing was imported from it"
)


@pytest.fixture
def dialog_for(qtbot, library):
    def make(paths):
        dialog = ImportDialog(library, paths)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture
def gate(tmp_path, monkeypatch):
    """Import worker processes that stop on a file named ``hold-*`` until ``go``."""
    folder = tmp_path / "gate"
    folder.mkdir()
    child_process.IMPORTS.shutdown()
    monkeypatch.setattr(
        child_process.IMPORTS, "setup", functools.partial(child_hooks.hold, str(folder))
    )
    yield folder
    (folder / "go").touch()
    child_process.IMPORTS.shutdown()


def _page_with_picture(folder: Path) -> Path:
    (folder / "page_files").mkdir()
    image = QImage(3, 2, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(folder / "page_files" / "pic.png"))
    page = folder / "page.html"
    page.write_text(
        "<html lang='en'><head><title>A page with a picture</title></head><body><article>"
        "<h1>A page with a picture</h1><p>The lead of the page, long enough to be a lead.</p>"
        "<h2>First part</h2><p>Text and a picture <img src='page_files/pic.png' alt='green'></p>"
        "<h2>Second part</h2><p>More text of the page.</p></article></body></html>",
        encoding="utf-8",
    )
    return page


def _files(folder: Path, names: list[str]) -> list[Path]:
    paths = []
    for seed, name in enumerate(names):
        article = corpus.make_article(300, seed=seed, language="en")
        article.title = f"Article {Path(name).stem}"
        fmt = {".htm": "html"}.get(Path(name).suffix, Path(name).suffix.lstrip("."))
        paths.append(export_article(article, fmt, folder / name))
    return paths


def _shape(article) -> tuple:
    return (
        article.title,
        article.lead,
        article.language,
        article.canonical_url,
        article.author,
        article.description,
        article.tags,
        article.slug,
        article.status,
        article.sections,
        article.credits,
        article.disclosure,
    )


def _run(qtbot, dialog: ImportDialog):
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    return dialog.result_value


def test_pages_and_documents_are_parsed_in_the_worker_process_as_in_the_app(
    qtbot, library, tmp_path, dialog_for, monkeypatch
):
    folder = tmp_path / "in"
    folder.mkdir()
    paths = [_page_with_picture(folder), *_files(folder, ["word.docx", "office.odt", "web.htm"])]
    expected = {}
    for path in paths:
        article, pictures = folder_import.read_article(path, [], "en")
        expected[path] = (_shape(article), sorted(p.name for p in pictures))
    monkeypatch.setattr(folder_import, "import_file", lambda *a, **k: pytest.fail("parsed here"))
    result = _run(qtbot, dialog_for([folder]))
    assert result.refused == [] and len(result.imported) == 4
    for item in result.imported:
        shape, pictures = expected[item.path]
        assert _shape(library.load_article(item.article_id)) == shape
    [picture] = expected[paths[0]][1]
    assert (assets_dir(library.path) / picture).read_bytes() == (
        folder / "page_files" / "pic.png"
    ).read_bytes()
    assert library.count_articles() == 4


def test_a_killed_worker_process_refuses_its_file_and_the_others_are_imported(
    qtbot, library, tmp_path, dialog_for, gate
):
    folder = tmp_path / "in"
    folder.mkdir()
    _files(folder, ["a.html", "hold-b.html", "x.docx", "y.odt"])
    dialog = dialog_for([folder])
    dialog.start()
    qtbot.waitUntil(lambda: (gate / "waiting").exists(), timeout=30_000)
    [pid] = child_process.IMPORTS.busy_pids()
    (gate / "go").touch()  # the next process runs freely
    os.kill(pid, signal.SIGKILL)  # as the system does when memory runs out
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    result = dialog.result_value
    assert [i.title for i in result.imported] == ["Article a", "Article x", "Article y"]
    [refused] = result.refused
    assert refused.path.name == "hold-b.html" and refused.reason == KILLED
    assert dialog.summary.text() == "3 imported, 1 refused."
    assert dialog.group_rows(0) == [("hold-b.html", KILLED)]
    assert sorted(s.title for s in library.list_articles()) == [
        "Article a",
        "Article x",
        "Article y",
    ]
    app = QCoreApplication.instance()
    try:
        assert install_translations(app, "fr") == "fr"
        assert error_message(refused.error) == (
            f"{refused.path}\xa0: n’a pas pu être lu\xa0: le processus qui le lisait s’est arrêté "
            "(SIGKILL), peut-être faute de mémoire\xa0; rien n’en a été importé"
        )
    finally:
        remove_translations(app)


def test_cancel_while_a_file_is_parsed_stops_at_once(qtbot, library, tmp_path, dialog_for, gate):
    folder = tmp_path / "in"
    folder.mkdir()
    _files(folder, ["a.odt", "hold-b.docx", "z.html"])
    dialog = dialog_for([folder])
    dialog.start()
    qtbot.waitUntil(lambda: (gate / "waiting").exists(), timeout=30_000)
    [pid] = child_process.IMPORTS.busy_pids()
    assert dialog.progress.value() == 1
    cancel = dialog.buttons.buttons()[0]
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    result = dialog.result_value
    assert result.cancelled and [i.title for i in result.imported] == ["Article a"]
    assert (
        dialog.summary.text() == "Import cancelled: 2 files were not read. 1 imported, 0 refused."
    )
    assert [s.title for s in library.list_articles()] == ["Article a"]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the cancel killed it
