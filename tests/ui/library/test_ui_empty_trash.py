"""File ▸ Empty Trash removes, after a confirmation, only what is in the trash."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hubdesk.model.article import Article
from tests.ui_helpers import make_settings, open_window


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_empty_trash_removes_only_the_trashed_articles(qtbot, library, tmp_path, monkeypatch):
    kept = Article(title="Kept")
    gone = [Article(title=f"Trashed {i}") for i in range(2)]
    for article in [kept, *gone]:
        library.save_article(article)
    for article in gone:
        library.delete_article(article.id)
    window = open_window(qtbot, library, make_settings(tmp_path))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.actions_.empty_trash.trigger()
    assert "2 article" in asked[0]
    assert library.count_articles(deleted=True) == 2  # cancelled: nothing removed
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.actions_.empty_trash.trigger()
    assert library.count_articles(deleted=True) == 0
    assert [s.title for s in library.list_articles()].count("Kept") == 1
    assert window.actions_.empty_trash in window.menuBar().actions()[0].menu().actions()
