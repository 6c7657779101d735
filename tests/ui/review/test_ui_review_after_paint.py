"""The review desk as the app builds it: after the window's first paint.

Before, its place is there (the Checklist dock, the Review menu, the outline's review
columns), so the first paint looks as the finished window does; once built, the desk
follows the article opened meanwhile: its sign-offs, the outline's marks and the
checklist, without asking about a status it did not see change.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMessageBox

from hubdesk.library import signoffs
from hubdesk.model.article import Status
from hubdesk.ui.review.outline_marks import REVIEW_COLUMN
from hubdesk.ui.shell.main_window import MainWindow
from tests.checklist.articles import clean
from tests.ui_helpers import make_settings


def _marks(window) -> list[str]:
    nav = window.navigator
    return [
        nav.topLevelItem(row).toolTip(REVIEW_COLUMN).split("\n")[0]
        for row in range(nav.topLevelItemCount())
        if nav.topLevelItem(row).text(REVIEW_COLUMN)
    ]


def test_review_desk_built_after_the_opening_follows_the_article(
    qtbot, library, tmp_path, monkeypatch
) -> None:
    article = clean("fr")
    article.status = Status.READY  # asks for sign-offs when chosen: not when merely opened
    library.save_article(article)
    signoffs.sign(library, article, "Marie Curie", section=1)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    window = MainWindow(library, make_settings(tmp_path), defer_decoration=True)
    qtbot.addWidget(window)
    assert window.open_article(article.id)

    dock = window.findChild(QDockWidget, "checklistDock")  # its place, before the first paint
    assert dock is window.review_frame.dock and not hasattr(window, "review")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Review") == menus.index("&View") - 1
    assert window.review_frame.menu.isEmpty()
    assert dock.toggleViewAction() in window.view_menu.actions()
    assert (
        window.navigator.columnCount() == 4
        and window.navigator.headerItem().text(REVIEW_COLUMN) == "✓"
    )

    window.show()
    window.finish_building()  # what the app runs after the first paint
    review = window.review
    assert window.finished and review.checklist_dock is dock and dock.widget() is review.checklist
    assert [a.text() for a in window.menuBar().actions()] == menus
    assert review.sign_article in review.menu.actions() and review.mark_ai in review.menu.actions()
    assert [s.position for s in review.signing.current] == [1]  # the open article's sign-offs
    qtbot.waitUntil(lambda: _marks(window) == ["○ to sign", "✓ signed"])
    panel = review.checklist
    qtbot.waitUntil(lambda: not panel.pending and bool(panel.findings), timeout=10_000)
    missing = [f.index for f in panel.findings if f.rule == "signoff.missing"]
    assert missing == [0]  # the signed section is not listed
    review.article_changed()  # a metadata change: the status did not change, nothing asked
    qtbot.waitUntil(lambda: review.status_checks >= 1)
    assert asked == []
