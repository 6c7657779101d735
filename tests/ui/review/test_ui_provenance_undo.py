"""A section brought back by Undo is the same section: same id, so its AI origin shows again."""

from __future__ import annotations

from datetime import UTC, datetime

from hubdesk.model.article import Article, Section
from hubdesk.model.provenance import Origin, SectionOrigin, provenances, section_text
from tests.ui_helpers import make_settings, open_window


def _window(qtbot, library, tmp_path):
    sections = [Section(f"Part {n}", f"Text of part {n}, long enough to read.") for n in range(4)]
    article = Article(title="Origins", lead="A lead.", sections=sections, language="en")
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    assert window.open_article(article.id)
    drafted = window.session.article.sections[2]
    when = datetime(2026, 1, 2, tzinfo=UTC)
    window.session.article.origins[drafted.id] = SectionOrigin("Chappie", section_text(drafted), when)
    return window, drafted.id


def _state(window) -> list[tuple[str, str, Origin]]:
    article = window.session.article
    return [(s.heading, s.id, p.origin) for s, p in zip(article.sections, provenances(article), strict=True)]


def test_merge_then_undo_brings_back_the_drafted_section_with_its_id_and_origin(
    qtbot, library, tmp_path
) -> None:
    window, drafted = _window(qtbot, library, tmp_path)
    start = _state(window)
    assert start[2] == ("Part 2", drafted, Origin.AI)
    assert window.navigator.edits.merge_with_next(1)  # Part 2 goes into Part 1
    assert [h for h, _, _ in _state(window)] == ["Part 0", "Part 1", "Part 3"]
    assert drafted not in [i for _, i, _ in _state(window)]
    window.editor.undo()
    assert _state(window) == start
    window.editor.redo()
    window.editor.undo()
    assert _state(window) == start


def test_delete_then_undo_brings_it_back_too_and_a_new_section_gets_a_new_id(
    qtbot, library, tmp_path
) -> None:
    window, drafted = _window(qtbot, library, tmp_path)
    start = _state(window)
    assert window.navigator.edits.delete_section(2)
    window.editor.undo()
    assert _state(window) == start
    assert window.navigator.edits.add_section(3, "Part 2") == 4  # same heading, other text
    ids = [i for _, i, _ in _state(window)]
    assert len(set(ids)) == 5 and ids[:4] == [i for _, i, _ in start]
    assert _state(window)[4][2] is Origin.PERSON
