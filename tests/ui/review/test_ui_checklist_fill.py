"""A long list of findings is filled in slices, and ends exactly as a one-shot fill."""

from __future__ import annotations

from hubdesk.model.article import Article, Section
from hubdesk.ui.review import checklist_panel
from tests.ui_helpers import make_settings, open_window

SECTIONS = 300


def _rows(panel) -> list[tuple[str, str, str, str]]:
    tree = panel.tree
    return [(item.text(0), item.text(1), item.toolTip(1), item.foreground(0).color().name())
            for item in (tree.topLevelItem(r) for r in range(tree.topLevelItemCount()))]


def test_findings_listed_in_slices_equal_a_one_shot_fill(qtbot, library, tmp_path, monkeypatch) -> None:
    sections = [Section(f"Part {n}", f"Text  of part {n} .") for n in range(SECTIONS)]
    article = Article(title="Many parts", lead="A lead.", sections=sections, language="en")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    panel = window.review.checklist
    qtbot.waitUntil(lambda: not panel.pending and len(panel.findings) > SECTIONS, timeout=20_000)
    findings = list(panel.findings)

    monkeypatch.setattr(checklist_panel, "MAX_ROWS", 10**6)  # every finding listed
    monkeypatch.setattr(checklist_panel, "SLICE_S", 0.0)  # 16 rows per turn of the event loop
    panel._shown = []
    panel._show(findings)
    assert panel.pending  # the rest of the list comes at the next turns
    assert panel.tree.topLevelItemCount() == 16
    qtbot.waitUntil(lambda: not panel.pending)
    sliced = _rows(panel)

    monkeypatch.setattr(checklist_panel, "SLICE_S", 1e9)  # the reference: all rows at once
    panel._shown = []
    panel._show(findings)
    assert not panel.pending
    assert sliced == _rows(panel)
    assert len(sliced) == len(findings)
    last = panel.tree.topLevelItem(len(findings) - 1)
    assert panel.finding_at(last) is findings[-1]


def test_new_findings_during_a_fill_start_the_list_again(qtbot, library, tmp_path, monkeypatch) -> None:
    sections = [Section(f"Part {n}", f"Text  of part {n} .") for n in range(SECTIONS)]
    article = Article(title="Many parts", lead="A lead.", sections=sections, language="en")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    panel = window.review.checklist
    qtbot.waitUntil(lambda: not panel.pending and len(panel.findings) > SECTIONS, timeout=20_000)
    findings = list(panel.findings)
    monkeypatch.setattr(checklist_panel, "SLICE_S", 0.0)
    panel._shown = []
    panel._show(findings)
    assert panel.pending
    panel._show(findings[:20])  # a newer result while the long list is being filled
    qtbot.waitUntil(lambda: not panel.pending)
    assert [panel.finding_at(panel.tree.topLevelItem(r)) for r in range(panel.tree.topLevelItemCount())] \
        == findings[:20]


def test_a_long_list_ends_with_how_many_more(qtbot, library, tmp_path, monkeypatch) -> None:
    sections = [Section(f"Part {n}", f"Text  of part {n} .") for n in range(SECTIONS)]
    article = Article(title="Many parts", lead="A lead.", sections=sections, language="en")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    panel = window.review.checklist
    qtbot.waitUntil(lambda: not panel.pending and len(panel.findings) > SECTIONS, timeout=20_000)
    findings = list(panel.findings)
    monkeypatch.setattr(checklist_panel, "MAX_ROWS", 50)
    panel._shown = []
    panel._show(findings)
    qtbot.waitUntil(lambda: not panel.pending)
    tree = panel.tree
    assert tree.topLevelItemCount() == 51
    assert [panel.finding_at(tree.topLevelItem(r)) for r in range(50)] == findings[:50]
    more = tree.topLevelItem(50)
    assert more.text(1) == f"… and {len(findings) - 50} more finding(s)"  # no translator in tests
    assert panel.finding_at(more) is None
    cursor = window.editor.textCursor().position()
    panel.jump_to_item(more)  # the row of the rest goes nowhere
    assert window.editor.textCursor().position() == cursor
    assert panel.summary.text().startswith(f"{len(findings)} finding")  # the summary counts them all
