"""Where a checklist finding lies in the editor's text, and applying fixes there.

The editor holds ``compose(lead, sections)``; a finding's offset counts characters
into a part's body as the model keeps it (blank lines around it stripped).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from hubdesk.checklist import Finding
from hubdesk.checklist.text_scan import apply_fixes
from hubdesk.ui.editor.part_tracker import PartTracker


def tracker_part(finding: Finding) -> int | None:
    """The tracker's part number of a finding (0 = lead), or None outside the body."""
    if finding.part == "lead":
        return 0
    if finding.part == "section" and finding.index is not None:
        return finding.index + 1
    return None


def body_start(tracker: PartTracker, part: int) -> int | None:
    """The document position where the body of ``part`` starts (as the model strips it)."""
    if not 0 <= part < len(tracker.parts):
        return None
    doc = tracker.document
    end = tracker.end_block(part)
    number = tracker.parts[part].start_block + (1 if part > 0 else 0)
    while number < end:
        block = doc.findBlockByNumber(number)
        if block.text() != "":
            return block.position()
        number += 1
    block = doc.findBlockByNumber(max(0, min(number, end) - 1))
    return block.position() + block.length() - 1


def position(tracker: PartTracker, finding: Finding) -> tuple[int, int] | None:
    """``(start, end)`` of a finding in the document, or None if it is not in the body."""
    part = tracker_part(finding)
    if part is None:
        return None
    start = body_start(tracker, part)
    if start is None:
        return None
    limit = tracker.document.characterCount() - 1
    begin = min(start + finding.offset, limit)
    return begin, min(begin + finding.length, limit)


def apply_part_fixes(tracker: PartTracker, findings: list[Finding]) -> int:
    """Apply the fixes of ``findings`` to the editor's text as one undoable edit.

    Each part with fixes has its body replaced once (last part first, so that the
    earlier positions hold). Returns the number of fixes applied.
    """
    by_part: dict[int, list[Finding]] = {}
    for finding in findings:
        part = tracker_part(finding)
        if finding.fix is not None and part is not None:
            by_part.setdefault(part, []).append(finding)
    if not by_part:
        return 0
    doc = tracker.document
    spans = []
    for part, found in by_part.items():
        start = body_start(tracker, part)
        if start is None:
            continue
        body = tracker.parts[part].body
        spans.append((start, body, apply_fixes(body, found)))
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    try:
        for start, body, fixed in sorted(spans, reverse=True):
            cursor.setPosition(start)
            cursor.setPosition(start + len(body), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(fixed)
    finally:
        cursor.endEditBlock()
    return sum(len(found) for found in by_part.values())
