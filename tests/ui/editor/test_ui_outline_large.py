"""The outline of an article of 2,000 sections: every heading, in order, with its
count, after opening and after each structural edit; the review marks follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hubdesk.importers.dispatch import import_text
from hubdesk.model.article import count_words
from hubdesk.model.document import split_parts
from hubdesk.ui.editor.section_navigator import CREDITS, DISCLOSURE, ROLE_PART, TITLE
from hubdesk.ui.review.outline_marks import REVIEW_COLUMN
from tests.ui_helpers import make_settings, open_window, put_cursor_in

SECTIONS = 2000


def _body() -> str:
    chunks = ["The lead, before any section."]
    for i in range(SECTIONS):
        chunks.append(f"## Part {i}\n\nWords of part {i} here.")
        if i % 100 == 7:  # subheadings and fenced lines stay inside their section
            chunks.append(f"### Sub {i}\n\n```\n## not a section {i}\n```\n\nMore {i} text.")
    return "\n\n".join(chunks)


def _open_large(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path))
    article = import_text(f"# Large outline\n\n{_body()}\n", markdown=True)
    library.save_article(article)
    assert window.open_article(article.id)
    qtbot.waitUntil(
        lambda: (
            window.preview.is_complete()
            and window.highlighter.is_coloured()
            and window.review.marks.is_done()
        ),
        timeout=60_000,
    )
    return window


def _rows(nav) -> list[tuple[str, str, object]]:
    return [
        (
            nav.topLevelItem(r).text(0),
            nav.topLevelItem(r).text(1),
            nav.topLevelItem(r).data(0, ROLE_PART),
        )
        for r in range(nav.topLevelItemCount())
    ]


def _expected(window) -> list[tuple[str, str, object]]:
    """The outline the editor's text calls for (title, lead, sections, closing rows)."""
    parts = split_parts(window.editor.toPlainText())
    article = window.session.article
    sections = [
        (p.heading, str(count_words(p.body) + count_words(p.heading)), n)
        for n, p in enumerate(parts)
        if n > 0
    ]
    credits = sum(1 for c in article.credits if not c.is_empty())
    return [
        (article.title, str(count_words(article.title)), TITLE),
        ("Lead", str(count_words(parts[0].body)), 0),
        *sections,
        ("Credits", str(credits), CREDITS),
        ("AI disclosure", "–", DISCLOSURE),
    ]


def test_opening_2000_sections_lists_every_heading_in_order(qtbot, library, tmp_path):
    window = _open_large(qtbot, library, tmp_path)
    nav = window.navigator
    rows = _rows(nav)
    assert len(rows) == SECTIONS + 4
    assert [r[0] for r in rows[2:-2]] == [f"Part {i}" for i in range(SECTIONS)]
    assert rows == _expected(window)
    assert rows[2][1] == "7" and rows[9][1] == "16"  # 2 + 5 words; 2 + 5 + its subsection (9)
    assert all(nav.topLevelItem(r).childCount() == 0 for r in range(len(rows)))  # one level
    sections = [nav.topLevelItem(r) for r in range(2, SECTIONS + 2)]
    assert all(item.flags() & Qt.ItemFlag.ItemIsDragEnabled for item in sections)
    assert not nav.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert {item.text(REVIEW_COLUMN) for item in sections} == {"○"}  # every mark written


def test_structural_edits_on_2000_sections_keep_the_outline_the_text(qtbot, library, tmp_path):
    window = _open_large(qtbot, library, tmp_path)
    nav = window.navigator
    far = nav.topLevelItem(SECTIONS)  # kept across edits near the top: not rebuilt

    put_cursor_in(window, 3, line=0)
    assert nav.move_current(2)  # "Part 2" two places down
    assert _rows(nav) == _expected(window)
    assert [nav.topLevelItem(r).text(0) for r in (3, 4, 5, 6)] == [
        "Part 1",
        "Part 3",
        "Part 4",
        "Part 2",
    ]

    put_cursor_in(window, 10, line=2)
    assert nav.edits.split_at_cursor("Split here")
    assert _rows(nav) == _expected(window)
    assert nav.topLevelItem(12).text(0) == "Split here"

    assert nav.edits.merge_with_next(9)
    assert _rows(nav) == _expected(window)
    assert "Split here" not in [r[0] for r in _rows(nav)]

    nav.edits.add_section(0, "Added")
    assert _rows(nav) == _expected(window)
    assert nav.topLevelItem(3).text(0) == "Added"

    assert nav.edits.delete_section(1)
    assert _rows(nav) == _expected(window)
    assert "Added" not in [r[0] for r in _rows(nav)]
    assert nav.topLevelItem(SECTIONS) is far

    # Drag the last section to the top: the outline, the text and the marks follow.
    last = nav.item_for_part(SECTIONS)
    nav.setCurrentItem(last)
    assert nav.drop_section(SECTIONS - 1, nav.item_for_part(1), nav.DropIndicatorPosition.AboveItem)
    assert nav.topLevelItem(2).text(0) == "Part 1999"
    assert _rows(nav) == _expected(window)
    qtbot.waitUntil(window.review.marks.is_done, timeout=30_000)
    assert nav.topLevelItem(2).text(REVIEW_COLUMN) == "○"
    assert len(window.review.marks.states) == SECTIONS

    while window.editor.document().isUndoAvailable():
        window.editor.undo()
        assert _rows(nav) == _expected(window)
    assert [r[0] for r in _rows(nav)[2:-2]] == [f"Part {i}" for i in range(SECTIONS)]
