"""The Checklist panel in the main window: finding → jump → fix → gone, and the typography fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.checklist.articles import clean
from tests.ui_helpers import make_settings, open_window


def _open(qtbot, library, tmp_path, article):
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    window.review.checklist_dock.show()
    window.review.checklist_dock.raise_()
    panel = window.review.checklist
    qtbot.waitUntil(lambda: not panel.pending)
    return window, panel


def _rules(panel) -> list[str]:
    """The rules of the listed findings (sign-offs aside: test_ui_signoff covers them)."""
    rules = [panel.finding_at(panel.tree.topLevelItem(i)).rule
             for i in range(panel.tree.topLevelItemCount())]
    return [r for r in rules if not r.startswith("signoff.")]


def _item(panel, rule: str):
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        if panel.finding_at(item).rule == rule:
            return item
    raise AssertionError(f"no {rule} finding in {_rules(panel)}")


def test_click_a_finding_fix_it_and_it_goes(qtbot, library, tmp_path) -> None:
    article = clean("en")
    article.sections[1].body = "Cabins are larger, see [the report](http://example.org/report)."
    window, panel = _open(qtbot, library, tmp_path, article)
    assert _rules(panel) == ["link.http"]
    summary = panel.summary.text()  # two sections to sign too
    assert summary.startswith("3 finding") and "2 blocking" in summary

    item = _item(panel, "link.http")
    rect = panel.tree.visualItemRect(item)
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "http://example.org/report"
    assert window.editor.hasFocus()

    QTest.keyClicks(window.editor, "https://example.org/report")  # replaces the selection
    qtbot.waitUntil(lambda: _rules(panel) == [], timeout=3000)
    assert panel.summary.text().startswith("2 finding")
    assert "](https://example.org/report)" in window.session.article.sections[1].body


def test_lead_finding_jumps_into_the_lead_and_title_finding_to_metadata(
        qtbot, library, tmp_path) -> None:
    article = clean("fr")
    article.title = "Court"
    article.lead = article.lead.replace("d’abandon", "d'abandon")
    window, panel = _open(qtbot, library, tmp_path, article)
    assert sorted(_rules(panel)) == ["title.length", "typo.fr.apostrophe"]
    assert panel.jump_to(panel.finding_at(_item(panel, "typo.fr.apostrophe")))
    cursor = window.editor.textCursor()
    assert cursor.selectedText() == "'"
    assert window.editor.toPlainText()[cursor.selectionStart() - 1:cursor.selectionEnd() + 7] \
        == "d'abandon"
    with qtbot.waitSignal(panel.title_requested):
        panel.jump_to_item(_item(panel, "title.length"))
    qtbot.waitUntil(lambda: window.metadata_dock.isVisible())


def test_fix_typography_is_one_undoable_edit(qtbot, library, tmp_path) -> None:
    article = clean("fr")
    article.sections[0].body = "Il dit « oui » : c'est sûr ! Voir `l'code`."
    article.lead = article.lead.replace("d’abandon", "d'abandon")
    window, panel = _open(qtbot, library, tmp_path, article)
    before = window.editor.toPlainText()
    assert sorted(set(_rules(panel))) == ["typo.fr.apostrophe", "typo.fr.guillemets",
                                          "typo.fr.space"]
    assert panel.fix_button.isEnabled()
    QTest.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert _rules(panel) == []
    n = "\u202f"
    assert window.session.article.sections[0].body == \
        f"Il dit «{n}oui{n}»{n}: c’est sûr{n}! Voir `l'code`."
    assert "d’abandon" in window.session.article.lead
    assert not panel.fix_button.isEnabled()

    window.editor.undo()  # one step takes the whole fix back
    assert window.editor.toPlainText() == before
    qtbot.waitUntil(lambda: "typo.fr.space" in _rules(panel), timeout=3000)
    window.editor.redo()
    qtbot.waitUntil(lambda: _rules(panel) == [], timeout=3000)


def test_findings_follow_typing(qtbot, library, tmp_path) -> None:
    article = clean("en")
    window, panel = _open(qtbot, library, tmp_path, article)
    assert _rules(panel) == []
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    QTest.keyClicks(window.editor, " See [it](http://a.org) zzqxv.")
    assert panel.pending  # debounced: nothing is rechecked on the keystroke itself
    qtbot.waitUntil(lambda: _rules(panel) == ["link.http", "spelling.errors"], timeout=3000)
    assert "Spelling errors: 1." in _item(panel, "spelling.errors").text(1)
    runs = panel.runs
    scanned = panel.checklist.scanned
    QTest.keyClicks(window.editor, "x")
    qtbot.waitUntil(lambda: panel.runs > runs, timeout=3000)
    assert panel.checklist.scanned == scanned + 1  # only the section typed in was rescanned
