"""The part tracker agrees with a full re-read of the text after every kind of edit."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from hubdesk.model.document import split_parts
from hubdesk.ui.editor.part_tracker import PartTracker

TEXT = (
    "Lead paragraph one.\n\nLead paragraph two.\n\n## First\n\nBody one.\n\n"
    "## Second\n\nBody two, longer.\n\nAnother paragraph.\n\n## Third\n\nBody three.\n"
)
PIECES = ["a", " word", "\n", "\n\n", "## New heading\n", "#", "\n## X", "```\ncode\n", "~~~\n", ""]


def expected(doc: QTextDocument) -> list[tuple[str | None, str, int]]:
    return [(p.heading, p.body, p.start_line) for p in split_parts(doc.toPlainText())]


def tracked(tracker: PartTracker) -> list[tuple[str | None, str, int]]:
    return [(p.heading, p.body, p.start_block) for p in tracker.parts]


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_keep_the_parts_exact(qapp, seed):
    rng = random.Random(seed)
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    tracker = PartTracker(doc)
    for _ in range(150):
        cursor = QTextCursor(doc)
        length = doc.characterCount() - 1
        start = rng.randint(0, length)
        cursor.setPosition(start)
        if rng.random() < 0.3 and length:
            end = min(length, start + rng.randint(1, 12))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(PIECES))
        assert tracked(tracker) == expected(doc)


def test_typing_inside_a_section_is_local(qapp):
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    tracker = PartTracker(doc)
    seen: list[tuple[int, int, int]] = []
    tracker.parts_replaced.connect(lambda *args: seen.append(args))
    scans = tracker.full_scans
    cursor = QTextCursor(doc.findBlockByNumber(tracker.parts[2].start_block + 2))
    cursor.insertText("More ")
    cursor.insertText("\n\nNew paragraph")
    assert seen == [(2, 1, 1), (2, 1, 1)]
    assert tracker.full_scans == scans  # no full re-read for ordinary typing
    assert tracker.parts[2].body == "More \n\nNew paragraphBody two, longer.\n\nAnother paragraph."
    assert tracker.parts[3].start_block == tracker.parts[2].start_block + 8
    assert tracked(tracker) == expected(doc)


def test_adding_a_heading_reports_the_new_section(qapp):
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    tracker = PartTracker(doc)
    seen: list[tuple[int, int, int]] = []
    tracker.parts_replaced.connect(lambda *args: seen.append(args))
    cursor = QTextCursor(doc.findBlockByNumber(tracker.parts[1].start_block + 2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("\n\n## Inserted\n\nIts body.")
    assert seen == [(2, 0, 1)]  # "First" kept its body: only the new section is reported
    assert [p.heading for p in tracker.parts] == [None, "First", "Inserted", "Second", "Third"]


NO_FENCE_PIECES = ["a", " word", "\n", "\n\n", "## New heading\n", "#", "\n## X", "## ", "\n\n## Y\n\nz", ""]


@pytest.mark.parametrize("seed", range(6))
def test_structural_edits_without_fences_reread_only_the_region(qapp, seed):
    """Headings added, broken, joined and cut away in a text with no fence: the parts
    stay exact, each report turns the old list into the new one, and the whole text
    is never re-read."""
    rng = random.Random(seed)
    doc = QTextDocument()
    doc.setPlainText(TEXT * 3)
    tracker = PartTracker(doc)
    scans = tracker.full_scans
    before = tracked(tracker)
    seen: list[tuple[int, int, int]] = []
    tracker.parts_replaced.connect(lambda *args: seen.append(args))
    for _ in range(150):
        cursor = QTextCursor(doc)
        length = doc.characterCount() - 1
        start = rng.randint(0, length)
        cursor.setPosition(start)
        if rng.random() < 0.4 and length:
            end = min(length, start + rng.randint(1, 60))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        seen.clear()
        cursor.insertText(rng.choice(NO_FENCE_PIECES))
        now = tracked(tracker)
        assert now == expected(doc)
        # Applying the reports to the old list (by heading and body) gives the new one.
        rebuilt = [(h, b) for h, b, _ in before]
        for first, removed, added in seen:
            rebuilt[first : first + removed] = [(h, b) for h, b, _ in now[first : first + added]]
        assert rebuilt == [(h, b) for h, b, _ in now]
        before = now
    assert tracker.full_scans == scans
    assert tracker.region_scans > 10


def test_moving_a_section_reports_only_the_two_parts(qapp):
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    tracker = PartTracker(doc)
    seen: list[tuple[int, int, int]] = []
    tracker.parts_replaced.connect(lambda *args: seen.append(args))
    scans = tracker.full_scans
    first = doc.findBlockByNumber(tracker.parts[1].start_block).position()
    third = doc.findBlockByNumber(tracker.parts[3].start_block).position()
    cursor = QTextCursor(doc)
    cursor.setPosition(first)
    cursor.setPosition(third, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("## Second\n\nBody two, longer.\n\nAnother paragraph.\n\n## First\n\nBody one.\n\n")
    assert seen == [(1, 2, 2)]
    assert [p.heading for p in tracker.parts] == [None, "Second", "First", "Third"]
    assert tracker.full_scans == scans
    assert tracked(tracker) == expected(doc)
