"""After a structural edit the outline updates only the rows that changed, and it is
then exactly the outline a full rebuild gives."""

from __future__ import annotations

from hubdesk.ui.editor.section_navigator import ROLE_PART
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def rows(nav) -> list[tuple[str, str, int]]:
    return [
        (nav.topLevelItem(r).text(0), nav.topLevelItem(r).text(1),
         nav.topLevelItem(r).data(0, ROLE_PART))
        for r in range(nav.topLevelItemCount())
    ]


def assert_outline_is_rebuilt_one(nav) -> None:
    updated = rows(nav)
    nav.rebuild()
    assert updated == rows(nav)


def test_each_structural_edit_leaves_the_outline_a_rebuild_would_give(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    assert len(window.session.article.sections) >= 3
    heading = window.session.article.sections[0].heading  # part 1

    put_cursor_in(window, 1)
    far_row = nav.topLevelItem(nav.topLevelItemCount() - 3)  # the last section's row
    assert nav.move_current(1)
    assert nav.topLevelItem(nav.topLevelItemCount() - 3) is far_row  # kept, not rebuilt
    assert nav.topLevelItem(3).text(0) == heading
    assert_outline_is_rebuilt_one(nav)

    put_cursor_in(window, 1)
    nav.edits.add_section(0, "Ajoutée")
    assert nav.topLevelItem(3).text(0) == "Ajoutée"
    assert nav.topLevelItem(3).data(0, ROLE_PART) == 2
    assert_outline_is_rebuilt_one(nav)

    put_cursor_in(window, 2, line=2)
    assert nav.edits.split_at_cursor("Coupée")
    assert_outline_is_rebuilt_one(nav)
    assert nav.edits.merge_with_next(1)
    assert_outline_is_rebuilt_one(nav)
    assert nav.edits.delete_section(1)
    assert "Ajoutée" not in [r[0] for r in rows(nav)]
    assert_outline_is_rebuilt_one(nav)
    while window.editor.document().isUndoAvailable():
        window.editor.undo()
        assert_outline_is_rebuilt_one(nav)


def test_row_icons_are_ready_made_pictures_in_the_text_colour(qtbot, library, tmp_path):
    """The outline's icons are pictures made once (an icon-font glyph would be drawn
    again on every repaint of the outline), in the outline's text colour."""
    from hubdesk.ui.shell import icons

    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    icons.icon("mdi6.format-header-2")  # the window loads the icon font after its first paint
    nav.rebuild()
    heading_rows = [nav.topLevelItem(r) for r in range(2, nav.topLevelItemCount() - 2)]
    assert len(heading_rows) >= 2
    first = heading_rows[0].icon(0)
    assert first.availableSizes()  # a picture: a font glyph lists no sizes
    assert all(row.icon(0).cacheKey() == first.cacheKey() for row in heading_rows)
    image = first.pixmap(first.availableSizes()[0]).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c for c in drawn if c.alpha() > 128]
    assert drawn  # a glyph, not an empty picture
    text = nav.palette().text().color()
    assert max(abs(c.red() - text.red()) + abs(c.green() - text.green()) + abs(c.blue() - text.blue())
               for c in drawn) < 40


def _count_cells_fit(nav) -> None:
    """Every count is shown whole: the column is as wide as its widest cell or header."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    nav.initViewItemOption(option)
    widths = [nav.header().sectionSizeHint(1)]
    for r in range(nav.topLevelItemCount()):
        index = nav.indexFromItem(nav.topLevelItem(r), 1)
        widths.append(nav.itemDelegateForIndex(index).sizeHint(option, index).width())
    assert nav.header().sectionSize(1) == max(widths)


def test_the_count_column_follows_its_widest_count(qtbot, library, tmp_path):
    """The count column is sized from its cells (not re-measured at every change): it
    widens when a count gains digits, narrows when it loses them, after edits and undo."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    nav.headerItem().setText(1, "#")  # a header narrower than the counts
    nav.rebuild()
    _count_cells_fit(nav)
    narrow = nav.header().sectionSize(1)
    put_cursor_in(window, 1, line=1)
    window.editor.insertPlainText(" ".join(["mot"] * 12_345) + " ")
    qtbot.waitUntil(lambda: max(nav._counts) >= 12_345)
    _count_cells_fit(nav)
    assert nav.header().sectionSize(1) > narrow
    nav.edits.merge_with_next(0)
    _count_cells_fit(nav)
    while window.editor.document().isUndoAvailable():
        window.editor.undo()
    qtbot.waitUntil(lambda: nav.header().sectionSize(1) == narrow)
    _count_cells_fit(nav)
    font = nav.font()
    font.setPointSize(font.pointSize() + 6)
    nav.setFont(font)
    _count_cells_fit(nav)
    assert nav.header().sectionSize(1) > narrow


