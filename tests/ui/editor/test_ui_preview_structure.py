"""The preview after structural edits: the same document as one built afresh from the text.

Split, merge, move, add and delete (and their undo and redo) change the preview's
regions in place, the new parts rendered by the worker; afterwards every part must
show exactly what a fresh preview of the same article shows, with each section's
anchor numbered for where it now stands, and scrolling to a part must show its heading.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint

from hubdesk.formats.render import section_anchor
from hubdesk.model.article import Article, Section
from hubdesk.ui.editor import preview as preview_module
from hubdesk.ui.editor.preview import Preview
from tests.ui_helpers import make_settings, open_window, put_cursor_in


def _long_article() -> Article:
    body = "\n\n".join(f"Paragraph {n} of this section, long enough to wrap." for n in range(12))
    sections = [Section(f"Part {i}", f"Part {i} opens here.\n\n{body}") for i in range(8)]
    sections[2] = Section("Part 2", f"See [the reference][r] and a note.[^n]\n\n{body}")
    sections[6] = Section(
        "Part 6", f"Defines things.\n\n[r]: https://example.com/r\n\n[^n]: A note.\n\n{body}"
    )
    return Article(title="Structure", lead="The lead.", language="en", sections=sections)


def _window(qtbot, library, tmp_path):
    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 700))
    article = _long_article()
    library.save_article(article)
    assert window.open_article(article.id)
    qtbot.waitUntil(window.preview.is_complete)
    return window


def _fresh(window, article: Article) -> Preview:
    """A second preview (one per window, kept with it) showing a copy of ``article``."""
    preview = window.findChild(Preview, "fresh")
    if preview is None:
        preview = Preview(window)
        preview.setObjectName("fresh")
        preview.hide()
    copy = replace(article, sections=[replace(s) for s in article.sections])
    kept = preview_module.SYNC_CHARS
    preview_module.SYNC_CHARS = 10**9  # built here, at once
    try:
        preview.show_article(copy)
    finally:
        preview_module.SYNC_CHARS = kept
    assert preview.is_complete()
    return preview


def assert_as_fresh(qtbot, window) -> None:
    """The window's preview, once complete, is the preview of its article built afresh."""
    preview = window.preview
    qtbot.waitUntil(preview.is_complete)
    article = window.session.article
    fresh = _fresh(window, article)
    parts = len(article.sections) + 1
    assert (
        preview.region_count() == fresh.region_count() == parts + 4
    )  # title, parts, notes, credits, back to top
    for part in range(parts):
        assert preview.part_text(part) == fresh.part_text(part), part
        assert preview.anchor_names(part) == fresh.anchor_names(part), part
    for part, section in enumerate(article.sections, start=1):
        assert preview.part_text(part).split("\n")[0] == section.heading
        assert section_anchor(section.heading, part - 1) in preview.anchor_names(part)
    assert preview.credits_text() == fresh.credits_text()
    assert preview.document().toHtml() == fresh.document().toHtml()


def assert_scrolls_to_headings(window) -> None:
    preview = window.preview
    bar = preview.verticalScrollBar()
    for part, section in enumerate(window.session.article.sections, start=1):
        preview.scroll_to_part(part, 0.0)
        if bar.value() >= bar.maximum():
            break  # the end of the article: the part cannot come to the top
        assert preview.part_at_top() == (part, 0.0)
        top = preview.cursorForPosition(QPoint(60, 2)).block()
        assert top.text() == section.heading


def heads(window) -> list[str]:
    return [s.heading for s in window.session.article.sections]


