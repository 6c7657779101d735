"""The filter bar: each filter and sort, as the library list applies them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hubdesk.model.article import Status
from hubdesk.ui.library.library_filters import LibraryFilters, count_arguments
from tests import corpus


@pytest.fixture
def filled(library):
    arts = []
    for i in range(24):
        a = corpus.make_article(150 + 40 * i, seed=i, language="fr" if i % 3 else "en")
        a.status = list(Status)[i % 4]
        a.author = ("Camille Roux", "Sam Taylor")[i % 2]
        a.tags = ["ia", "climat"] if i % 4 == 0 else ["europe"]
        arts.append(a)
    library.save_articles(arts)
    return arts


def make_bar(qtbot, library):
    bar = LibraryFilters(library)
    qtbot.addWidget(bar)
    bar.show()
    return bar


def choose(qtbot, bar, combo, data):
    with qtbot.waitSignal(bar.filters_changed) as sig:
        combo.setCurrentIndex(combo.findData(data))
    return sig.args[0]


def test_choices_come_from_the_library(qtbot, library, filled):
    bar = make_bar(qtbot, library)
    items = lambda c: [c.itemText(i) for i in range(c.count())]  # noqa: E731
    assert items(bar.tag_combo) == ["Any tag", "climat", "europe", "ia"]
    assert items(bar.language_combo) == ["Any language", "English", "French"]
    assert items(bar.author_combo) == ["Any author", "Camille Roux", "Sam Taylor"]
    assert items(bar.status_combo) == ["Any status", "Draft", "In review", "Ready", "Published"]
    assert bar.filters() == {"status": None, "language": None, "tag": None, "author": None,
                             "sort": "updated", "descending": True}
    assert not bar.clear_button.isEnabled()


def test_filters_select_the_right_articles(qtbot, library, filled):
    bar = make_bar(qtbot, library)
    f = choose(qtbot, bar, bar.status_combo, "ready")
    got = library.list_articles(**f)
    assert {s.id for s in got} == {a.id for a in filled if a.status == Status.READY}
    assert library.count_articles(**count_arguments(f)) == 6
    f = choose(qtbot, bar, bar.language_combo, "en")
    assert {s.id for s in library.list_articles(**f)} == {
        a.id for a in filled if a.status == Status.READY and a.language == "en"}
    f = choose(qtbot, bar, bar.status_combo, None)
    f = choose(qtbot, bar, bar.tag_combo, "ia")
    assert {s.id for s in library.list_articles(**f)} == {
        a.id for a in filled if "ia" in a.tags and a.language == "en"}
    f = choose(qtbot, bar, bar.author_combo, "Sam Taylor")
    assert library.list_articles(**f) == []  # the "ia" articles are all by Camille Roux
    assert bar.clear_button.isEnabled()
    with qtbot.waitSignal(bar.filters_changed) as sig:
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(library.list_articles(**sig.args[0])) == 24


def test_sort_by_title_date_and_length(qtbot, library, filled):
    bar = make_bar(qtbot, library)
    f = choose(qtbot, bar, bar.sort_combo, "title")
    assert f["descending"] is False
    titles = [s.title for s in library.list_articles(**f)]
    assert titles == sorted(titles, key=str.lower)
    f = choose(qtbot, bar, bar.sort_combo, "length")
    assert f["descending"] is True
    counts = [s.word_count for s in library.list_articles(**f)]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    with qtbot.waitSignal(bar.filters_changed) as sig:
        qtbot.mouseClick(bar.order_button, Qt.MouseButton.LeftButton)
    assert sig.args[0]["descending"] is False
    counts = [s.word_count for s in library.list_articles(**sig.args[0])]
    assert counts == sorted(counts)
    f = choose(qtbot, bar, bar.sort_combo, "updated")
    stamps = [s.updated for s in library.list_articles(**f)]
    assert stamps == sorted(stamps, reverse=True)


def test_set_filters_and_refresh_keep_choices(qtbot, library, filled):
    bar = make_bar(qtbot, library)
    with qtbot.waitSignal(bar.filters_changed) as sig:
        bar.set_filters(tag="climat", sort="title")
    assert sig.args[0]["tag"] == "climat" and sig.args[0]["descending"] is False
    extra = corpus.make_article(100, seed=99)
    extra.tags = ["santé"]
    library.save_article(extra)
    bar.refresh_choices()
    assert bar.tag_combo.findData("santé") > 0
    assert bar.filters()["tag"] == "climat"
    with pytest.raises(ValueError, match="No tag"):
        bar.set_filters(tag="nope")


def test_search_and_filters_agree(library, filled):
    """The list's search field uses the store's search: accents, case, prefix and phrase."""
    target = library.load_article(filled[5].id)
    target.lead += "\n\nLes Élections européennes à Marseille, un débat régional."
    library.save_article(target)
    for query, typing in (("elections europeennes", False), ("ÉLECTIONS", False),
                          ("marseil", True), ('"europeennes a marseille"', False)):
        hits = library.search(query, typing=typing)
        assert [h.id for h in hits] == [target.id], query
    assert library.search('"marseille europeennes"') == []
    assert "[" in library.search("marseille")[0].snippet