def test_counts_by_paragraph_equal_the_whole_count():
    """The outline counts a body paragraph by paragraph (remembered); the sum is the count
    of the whole text, whatever joins or splits words at line ends and blank lines."""
    import random

    from hubdesk.model.article import count_words
    from hubdesk.ui.editor.section_navigator import _body_words

    rng = random.Random(5)
    pieces = ["word", "l’été", "don't", "-", "co-op", "42", "*em*", "`x`", " ", "\n", "\n\n",
              "\n\n\n", "—", "[a](b)", "\u00ad", "\u200b", "é", "'", "’"]
    for _ in range(400):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60)))
        assert _body_words(body) == count_words(body), repr(body)
        assert _body_words(body) == count_words(body), repr(body)  # remembered: the same


def test_a_long_paragraph_is_counted_by_runs_of_lines_and_a_key_recounts_one(monkeypatch):
    """A list of thousands of items is one paragraph: it is counted by runs of lines cut
    where the text says, so a keystroke in it recounts one run, and the sum stays exact."""
    import random

    from hubdesk.model import article as article_module
    from hubdesk.model.article import count_words
    from hubdesk.ui.editor import section_navigator
    from hubdesk.ui.editor.section_navigator import _body_words

    rng = random.Random(11)
    words = ["item", "l’été", "co-op", "42", "*em*", "—", "don't", "­", " "]
    lines = [f"- {' '.join(rng.choice(words) for _ in range(rng.randrange(0, 8)))}"
             for _ in range(6_000)]
    body = "Before.\n\n" + "\n".join(lines) + "\n\nAfter."
    assert len(body) > section_navigator.LONG_PARAGRAPH_CHARS * 10
    assert _body_words(body) == count_words(body)
    counted = []
    real = article_module.count_words
    monkeypatch.setattr(section_navigator, "count_words",
                        lambda text: counted.append(len(text)) or real(text))
    for _ in range(20):  # keys typed anywhere in the list
        at = rng.randrange(len(body))
        body = body[:at] + rng.choice(["x", " ", "\n", "- y", "’"]) + body[at:]
        counted.clear()
        assert _body_words(body) == real(body)
        # A run or two recounted, never the list (runs follow the hash of their lines, so
        # their lengths vary from one process to the next: a quarter is far past any).
        assert sum(counted) < len(body) // 4


def test_the_outline_row_follows_a_structural_edit_once(qtbot, library, tmp_path):
    """During a move, a split or a merge the cursor passes through other parts; the
    outline's current row changes once, to the part the cursor ends in."""
    window = open_window(qtbot, library, make_settings(tmp_path))
    nav = window.navigator
    changes: list[int] = []
    nav.currentItemChanged.connect(lambda item, _old: changes.append(item.data(0, ROLE_PART)))
    put_cursor_in(window, 2)
    changes.clear()
    assert nav.move_current(1)
    assert changes == [3] and nav.current_part() == 3
    assert nav.currentItem() is nav.item_for_part(3)
    changes.clear()
    assert nav.edits.split_at_cursor("Coupée")
    assert changes == [4] and nav.currentItem() is nav.item_for_part(4)
    changes.clear()
    assert nav.edits.merge_with_next(2)
    assert changes == [3] and nav.currentItem() is nav.item_for_part(nav.current_part())
    window.editor.undo()
    assert nav.currentItem() is nav.item_for_part(nav.current_part())
    assert_outline_is_rebuilt_one(nav)
