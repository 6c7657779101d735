"""A long list of findings is filled in slices, and ends exactly as a one-shot fill."""

from __future__ import annotations

from hubdesk.checklist import Finding
from hubdesk.model.article import Article, Section
from hubdesk.ui.review import checklist_panel
from tests.ui_helpers import make_settings, open_window

SECTIONS = 300


def _rows(panel) -> list[tuple[str, str, str, str]]:
    tree = panel.tree
    return [(item.text(0), item.text(1), item.toolTip(1), item.foreground(0).color().name())
            for item in (tree.topLevelItem(r) for r in range(tree.topLevelItemCount()))]


def _open_many_findings(qtbot, library, tmp_path):
    """A window on an article of SECTIONS parts, each with findings; its panel and findings."""
    sections = [Section(f"Part {n}", f"Text  of part {n} .") for n in range(SECTIONS)]
    article = Article(title="Many parts", lead="A lead.", sections=sections, language="en")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    panel = window.review.checklist
    qtbot.waitUntil(lambda: not panel.pending and len(panel.findings) > SECTIONS, timeout=20_000)
    return window, panel, list(panel.findings)


def test_findings_listed_in_slices_equal_a_one_shot_fill(qtbot, library, tmp_path, monkeypatch) -> None:
    window, panel, findings = _open_many_findings(qtbot, library, tmp_path)

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
    window, panel, findings = _open_many_findings(qtbot, library, tmp_path)
    monkeypatch.setattr(checklist_panel, "SLICE_S", 0.0)
    panel._shown = []
    panel._show(findings)
    assert panel.pending
    panel._show(findings[:20])  # a newer result while the long list is being filled
    qtbot.waitUntil(lambda: not panel.pending)
    assert [panel.finding_at(panel.tree.topLevelItem(r)) for r in range(panel.tree.topLevelItemCount())] \
        == findings[:20]


def test_a_long_list_ends_with_how_many_more(qtbot, library, tmp_path, monkeypatch) -> None:
    window, panel, findings = _open_many_findings(qtbot, library, tmp_path)
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


def test_findings_past_the_listed_rows_change_only_the_count(qtbot, library, tmp_path, monkeypatch) -> None:
    window, panel, findings = _open_many_findings(qtbot, library, tmp_path)
    monkeypatch.setattr(checklist_panel, "MAX_ROWS", 50)
    panel._shown = []
    panel._show(findings)
    qtbot.waitUntil(lambda: not panel.pending)
    tree = panel.tree
    first_row = tree.topLevelItem(0)

    # Past the 50 rows the findings change (one gone, the others in other parts): the rows stay.
    later = findings[:50] + [f.moved("section", 0) for f in findings[51:]]
    panel._show(later)
    assert not panel.pending
    assert tree.topLevelItem(0) is first_row  # not listed again
    assert tree.topLevelItemCount() == 51
    assert tree.topLevelItem(50).text(1) == f"… and {len(later) - 50} more finding(s)"
    assert panel.finding_at(tree.topLevelItem(49)) is later[49]

    # A blocking finding far past the rows still counts in the summary.
    blocking = sum(1 for f in later if f.blocks)
    error = Finding("link.malformed", "section", SECTIONS - 1, 0, 1, {"url": "http://["})
    assert error.blocks
    panel._show(later + [error])
    assert tree.topLevelItem(0) is first_row
    assert panel.summary.text() == f"{len(later) + 1} finding(s), {blocking + 1} blocking publication."

    # Back to 50 findings: the count row goes, the rows stay.
    panel._show(later[:50])
    assert tree.topLevelItemCount() == 50
    assert tree.topLevelItem(0) is first_row
