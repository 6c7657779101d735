"""Importing in the app (issue 13): no silent duplicates, drops of every importable
format, and the library's language for a file too short to tell."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from hubdesk.importers import IMPORTABLE_SUFFIXES
from hubdesk.importers.defaults import DEFAULT_LANGUAGE_KEY
from hubdesk.ui.library.duplicate_question import DuplicateQuestion
from hubdesk.ui.library.import_dialog import ImportDialog
from tests.importers.samples import write_sample
from tests.ui_helpers import make_settings, open_window, record_errors


def answer(answers: list[tuple[str, bool]], asked: list[str]) -> None:
    """Answer the coming duplicate questions in turn: (button text, apply to all)."""
    pending = list(answers)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DuplicateQuestion) or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        text, apply_all = pending.pop(0)
        asked.append(box.text() + " | " + box.informativeText().split("\n")[0]
                     + (" | " + box.apply_to_all.text() if box.checkBox() else ""))
        box.apply_to_all.setChecked(apply_all)
        next(b for b in box.buttons() if b.text() == text).click()
        if pending:
            QTimer.singleShot(0, click)

    QTimer.singleShot(0, click)


def _files(tmp_path: Path, n: int) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    return [write_sample(folder / f"a{i}.md", f"Article {i}", f"The lead of article {i}.",
                         "Part", f"The text of article {i}.") for i in range(n)]


def _titles(library) -> list[str]:
    return sorted(s.title for s in library.list_articles())


def test_importing_a_file_again_asks_and_skip_changes_nothing(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    [path] = _files(tmp_path, 1)
    first = window.library_panel.import_paths([path])
    assert len(first) == 1 and library.count_articles() == 2  # with the welcome article
    before = library.load_article(first[0])
    asked: list[str] = []
    answer([("Skip", False)], asked)
    assert window.library_panel.import_paths([path]) == []
    assert asked == [f"“Article 0” is already in the library. | {path}"]
    assert library.count_articles() == 2 and library.load_article(first[0]) == before


def test_update_and_keep_both_from_the_question(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    [path] = _files(tmp_path, 1)
    [article_id] = window.library_panel.import_paths([path])
    asked: list[str] = []
    answer([("Keep both", False)], asked)
    [kept] = window.library_panel.import_paths([path])
    assert kept != article_id and len(asked) == 1
    assert _titles(library).count("Article 0") == 2
    # the same page from the same address, its text changed: update asks and replaces it
    page = tmp_path / "page.html"
    write_sample(page, "A page", "Its lead.", "Part", "Its text.")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><link rel="canonical" href="https://example.org/a-page/">')
    page.write_text(html, encoding="utf-8")
    [page_id] = window.library_panel.import_paths([page])
    page.write_text(html.replace("Its text.", "Its text, corrected."), encoding="utf-8")
    answer([("Update the existing article", False)], asked)
    assert window.library_panel.import_paths([page]) == [page_id]
    assert "corrected" in library.load_article(page_id).sections[0].body
    assert _titles(library).count("A page") == 1
    assert window.session.article.id == page_id


def test_apply_to_all_answers_a_whole_batch_once(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    paths = _files(tmp_path, 3)
    window.library_panel.import_paths([tmp_path / "in"])
    count = library.count_articles()
    asked: list[str] = []
    answer([("Keep both", False), ("Skip", True)], asked)
    added = window.library_panel.import_paths([tmp_path / "in"])
    assert asked == [
        f"“Article 0” is already in the library. | {paths[0]} | Do the same for the 2 other file(s)",
        f"“Article 1” is already in the library. | {paths[1]} | Do the same for the 1 other file(s)",
    ]  # the third was answered by "do the same"
    assert len(added) == 1 and library.count_articles() == count + 1


def test_the_folder_import_dialog_asks_too(qtbot, library, tmp_path):
    _files(tmp_path, 3)
    first = ImportDialog(library, [tmp_path / "in"])
    qtbot.addWidget(first)
    first.show()
    with qtbot.waitSignal(first.completed, timeout=10000):
        first.start()
    assert library.count_articles() == 3
    again = ImportDialog(library, [tmp_path / "in"])
    qtbot.addWidget(again)
    again.show()
    asked: list[str] = []
    answer([("Update the existing article", True)], asked)
    with qtbot.waitSignal(again.completed, timeout=10000):
        again.start()
    assert again.summary.text() == (
        "0 imported, 0 refused. 3 already in the library (skipped), 0 updated, 0 kept as new copies.")
    qtbot.waitUntil(lambda: again.follow_up is not None and again.follow_up.result_value is not None,
                    timeout=10000)
    qtbot.addWidget(again.follow_up)
    assert len(asked) == 1
    # the same text: nothing to update, and nothing added
    assert again.follow_up.summary.text() == (
        "0 imported, 0 refused. 3 already in the library (skipped), 0 updated, 0 kept as new copies.")
    assert library.count_articles() == 3


def _drag_enter(window, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    return event.isAccepted()


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


@pytest.mark.parametrize("suffix", [".html", ".htm", ".docx", ".odt"])
def test_the_window_takes_a_dropped_page_or_document(qtbot, library, tmp_path, monkeypatch, suffix):
    shown = record_errors(monkeypatch)
    window = open_window(qtbot, library, make_settings(tmp_path))
    path = write_sample(tmp_path / f"dropped{suffix}", f"Dropped {suffix}", "The lead of the dropped file.",
                        "Part one", "The text of the part, long enough to be an article.")
    assert _drag_enter(window, [path])
    _drop(window, [path])
    assert window.session.article.title == f"Dropped {suffix}"
    assert [s.heading for s in window.session.article.sections] == ["Part one"]
    assert shown == []


def test_the_drop_target_is_the_importers_list(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    for suffix in IMPORTABLE_SUFFIXES:
        assert _drag_enter(window, [tmp_path / f"x{suffix.upper()}"]), suffix
    assert _drag_enter(window, [tmp_path])  # a folder
    assert not _drag_enter(window, [tmp_path / "photo.png"])
    assert not _drag_enter(window, [tmp_path / "slides.pdf", tmp_path / "notes.rtf"])
    assert _drag_enter(window, [tmp_path / "photo.png", tmp_path / "page.odt"])


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_a_file_too_short_to_tell_takes_the_librarys_language(qtbot, library, tmp_path, suffix):
    library.set_setting(DEFAULT_LANGUAGE_KEY, "en")
    window = open_window(qtbot, library, make_settings(tmp_path))
    path = write_sample(tmp_path / f"short{suffix}", "Bilan", "Oui.", "Notes", "Non.")
    window.library_panel.import_paths([path])
    assert window.session.article.title == "Bilan"
    assert window.session.article.language == "en"
    path2 = write_sample(tmp_path / f"short2{suffix}", "Bilan deux", "Oui.", "Notes", "Non.")
    _drop(window, [path2])
    assert (window.session.article.title, window.session.article.language) == ("Bilan deux", "en")


def test_updating_the_open_article_keeps_the_typing_and_shows_the_import(qtbot, library, tmp_path):
    """The writer has typed in the article an import updates: the typing is saved first (the
    history keeps it), then the editor shows the imported text; the next autosave cannot
    write the old text over the update."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    page = tmp_path / "page.html"
    write_sample(page, "A page", "Its lead.", "Part", "Its text.")
    html = page.read_text(encoding="utf-8").replace(
        "<head>", '<head><link rel="canonical" href="https://example.org/a-page/">')
    page.write_text(html, encoding="utf-8")
    [page_id] = window.library_panel.import_paths([page])
    assert window.open_article(page_id)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.insertPlainText(" Typed by the writer.")
    assert window.session.dirty
    page.write_text(html.replace("Its text.", "Its text, corrected."), encoding="utf-8")
    asked: list[str] = []
    answer([("Update the existing article", False)], asked)
    window.import_paths([page])
    assert len(asked) == 1
    assert window.session.article.id == page_id and not window.session.dirty
    assert "corrected" in editor.toPlainText() and "Typed by the writer." not in editor.toPlainText()
    assert "corrected" in library.load_article(page_id).sections[0].body
    from hubdesk.library import history

    versions = [history.revision_text(library, r.id)[1] for r in history.revisions(library, page_id)]
    assert any("Typed by the writer." in text for text in versions)  # the typing is kept in the history
