"""The library panel: lazy pages, search while typing, new, duplicate, trash with undo, import."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from hubdesk.ui.library.library_model import PAGE, LibraryModel
from hubdesk.ui.library.library_panel import LibraryPanel
from tests import corpus
from tests.ui_helpers import make_settings, open_window, record_errors


def test_large_library_is_loaded_a_page_at_a_time(qtbot, library):
    corpus.fill_library(library, 450, words=60)
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    assert model.total() == 450
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the view has laid out its rows
    assert model.loaded_count() == PAGE
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.loaded_count() == 2 * PAGE)
    newest = library.list_articles(limit=1)[0]
    assert model.article_id(0) == newest.id
    assert panel.count_label.text().startswith("450 ")


def test_search_shows_results_while_typing(qtbot, library):
    articles = [corpus.make_article(200, seed=s, language="en") for s in range(3)]
    articles[1].title = "Électricité et réseaux"
    library.save_articles(articles)
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "electri")  # no accent, unfinished word
    qtbot.waitUntil(lambda: panel.model.query == "electri")
    assert panel.model.rowCount() == 1
    assert panel.model.article_id(0) == articles[1].id
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.query == "")
    assert panel.model.total() == 3


def test_new_duplicate_and_trash_with_undo(qtbot, library, tmp_path, monkeypatch):
    window = open_window(qtbot, library, make_settings(tmp_path))
    panel = window.library_panel
    new_id = panel.new_article("en")
    assert window.session.article.id == new_id
    assert library.count_articles() == 2
    duplicate = panel.duplicate_selected()
    copy = library.load_article(duplicate)
    assert copy.title == "Untitled article (copy)"
    assert window.session.article.id == duplicate

    asked: list[list[str]] = []
    panel.confirm_delete = lambda titles: asked.append(titles) or True
    assert panel.delete_selected() == [duplicate]
    assert asked == [["Untitled article (copy)"]]
    assert library.is_deleted(duplicate)
    assert window.session.article is None
    assert panel.notice.isVisibleTo(panel)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert not library.is_deleted(duplicate)
    assert window.session.article.id == duplicate
    assert not panel.notice.isVisibleTo(panel)

    panel.select(new_id)
    panel.confirm_delete = lambda titles: False
    assert panel.delete_selected() == []
    assert not library.is_deleted(new_id)


def test_dropping_files_on_the_window_imports_them(qtbot, library, tmp_path, monkeypatch):
    shown = record_errors(monkeypatch)
    window = open_window(qtbot, library, make_settings(tmp_path))
    good = tmp_path / "dropped.md"
    good.write_text("# Dropped article\n\nIts lead.\n\n## Part one\n\nText.\n", encoding="utf-8")
    bad = tmp_path / "picture.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.article.title == "Dropped article"
    assert [s.heading for s in window.session.article.sections] == ["Part one"]
    assert library.count_articles() == 2
    assert len(shown) == 1 and "picture.png" in shown[0][1]


def test_model_columns(qtbot, library):
    article = corpus.make_article(100, seed=3)
    library.save_article(article)
    model = LibraryModel(library)
    model.fetchMore()
    assert model.rowCount() == 1 and model.columnCount() == 4  # title, status, changed, reading
    assert model.data(model.index(0, 0)) == article.title
    assert model.data(model.index(0, 1)) in ("Draft", "In review", "Ready", "Published")
    assert model.data(model.index(0, 2))


def test_filters_narrow_and_sort_the_list(qtbot, library):
    from hubdesk.model.article import Status

    articles = [corpus.make_article(100, seed=s, language="fr" if s % 2 else "en")
                for s in range(6)]
    for n, article in enumerate(articles):
        article.status = Status.READY if n < 2 else Status.DRAFT
        article.title = f"Title {n}"
    library.save_articles(articles)
    model = LibraryModel(library)
    model.set_filters({"status": "ready", "language": None, "tag": None, "author": None,
                       "sort": "title", "descending": False})
    assert model.total() == 2
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "Title 0", "Title 1"]
    model.set_filters({"sort": "title", "descending": True})
    assert model.total() == 6
    assert model.data(model.index(0, 0)) == "Title 5"
