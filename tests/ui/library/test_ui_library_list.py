"""The library list with its filter bar: filter, sort, search, reading time and progress."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubdesk.library import positions as reading
from hubdesk.model.article import Status
from hubdesk.ui.library.library_model import READING
from hubdesk.ui.library.library_panel import LibraryPanel
from tests import corpus


def make_panel(qtbot, library):
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown_ids(panel) -> list[str]:
    model = panel.model
    while model.has_more():
        model.fetchMore()
    return [model.article_id(r) for r in range(model.rowCount())]


def test_filter_sort_and_search_the_list(qtbot, library):
    arts = []
    for i in range(30):
        a = corpus.make_article(200 + 30 * i, seed=i, language="fr" if i % 2 else "en")
        a.status = list(Status)[i % 4]
        a.tags = ["climat"] if i % 3 == 0 else ["europe"]
        arts.append(a)
    arts[7].title = "Élections régionales à Lyon"
    library.save_articles(arts)
    panel = make_panel(qtbot, library)
    assert panel.model.total() == 30

    bar = panel.filters
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("published"))
    expected = {a.id for a in arts if a.status == Status.PUBLISHED}
    assert set(shown_ids(panel)) == expected and panel.model.total() == len(expected)
    assert panel.count_label.text().startswith(f"{len(expected)} ")
    bar.language_combo.setCurrentIndex(bar.language_combo.findData("fr"))
    assert set(shown_ids(panel)) == {a.id for a in arts if a.status == Status.PUBLISHED
                                     and a.language == "fr"}
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("climat"))
    assert set(shown_ids(panel)) == {a.id for a in arts if "climat" in a.tags}
    bar.sort_combo.setCurrentIndex(bar.sort_combo.findData("length"))
    ids = shown_ids(panel)
    counts = [library.load_article(i).word_count for i in ids]
    assert counts == sorted(counts, reverse=True)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(panel.search, "elections regio")  # no accents, last word unfinished
    qtbot.waitUntil(lambda: panel.model.query == "elections regio")
    assert shown_ids(panel) == [arts[7].id]
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.query == "")
    assert panel.model.total() == 30


def test_reading_time_and_progress_in_the_list(qtbot, library):
    a = corpus.make_article(2000, seed=1, language="fr")
    b = corpus.make_article(2000, seed=2, language="en")
    library.save_articles([a, b])
    reading.save_position(library, a.id, reading.ReadingPosition(3, 0.5, 0.4))
    panel = make_panel(qtbot, library)
    model = panel.model
    row_a, row_b = model.row_of(a.id), model.row_of(b.id)
    minutes_a = reading.reading_minutes(a.word_count, "fr")
    minutes_b = reading.reading_minutes(b.word_count, "en")
    assert model.index(row_a, READING).data() == f"◑ {minutes_a} min"
    assert model.index(row_b, READING).data() == f"{minutes_b} min"
    tip_a = model.index(row_a, READING).data(Qt.ItemDataRole.ToolTipRole)
    assert tip_a.endswith("40 % read.")
    assert "Not opened" in model.index(row_b, READING).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.dataChanged):
        model.set_progress(b.id, 1.0)
    assert model.index(row_b, READING).data() == f"✓ {minutes_b} min"
