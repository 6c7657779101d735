"""Provenance through the app, from an imported page: the disclosure sets it, the outline and
the History panel show it, an edit changes it once, the export declares it per section."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from hubdesk.export.json_ld import news_article
from hubdesk.model.provenance import Origin, provenances
from hubdesk.ui.history.history_panel import HistoryPanel
from hubdesk.ui.history.provenance_rows import PROVENANCE_ROLE
from hubdesk.ui.review.outline_marks import ORIGIN_COLUMN
from tests import ROOT
from tests.ui_helpers import make_settings, open_window, put_cursor_in

PAGE = ROOT / "tests" / "fixtures" / "web_page_fr.txt"  # "… rédigé par une IA, Chappie, …"


def _origin_rows(panel: HistoryPanel) -> list[str]:
    return [panel.versions.topLevelItem(r).text(1) for r in range(panel.versions.topLevelItemCount())
            if panel.versions.topLevelItem(r).data(0, PROVENANCE_ROLE)]


def _marks(window) -> list[str]:
    nav = window.navigator
    return [nav.topLevelItem(r).toolTip(ORIGIN_COLUMN) for r in range(nav.topLevelItemCount())
            if nav.topLevelItem(r).text(ORIGIN_COLUMN)]  # the column shows "AI", its tooltip the words


def test_imported_page_keeps_its_provenance_through_edit_and_export(
        qtbot, library, tmp_path, monkeypatch) -> None:
    window = open_window(qtbot, library, make_settings(tmp_path))
    panel = HistoryPanel(window.session, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(PAGE)], ""))
    window.import_files()
    qtbot.waitUntil(lambda: window.session.article.title.startswith("Trains de nuit"),
                    timeout=5000)  # the imported page replaces the welcome article
    article = window.session.article
    count = len(article.sections)
    assert count >= 5 and article.disclosure.ai_written
    qtbot.waitUntil(lambda: _marks(window) == ["AI: Chappie"] * count, timeout=3000)
    assert _origin_rows(panel) == ["Origin: AI draft (Chappie)"]  # one entry for the import

    put_cursor_in(window, 2)  # in the second section
    QTest.keyClicks(window.editor, " Relu et complete par la redaction.")
    assert window.session.save()
    qtbot.waitUntil(lambda: len(_origin_rows(panel)) == 2, timeout=3000)
    assert _origin_rows(panel)[0].startswith("Origin: AI draft (Chappie), ")
    QTest.keyClicks(window.editor, " Oui.")
    assert window.session.save()
    assert len(_origin_rows(panel)) == 2  # the next saves add versions, not origin entries

    saved = library.load_article(article.id)
    found = provenances(saved)
    assert found[1].origin is Origin.AI_EDITED
    assert all(p.origin is Origin.AI for n, p in enumerate(found) if n != 1)
    parts = news_article(saved)["hasPart"]
    assert [p["digitalSourceType"].rsplit("/", 1)[1] for p in parts] == [
        "compositeWithTrainedAlgorithmicMedia" if n == 1 else "trainedAlgorithmicMedia"
        for n in range(count)]
