"""Provenance in the window: Paste as AI Draft, marking by hand, editing, the outline, export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from hubdesk.export.json_ld import news_article
from hubdesk.model.article import Disclosure
from hubdesk.model.provenance import Origin, SectionProvenance, provenances
from hubdesk.ui.review.outline_marks import ORIGIN_COLUMN
from tests.checklist.articles import clean
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def _open(qtbot, library, tmp_path):
    article = clean("en")
    article.disclosure = Disclosure(False, "", "", "Marie Curie")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    return window, article


def _origins(window) -> list[str]:
    nav = window.navigator
    return [nav.topLevelItem(r).toolTip(ORIGIN_COLUMN) for r in range(nav.topLevelItemCount())
            if nav.topLevelItem(r).toolTip(ORIGIN_COLUMN)]  # the words; the column shows AI / AI 40%


def test_paste_as_ai_draft_then_edit_then_export(qtbot, library, tmp_path, monkeypatch) -> None:
    window, article = _open(qtbot, library, tmp_path)
    qtbot.waitUntil(lambda: _origins(window) == ["person", "person"])
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]), ("Chappie", True))[1])
    QGuiApplication.clipboard().setText(
        "\n\n## Drafted by the assistant\n\nNight trains carry more riders every year "
        "across the continent.")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.review.paste_ai.trigger()
    assert len(asked) == 1  # the disclosure named no assistant: asked once
    qtbot.waitUntil(lambda: _origins(window) == ["person", "person", "AI: Chappie"])
    stored = library.load_article(article.id)
    assert [p.origin for p in provenances(stored)] == [Origin.PERSON, Origin.PERSON, Origin.AI]
    assert stored.sections[2].heading == "Drafted by the assistant"

    QTest.keyClicks(window.editor, " Editors checked it.")  # a person edits the draft
    qtbot.waitUntil(lambda: _origins(window)[2].startswith("AI: Chappie, ")
                    and _origins(window)[2].endswith("% edited"))
    assert window.session.save()
    saved = library.load_article(article.id)
    found = provenances(saved)[2]
    assert found.origin is Origin.AI_EDITED and 0.1 < found.edited < 0.5
    data = news_article(saved)
    assert [p["digitalSourceType"].rsplit("/", 1)[1] for p in data["hasPart"]] == [
        "digitalCreation", "digitalCreation", "compositeWithTrainedAlgorithmicMedia"]
    assert "Section 3 drafted with Chappie, reviewed by Marie Curie." in data["creditText"]
    findings = window.review.checklist
    qtbot.waitUntil(lambda: "disclosure.ai_sections" in [f.rule for f in findings.findings],
                    timeout=3000)


def test_mark_by_hand_in_the_review_menu(qtbot, library, tmp_path, monkeypatch) -> None:
    window, article = _open(qtbot, library, tmp_path)
    window.session.article.disclosure.assistant = "Chappie"  # named: nothing to ask
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("asked")))
    put_cursor_in(window, 1)
    window.review.mark_ai.trigger()
    qtbot.waitUntil(lambda: _origins(window) == ["AI: Chappie", "person"])
    assert [p.origin for p in provenances(library.load_article(article.id))] == [
        Origin.AI, Origin.PERSON]
    window.review.mark_person.trigger()
    qtbot.waitUntil(lambda: _origins(window) == ["person", "person"])
    assert [p.origin for p in provenances(library.load_article(article.id))] == [
        Origin.PERSON, Origin.PERSON]


def test_outline_right_click_menu_marks_the_section(qtbot, library, tmp_path, monkeypatch) -> None:
    window, article = _open(qtbot, library, tmp_path)
    window.session.article.disclosure.assistant = "Chappie"
    nav = window.navigator
    names = [a.objectName() for a in nav.context_menu().actions()]
    assert "markSectionAiDraft" in names and "markSectionPerson" in names
    item = next(nav.topLevelItem(r) for r in range(nav.topLevelItemCount())
                if nav.topLevelItem(r).text(0) == article.sections[1].heading)
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(item).center())
    qtbot.waitUntil(lambda: nav.current_section() == 1)
    next(a for a in nav.context_menu().actions() if a.objectName() == "markSectionAiDraft").trigger()
    qtbot.waitUntil(lambda: _origins(window) == ["person", "AI: Chappie"])


def test_the_origin_column_shows_only_with_ai_sections_and_titles_keep_their_room(
        qtbot, library, tmp_path, monkeypatch) -> None:
    window, article = _open(qtbot, library, tmp_path)
    nav = window.navigator
    qtbot.waitUntil(lambda: _origins(window) == ["person", "person"])
    assert nav.isColumnHidden(ORIGIN_COLUMN)  # a person's article: no origin column
    # The review and origin columns are narrow: the section titles keep most of the outline.
    assert nav.columnWidth(0) > nav.viewport().width() // 2
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Chappie", True))
    QGuiApplication.clipboard().setText("\n\n## Drafted\n\nA draft the assistant wrote.")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.review.paste_ai.trigger()
    qtbot.waitUntil(lambda: not nav.isColumnHidden(ORIGIN_COLUMN))
    assert _origins(window)[-1] == "AI: Chappie"
    last = next(nav.topLevelItem(r) for r in reversed(range(nav.topLevelItemCount()))
                if nav.topLevelItem(r).toolTip(ORIGIN_COLUMN))
    assert last.text(ORIGIN_COLUMN) == "AI"  # the narrow column's short form
    unnamed = SectionProvenance(Origin.AI)  # an imported disclosure that names no assistant
    assert window.review.marks.origin(unnamed) == "AI"  # never "AI: AI"