def test_every_structural_edit_and_its_undo_and_redo_leave_the_preview_as_fresh(
    qtbot, library, tmp_path
):
    window = _window(qtbot, library, tmp_path)
    nav, edits = window.navigator, window.navigator.edits
    assert_as_fresh(qtbot, window)
    steps = 0

    put_cursor_in(window, 2, line=4)  # Part 1, a body paragraph
    assert edits.split_at_cursor("Split off")
    assert heads(window)[:3] == ["Part 0", "Part 1", "Split off"]
    assert not window.preview.is_complete()  # its halves are rendered by the worker
    assert_as_fresh(qtbot, window)
    assert "s5-part-3" in window.preview.anchor_names(5)  # Part 3, one further down
    steps += 1

    assert edits.merge_with_next(1)
    assert heads(window) == [f"Part {i}" for i in range(8)]
    assert_as_fresh(qtbot, window)
    assert "s4-part-3" in window.preview.anchor_names(4)
    steps += 1

    put_cursor_in(window, 3)
    nav.move_current(1)  # Part 2 (with the reference and the note) below Part 3
    assert heads(window)[2:4] == ["Part 3", "Part 2"]
    assert_as_fresh(qtbot, window)
    steps += 1

    assert edits.add_section(0, "Added") == 1
    assert_as_fresh(qtbot, window)
    assert "s9-part-7" in window.preview.anchor_names(9)
    steps += 1

    assert edits.delete_section(5)  # Part 4
    assert "Part 4" not in heads(window)
    assert_as_fresh(qtbot, window)
    assert_scrolls_to_headings(window)
    steps += 1

    for _ in range(steps):
        window.editor.undo()
        assert_as_fresh(qtbot, window)
    assert heads(window) == [f"Part {i}" for i in range(8)]
    assert_scrolls_to_headings(window)
    for _ in range(steps):
        window.editor.redo()
        assert_as_fresh(qtbot, window)
    assert_scrolls_to_headings(window)


def test_edits_one_after_another_before_the_renders_come_back(qtbot, library, tmp_path):
    window = _window(qtbot, library, tmp_path)
    edits = window.navigator.edits
    put_cursor_in(window, 6)
    window.editor.insertPlainText("Typed just before. ")  # waits for the preview's timer
    put_cursor_in(window, 2, line=4)
    assert edits.split_at_cursor("Split off")
    assert edits.merge_with_next(1)  # the split's halves not rendered yet
    put_cursor_in(window, 5, line=4)
    assert edits.split_at_cursor("Second split")
    assert_as_fresh(qtbot, window)
    assert heads(window)[4:7] == ["Part 4", "Second split", "Part 5"]
    assert "Typed just before." in window.preview.part_text(7)


def test_a_link_to_a_section_anchor_scrolls_to_its_new_place(qtbot, library, tmp_path):
    window = _window(qtbot, library, tmp_path)
    put_cursor_in(window, 2, line=4)
    assert window.navigator.edits.split_at_cursor("Split off")
    qtbot.waitUntil(window.preview.is_complete)
    preview = window.preview
    preview.verticalScrollBar().setValue(0)
    preview._scroll_to_anchor("s5-part-3")  # what a click on a link to #s5-part-3 does
    assert preview.part_at_top()[0] == 5
    assert preview.cursorForPosition(QPoint(60, 2)).block().text() == "Part 3"


def test_the_disclosure_numbers_the_ai_drafted_sections_where_they_now_stand(
    qtbot, library, tmp_path
):
    from hubdesk.model.provenance import SectionOrigin, section_text

    window = open_window(qtbot, library, make_settings(tmp_path), size=(1366, 700))
    article = _long_article()
    library.save_article(article)  # written by a person, but for one section (below)
    assert window.open_article(article.id)
    qtbot.waitUntil(window.preview.is_complete)
    drafted = window.session.article.sections[3]  # marked as the Review menu marks it
    window.session.article.origins[drafted.id] = SectionOrigin(
        "Chappie", section_text(drafted), article.created
    )
    window.preview.update_credits()
    qtbot.waitUntil(window.preview.is_complete)
    assert "Section 4 drafted with Chappie." in window.preview.credits_text()
    edits = window.navigator.edits

    put_cursor_in(window, 2, line=4)  # Part 1: its split puts Part 3 one further down
    assert edits.split_at_cursor("Split off")
    assert_as_fresh(qtbot, window)
    assert "Section 5 drafted with Chappie." in window.preview.credits_text()

    assert edits.merge_with_next(1)
    assert_as_fresh(qtbot, window)
    assert "Section 4 drafted with Chappie." in window.preview.credits_text()

    assert edits.delete_section(0)
    assert_as_fresh(qtbot, window)
    assert "Section 3 drafted with Chappie." in window.preview.credits_text()

    window.editor.undo()
    assert heads(window)[0] == "Part 0"
    assert_as_fresh(qtbot, window)
    assert "Section 4 drafted with Chappie." in window.preview.credits_text()
