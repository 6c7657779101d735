"""The body text: lead and sections composed into one Markdown text and parsed back."""

from __future__ import annotations

from hubdesk.model.article import Section
from hubdesk.model.document import compose, parse, split_parts


def test_compose_then_parse_is_identity():
    sections = [Section("Un", "Corps *un*.\n\nDeux paragraphes."), Section("Deux", ""),
                Section("Trois", "- liste\n- encore")]
    text = compose("Chapô.\n\nSuite du chapô.", sections)
    assert text.startswith("Chapô.\n\nSuite du chapô.\n\n## Un\n\nCorps *un*.")
    lead, back = parse(text, sections)
    assert lead == "Chapô.\n\nSuite du chapô."
    assert back == sections
    assert [s.id for s in back] == [s.id for s in sections]


def test_headings_inside_code_fences_are_not_sections():
    text = "Lead\n\n## Real\n\n```\n## not a heading\n```\n\n~~~~\n## nor this\n~~~~\n"
    lead, sections = parse(text)
    assert lead == "Lead"
    assert [s.heading for s in sections] == ["Real"]
    assert "## not a heading" in sections[0].body


def test_split_parts_reports_line_ranges():
    text = "L1\nL2\n\n## A\nbody a\n\n## B\nbody b\n"
    parts = split_parts(text)
    assert [(p.heading, p.start_line, p.end_line) for p in parts] == [
        (None, 0, 3), ("A", 3, 6), ("B", 6, 9)
    ]


def test_ids_follow_moved_and_renamed_sections():
    a, b, c = Section("A", "a"), Section("B", "b"), Section("C", "c")
    # B moved to the front: ids follow the headings.
    _, moved = parse(compose("", [b, a, c]), [a, b, c])
    assert [s.id for s in moved] == [b.id, a.id, c.id]
    # A renamed in place: it keeps its id by position.
    _, renamed = parse(compose("", [Section("A2", "a"), b, c]), [a, b, c])
    assert [s.id for s in renamed] == [a.id, b.id, c.id]


def test_empty_text():
    assert compose("", []) == ""
    assert parse("") == ("", [])
