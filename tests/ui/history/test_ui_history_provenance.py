"""Sections' origin in the History panel: set on import, changed by editing, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from hubdesk.library import provenance
from hubdesk.library.provenance_events import Cause
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.history.history_panel import SECTION_SCOPE, HistoryPanel
from hubdesk.ui.history.provenance_rows import PROVENANCE_ROLE
from hubdesk.ui.shell.translations import install_translations, remove_translations
from tests import corpus

TEXT = {
    "en": {"import": "Origin: AI draft (Chappie)", "sections": "3 sections",
           "edited": "Origin: AI draft (Chappie), {} % edited",
           "detail": "Origin set on import from the disclosure on",
           "person": "Origin: written by a person", "summary": "1 change of origin.",
           "line": "Section 2 ({}): AI draft (Chappie)"},
    "fr": {"import": "Origine : brouillon IA (Chappie)", "sections": "3 sections",
           "edited": "Origine : brouillon IA (Chappie), {} % retouché",
           "detail": "Origine fixée à l’import d’après la mention IA le",
           "person": "Origine : écrite par une personne", "summary": "1 changement d’origine.",
           "line": "Section 2 ({}) : brouillon IA (Chappie)"},
}


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    assert install_translations(qapp, request.param) == request.param
    yield request.param
    remove_translations(qapp)


@pytest.fixture
def session(qtbot, library):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    s = ArticleSession(library, editor)
    s.set_autosave_delay(100)
    article = corpus.make_article(400, seed=3, sections=3)  # marked as drafted by Chappie
    library.save_article(article)  # as an import: every section recorded as an AI draft
    s.open(article.id)
    return s


def _origin_rows(panel: HistoryPanel) -> list[tuple[str, str, str]]:
    out = []
    for r in range(panel.versions.topLevelItemCount()):
        item = panel.versions.topLevelItem(r)
        if item.data(0, PROVENANCE_ROLE):
            out.append((item.text(1), item.text(2), item.data(0, PROVENANCE_ROLE)))
    return out


def _type_in_section(session: ArticleSession, index: int, text: str) -> None:
    body = session.article.sections[index].body
    cursor = session.editor.textCursor()
    cursor.setPosition(session.editor.toPlainText().index(body) + len(body))
    session.editor.setTextCursor(cursor)
    session.editor.insertPlainText(text)


def test_origin_changes_are_listed_once_not_per_save(qtbot, session, library, language) -> None:
    t = TEXT[language]
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    rows = _origin_rows(panel)
    assert [(r[0], r[1]) for r in rows] == [(t["import"], t["sections"])]  # one per import
    assert t["summary"] in panel.summary.text()
    heading = session.article.sections[1].heading
    row = next(r for r in range(panel.versions.topLevelItemCount())
               if panel.versions.topLevelItem(r).data(0, PROVENANCE_ROLE))
    panel.select_row(row)
    assert t["detail"] in panel.diff.toPlainText()
    assert t["line"].format(heading) in panel.diff.toPlainText()
    assert not panel.restore_button.isEnabled()

    _type_in_section(session, 1, " Une phrase ajoutée par la rédaction.")
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    qtbot.waitUntil(lambda: len(_origin_rows(panel)) == 2)
    change, part, _detail = _origin_rows(panel)[0]  # newest first
    share = round(float(library.connection.execute(
        "SELECT edited FROM provenance_events ORDER BY id DESC LIMIT 1").fetchone()[0]) * 100)
    assert 0 < share < 25
    assert (change, part) == (t["edited"].format(share), heading)

    _type_in_section(session, 1, " Encore")  # same origin, same quarter: no new entry
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    assert len(_origin_rows(panel)) == 2
    versions = [panel.versions.topLevelItem(r) for r in range(panel.versions.topLevelItemCount())]
    assert sum(1 for v in versions if v.data(0, PROVENANCE_ROLE) is None) == 6  # 4 + 2 saves

    panel.scope.setCurrentIndex(SECTION_SCOPE)  # the cursor is in section 2
    assert [(r[0], r[1]) for r in _origin_rows(panel)] == [
        (t["edited"].format(share), heading), (t["import"], heading)]

    provenance.mark_person(library, session.article, [1])
    panel.refresh()
    assert _origin_rows(panel)[0][0] == t["person"]
    provenance.mark_drafted(library, session.article, [1], "Chappie", Cause.PASTE)
    panel.refresh()
    assert len(_origin_rows(panel)) == 4
