"""A large version is compared off the UI thread (issue 16): the History panel says it is
comparing, the word diff runs in a worker, and the long unchanged stretches of a large
difference are shortened to their ends so the page shows the changes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.library import history
from hubdesk.model.article import Disclosure
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.history import diff_worker
from hubdesk.ui.history.history_panel import HistoryPanel
from tests import corpus


def _panel_on_changed_article(qtbot, library, words: int) -> tuple[HistoryPanel, str]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    session = ArticleSession(library, editor)
    article = corpus.make_article(words, seed=4, sections=2)
    article.disclosure = Disclosure()
    library.save_article(article)
    changed = article.sections[1].body.replace(" ", " changed ", 1) + "\n\nA new closing paragraph."
    article.sections[1].body = changed
    library.save_article(article)
    session.open(article.id)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    heading = article.sections[1].heading
    rows = [panel.versions.topLevelItem(i) for i in range(panel.versions.topLevelItemCount())]
    older = next(i for i, it in enumerate(rows) if it.text(2) == heading and i > 0)
    return panel, str(older)


def test_a_large_version_is_compared_in_a_worker(qtbot, library, monkeypatch):
    threads: list[threading.Thread] = []
    real = history.word_diff

    def spy(old, new):
        threads.append(threading.current_thread())
        return real(old, new)

    monkeypatch.setattr(history, "word_diff", spy)
    panel, older = _panel_on_changed_article(qtbot, library, 30_000)
    panel.select_row(int(older))
    assert panel.diff.toPlainText() == "Comparing…"
    qtbot.waitUntil(lambda: "A new closing paragraph." in panel.diff.toPlainText(), timeout=20000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    shown = panel.diff.toPlainText()
    assert "changed" in shown and "[…]" in shown  # the long unchanged middle is shortened
    assert len(shown) < 10_000
    assert "#c8f0c8" in panel.diff.toHtml()


def test_a_small_version_is_compared_at_once(qtbot, library, monkeypatch):
    threads: list[threading.Thread] = []
    real = history.word_diff
    monkeypatch.setattr(history, "word_diff",
                        lambda old, new: threads.append(threading.current_thread()) or real(old, new))
    panel, older = _panel_on_changed_article(qtbot, library, 600)
    panel.select_row(int(older))
    assert "A new closing paragraph." in panel.diff.toPlainText()  # no waiting: it is small
    assert threads == [threading.main_thread()]
    assert "[…]" not in panel.diff.toPlainText()


def test_shorten_unchanged_keeps_both_ends():
    text = "".join(f"w{i} " for i in range(5000))
    pieces = [history.DiffPiece("=", text), history.DiffPiece("+", "new "), history.DiffPiece("=", "end")]
    out = diff_worker.shorten_unchanged(pieces, context=100)
    assert out[0].text.startswith(text[:100]) and out[0].text.endswith(text[-100:])
    assert "[…]" in out[0].text and out[1:] == pieces[1:]
