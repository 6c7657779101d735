"""Reading time estimates and reading positions kept in the library."""

from __future__ import annotations

from hubdesk.library import positions as reading
from hubdesk.library.positions import ReadingPosition
from hubdesk.library.store import Library
from tests import corpus


def test_reading_minutes_follow_the_language():
    assert reading.reading_minutes(0, "fr") == 0
    assert reading.reading_minutes(1, "fr") == 1
    assert reading.reading_minutes(2000, "en") == 9  # 2000 / 238 = 8.4
    assert reading.reading_minutes(2000, "fr") == 11  # 2000 / 195 = 10.3
    assert reading.reading_minutes(2000, "xx") == reading.reading_minutes(2000, "en")


def test_position_is_kept_per_article_and_survives_reopening(library_path):
    lib = Library.open(library_path)
    a, b = corpus.make_article(500, seed=1), corpus.make_article(500, seed=2)
    lib.save_articles([a, b])
    assert reading.load_position(lib, a.id) is None
    stored = reading.save_position(lib, a.id, ReadingPosition(3, 0.25, 0.6))
    assert stored.saved
    lib.close()

    lib = Library.open(library_path)
    pos = reading.load_position(lib, a.id)
    assert pos == ReadingPosition(3, 0.25, 0.6)
    assert pos.percent == 60 and not pos.finished
    assert reading.load_position(lib, b.id) is None
    assert reading.progress_for(lib, [a.id, b.id]) == {a.id: 0.6}
    reading.clear_position(lib, a.id)
    assert reading.progress_for(lib, [a.id, b.id]) == {}
    lib.close()


def test_out_of_range_and_damaged_positions_are_tamed(library):
    stored = reading.save_position(library, "x1", ReadingPosition(0, 7.0, -2.0))
    assert (stored.section_fraction, stored.fraction) == (1.0, 0.0)
    library.set_setting("reading:x2", "{not json")
    assert reading.load_position(library, "x2") is None
    assert reading.progress_for(library, ["x1", "x2"]) == {"x1": 0.0}
    assert ReadingPosition(fraction=0.99).finished


def test_progress_for_many_articles_in_batches(library):
    ids = [f"id{n}" for n in range(1200)]
    for n in (0, 600, 1199):
        reading.save_position(library, ids[n], ReadingPosition(0, 0.0, n / 1200))
    got = reading.progress_for(library, ids)
    assert sorted(got) == sorted([ids[0], ids[600], ids[1199]])
    assert got[ids[600]] == 0.5


def test_library_list_labels(qapp):
    from hubdesk.ui.reader.reading_labels import reading_label, reading_tooltip

    assert reading_label(2000, "en", None) == "9 min"
    assert reading_label(2000, "fr", 0.0) == "◔ 11 min"
    assert reading_label(2000, "fr", 0.4) == "◑ 11 min"
    assert reading_label(2000, "fr", 0.7) == "◕ 11 min"
    assert reading_label(2000, "fr", 0.99) == "✓ 11 min"
    assert reading_tooltip(2000, "en", None) == (
        "About 9 min to read (2000 words). Not opened in the reader yet.")
    assert reading_tooltip(2000, "en", 0.25).endswith("25 % read.")
