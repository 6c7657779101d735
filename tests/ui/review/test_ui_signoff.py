"""Sign-offs in the window: sign, edit (stale), re-sign, the outline's marks, export and status."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hubdesk.library import signoffs
from hubdesk.model.article import Status
from hubdesk.ui.review.outline_marks import REVIEW_COLUMN
from tests.checklist.articles import clean
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def _open(qtbot, library, tmp_path, name: str = "Marie Curie"):
    article = clean("fr")
    article.disclosure.editor = ""
    library.save_article(article)
    settings = make_settings(tmp_path)
    settings.set("reviewer_name", name)
    settings.set("signoff_export", "warn")
    window = open_window(qtbot, library, settings)
    assert window.open_article(article.id)
    return window, article


def _marks(window) -> list[str]:
    nav = window.navigator
    out = []
    for row in range(nav.topLevelItemCount()):
        if nav.topLevelItem(row).text(REVIEW_COLUMN):  # a symbol; its words in the tooltip
            out.append(nav.topLevelItem(row).toolTip(REVIEW_COLUMN).split("\n")[0])
    return out


def test_sign_edit_stale_resign(qtbot, library, tmp_path) -> None:
    window, article = _open(qtbot, library, tmp_path)
    review = window.review
    qtbot.waitUntil(lambda: _marks(window) == ["○ to sign", "○ to sign"])

    put_cursor_in(window, 2)  # the second section
    review.sign_section.trigger()
    qtbot.waitUntil(lambda: _marks(window) == ["○ to sign", "✓ signed"])
    stored = signoffs.signoffs(library, article.id)
    assert [(s.position, s.by) for s in stored] == [(1, "Marie Curie")]
    assert window.session.article.disclosure.editor == "Marie Curie"

    QTest.keyClicks(window.editor, " Ajout.")  # a change after the sign-off
    qtbot.waitUntil(lambda: _marks(window) == ["○ to sign", "⚠ changed"])
    qtbot.waitUntil(lambda: "signoff.stale" in [f.rule for f in review.checklist.findings],
                    timeout=3000)

    review.sign_article.trigger()
    qtbot.waitUntil(lambda: _marks(window) == ["✓ signed", "✓ signed"])
    assert len(signoffs.signoffs(library, article.id)) == 3  # every sign-off is kept
    qtbot.waitUntil(lambda: not [f for f in review.checklist.findings
                                 if f.rule.startswith("signoff.")], timeout=3000)


def test_name_asked_once_then_kept(qtbot, library, tmp_path, monkeypatch) -> None:
    window, article = _open(qtbot, library, tmp_path, name="")
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(1), ("  Jean  Moulin ", True))[1])
    window.review.sign_article.trigger()
    window.review.sign_article.trigger()
    assert asked == [1]
    assert window.settings.get("reviewer_name") == "Jean Moulin"
    assert {s.by for s in signoffs.signoffs(library, article.id)} == {"Jean Moulin"}


def test_export_warns_or_refuses_per_preference(qtbot, library, tmp_path, monkeypatch) -> None:
    window, _article = _open(qtbot, library, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        shown.append(("question", a[2])), QMessageBox.StandardButton.No)[1])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        shown.append(("warning", a[2])), QMessageBox.StandardButton.Ok)[1])
    assert window.review.may_export() is False  # warned, and the user said no
    assert shown[-1][0] == "question" and "2 section" in shown[-1][1]
    window.settings.set("signoff_export", "refuse")
    assert window.review.may_export() is False
    assert shown[-1][0] == "warning"
    window.settings.set("signoff_export", "allow")
    assert window.review.may_export() is True
    window.settings.set("signoff_export", "refuse")
    window.review.sign_article.trigger()
    count = len(shown)
    assert window.review.may_export() is True and len(shown) == count  # all signed: no question


def test_ready_status_asks_for_sign_offs(qtbot, library, tmp_path, monkeypatch) -> None:
    window, _article = _open(qtbot, library, tmp_path)
    window.decorate()
    combo = window.side.metadata.status_combo
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])

    def choose(status: Status) -> None:  # as a person picks it in the list
        index = combo.findData(status.value)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    assert window.session.article.status == Status.DRAFT
    choose(Status.READY)
    qtbot.waitUntil(lambda: window.session.article.status == Status.DRAFT)  # refused: undone
    assert len(asked) == 1 and "not signed off" in asked[0]
    assert combo.currentData() == Status.DRAFT.value
    checks = window.review.status_checks
    choose(Status.IN_REVIEW)  # needs no sign-off: no question
    qtbot.waitUntil(lambda: window.review.status_checks > checks)
    assert window.session.article.status == Status.IN_REVIEW and len(asked) == 1
    window.review.sign_article.trigger()
    checks = window.review.status_checks
    choose(Status.READY)
    qtbot.waitUntil(lambda: window.review.status_checks > checks)
    assert window.session.article.status == Status.READY and len(asked) == 1
