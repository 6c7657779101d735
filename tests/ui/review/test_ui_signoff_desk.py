"""Sign-offs beyond the editor: the library list's mark, the history panel, publishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from hubdesk.library import signoffs
from hubdesk.model.signoff import SignState
from hubdesk.ui.history.history_panel import SIGNOFF_ROLE, HistoryPanel
from hubdesk.ui.library.library_model import REVIEW_ROLE, STATUS
from tests.checklist.articles import clean
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def _open(qtbot, library, tmp_path, rule: str = "warn"):
    article = clean("fr")
    library.save_article(article)
    other = clean("en")
    library.save_article(other)
    settings = make_settings(tmp_path)
    settings.set("reviewer_name", "Marie Curie")
    settings.set("signoff_export", rule)
    window = open_window(qtbot, library, settings)
    assert window.open_article(article.id)
    return window, article, other


def _review_mark(window, article_id: str) -> str:
    model = window.library_panel.model
    return model.index(model.row_of(article_id), STATUS).data(REVIEW_ROLE)


def test_library_list_shows_signed_stale_and_unsigned(qtbot, library, tmp_path) -> None:
    window, article, other = _open(qtbot, library, tmp_path)
    model = window.library_panel.model
    assert _review_mark(window, article.id) == "unsigned"
    assert _review_mark(window, other.id) == "unsigned"
    tip = model.index(model.row_of(article.id), STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "0 of 2" in tip

    window.review.sign_article.trigger()
    qtbot.waitUntil(lambda: _review_mark(window, article.id) == "signed")
    assert _review_mark(window, other.id) == "unsigned"  # only the signed article changed

    put_cursor_in(window, 1)
    QTest.keyClicks(window.editor, " Ajout.")
    assert window.session.save()
    qtbot.waitUntil(lambda: _review_mark(window, article.id) == "stale")
    states = signoffs.review_states(library, [article.id, other.id])
    assert states[article.id] == (SignState.STALE, 1, 2)
    assert states[other.id] == (SignState.UNSIGNED, 0, 2)


def test_history_panel_lists_every_sign_off(qtbot, library, tmp_path) -> None:
    window, article, _other = _open(qtbot, library, tmp_path)
    panel = HistoryPanel(window.session, window)  # as the library guard docks it

    def signoff_rows() -> list[str]:
        out = []
        for row in range(panel.versions.topLevelItemCount()):
            item = panel.versions.topLevelItem(row)
            if item.data(0, SIGNOFF_ROLE):
                out.append(item.data(0, SIGNOFF_ROLE))
        return out

    put_cursor_in(window, 2)
    window.review.sign_section.trigger()
    qtbot.waitUntil(lambda: len(signoff_rows()) == 1)
    assert "Marie Curie" in signoff_rows()[0] and "section 2" in signoff_rows()[0]
    assert "unchanged since" in signoff_rows()[0]
    QTest.keyClicks(window.editor, " Ajout.")
    assert window.session.save()
    qtbot.waitUntil(lambda: signoff_rows() and "changed since" in signoff_rows()[0]
                    and "unchanged" not in signoff_rows()[0])
    window.review.sign_article.trigger()
    qtbot.waitUntil(lambda: len(signoff_rows()) == 3)  # every sign-off is kept and shown
    stored = signoffs.signoffs(library, article.id)
    assert all(s.text_hash[:10] in " ".join(signoff_rows()) for s in stored)
    row = next(r for r in range(panel.versions.topLevelItemCount())
               if panel.versions.topLevelItem(r).data(0, SIGNOFF_ROLE))
    panel.select_row(row)
    assert "Signed off by Marie Curie" in panel.diff.toPlainText()
    assert not panel.restore_button.isEnabled()


def test_publish_refused_or_asked_when_sign_offs_are_missing(
        qtbot, library, tmp_path, monkeypatch) -> None:
    window, article, _other = _open(qtbot, library, tmp_path, rule="refuse")
    shown = []
    opened = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        shown.append(("warning", a[1], a[2])), QMessageBox.StandardButton.Ok)[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        shown.append(("question", a[1], a[2])), QMessageBox.StandardButton.No)[1])
    import hubdesk.ui.publish.publish_dialog as publish_dialog

    class FakeDialog:
        def __init__(self, _library, ids, _parent) -> None:
            opened.append(ids)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(publish_dialog, "PublishDialog", FakeDialog)
    window.sites.publish()
    assert opened == [] and shown[-1][:2] == ("warning", "Publish")
    assert "2 section" in shown[-1][2] and "publishing" in shown[-1][2]
    window.settings.set("signoff_export", "warn")
    window.sites.publish()
    assert opened == [] and shown[-1][0] == "question"
    window.review.sign_article.trigger()
    count = len(shown)
    window.sites.publish()
    assert opened == [[article.id]] and len(shown) == count  # all signed: no question


def test_export_of_library_selection_counts_their_sections(
        qtbot, library, tmp_path, monkeypatch) -> None:
    window, article, other = _open(qtbot, library, tmp_path, rule="refuse")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        shown.append(a[2]), QMessageBox.StandardButton.Ok)[1])
    window.review.sign_article.trigger()
    assert window.review.may_export([article.id]) is True
    assert window.review.may_export([article.id, other.id]) is False
    assert "2 section" in shown[-1]  # the other article's two sections
