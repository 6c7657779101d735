"""A long outline's review marks are written in slices, and end exactly as one full update."""

from __future__ import annotations

from datetime import UTC, datetime

from hubdesk.model.article import Article, Section
from hubdesk.model.provenance import SectionOrigin, section_text
from hubdesk.ui.review import outline_marks
from hubdesk.ui.review.outline_marks import ORIGIN_COLUMN, REVIEW_COLUMN
from tests.ui_helpers import make_settings, open_window

SECTIONS = 400


def _article() -> Article:
    sections = [Section(f"Part {n}", f"Text of part {n}.") for n in range(SECTIONS)]
    return Article(title="Many parts", lead="A lead.", sections=sections, language="en")


def _draft_some(article: Article) -> None:
    """Every 7th section an AI draft: unchanged since, or edited."""
    when = datetime(2026, 1, 2, tzinfo=UTC)
    for n in range(0, SECTIONS, 7):
        section = article.sections[n]
        draft = section_text(section) if n % 2 else "An older draft of this part."
        article.origins[section.id] = SectionOrigin("Chappie", draft, when)


def _rows(window) -> list[tuple[str, ...]]:
    nav = window.navigator
    rows = []
    for r in range(nav.topLevelItemCount()):
        item = nav.topLevelItem(r)
        rows.append(tuple(
            value for column in (REVIEW_COLUMN, ORIGIN_COLUMN)
            for value in (item.text(column), item.toolTip(column), item.foreground(column).color().name())))
    return rows


def test_marks_written_in_slices_equal_a_full_update(qtbot, library, tmp_path, monkeypatch) -> None:
    article = _article()
    library.save_article(article)
    settings = make_settings(tmp_path)
    settings.set("reviewer_name", "Marie Curie")
    window = open_window(qtbot, library, settings)
    assert window.open_article(article.id)
    marks = window.review.marks
    for section in (3, 10, 250):
        assert window.review.signing.sign(section)
    window.session.article.sections[10].body = "Changed after its sign-off."  # stale
    _draft_some(window.session.article)
    marks.schedule()
    qtbot.waitUntil(marks.is_done)

    monkeypatch.setattr(outline_marks, "SLICE_S", 0.0)  # 16 rows per turn of the event loop
    marks._shown.clear()
    for r in range(window.navigator.topLevelItemCount()):  # nothing shown: every row is written
        for column in (REVIEW_COLUMN, ORIGIN_COLUMN):
            window.navigator.topLevelItem(r).setText(column, "")
            window.navigator.topLevelItem(r).setToolTip(column, "")
    window.navigator.setColumnHidden(ORIGIN_COLUMN, True)
    marks.update()
    assert not marks.is_done()  # the rest comes at the next turns
    assert _rows(window)[-1][0] == ""
    qtbot.waitUntil(marks.is_done)
    sliced, states, origins = _rows(window), list(marks.states), list(marks.origins)

    monkeypatch.setattr(outline_marks, "SLICE_S", 1e9)  # the reference: every row at once
    marks._shown.clear()
    for r in range(window.navigator.topLevelItemCount()):
        window.navigator.topLevelItem(r).setText(REVIEW_COLUMN, "")
    marks.update()
    assert marks.is_done()
    assert sliced == _rows(window)
    assert (states, origins) == (marks.states, marks.origins)
    assert len(states) == SECTIONS
    assert not window.navigator.isColumnHidden(ORIGIN_COLUMN)
    symbols = [row[0] for row in sliced if row[0]]
    assert len(symbols) == SECTIONS
    assert symbols.count("✓") == 2 and symbols.count("⚠") == 1
    assert sum(1 for row in sliced if row[3].startswith("AI")) == len(range(0, SECTIONS, 7))


def test_an_edit_overtakes_a_pass_in_flight(qtbot, library, tmp_path, monkeypatch) -> None:
    article = _article()
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    marks = window.review.marks
    qtbot.waitUntil(marks.is_done)
    monkeypatch.setattr(outline_marks, "SLICE_S", 0.0)
    marks.update()
    assert not marks.is_done()
    marks.schedule()  # what an edit does: the pass in flight is dropped, a new one comes
    assert marks._pass is None
    qtbot.waitUntil(marks.is_done)
    assert len(marks.states) == SECTIONS
    assert [row[0] for row in _rows(window) if row[0]] == ["○"] * SECTIONS
