"""The article body as one Markdown text: the lead, then each section under ``## heading``.

This is what the editor shows. ``compose`` and ``parse`` are inverse: parsing the
composed text gives back the same lead and sections, and ``parse`` also reports
where each part starts so that the editor, the navigator and the preview can agree
on positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubdesk.model.article import Section

_HEADING_RE = re.compile(r"^##[ \t]+(.*?)[ \t]*#*[ \t]*$")
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


# The one heading/fence scanner: the parser below, the editor's outline tracker and the
# Markdown guard all read section headings and code fences through these.


def section_heading(line: str) -> str | None:
    """The heading of a ``## heading`` line (closing ``#`` dropped), else None.

    Says nothing about fences: a caller walking lines asks ``FenceTracker`` first.
    """
    m = _HEADING_RE.match(line)
    return m.group(1) if m else None


def is_fence(line: str) -> bool:
    """True for a line that opens or closes a fenced code block (``` or ~~~)."""
    return _FENCE_RE.match(line) is not None


def may_hold_fences(text: str) -> bool:
    """False when ``text`` surely holds no code fence (a quick test before a line scan)."""
    return "```" in text or "~~~" in text


class FenceTracker:
    """Follows fenced code blocks (``` or ~~~) line by line, as Markdown reads them."""

    def __init__(self) -> None:
        self.fence: str | None = None

    def in_code(self, line: str) -> bool:
        """True for a fence line or a line inside a fenced block."""
        m = _FENCE_RE.match(line)
        if m:
            marker = m.group(1)
            if self.fence is None:
                self.fence = marker[0] * len(marker)
            elif marker.startswith(self.fence):
                self.fence = None
            return True
        return self.fence is not None


@dataclass(frozen=True)
class Part:
    """A part of the body text: the lead (``heading is None``) or one section."""

    heading: str | None
    body: str
    start_line: int  # line of the heading (or 0 for the lead)
    end_line: int  # first line after the part


def compose(lead: str, sections: list[Section]) -> str:
    chunks = [lead.strip("\n")] if lead.strip() else []
    for s in sections:
        body = s.body.strip("\n")
        chunks.append(f"## {s.heading}\n\n{body}" if body else f"## {s.heading}")
    return "\n\n".join(chunks) + "\n" if chunks else ""


def split_parts(text: str) -> list[Part]:
    """The lead and the sections of a body text, with their line ranges."""
    lines = text.split("\n")
    starts: list[tuple[int, str]] = []
    fences = FenceTracker()
    for i, line in enumerate(lines):
        if fences.in_code(line):
            continue
        heading = section_heading(line)
        if heading is not None:
            starts.append((i, heading))
    parts: list[Part] = []
    first = starts[0][0] if starts else len(lines)
    parts.append(Part(None, "\n".join(lines[:first]).strip("\n"), 0, first))
    for n, (line_no, heading) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = "\n".join(lines[line_no + 1 : end]).strip("\n")
        parts.append(Part(heading, body, line_no, end))
    return parts


def parse(text: str, previous: list[Section] | None = None) -> tuple[str, list[Section]]:
    """Lead and sections of a body text.

    Section ids are kept from ``previous`` where the position and heading still
    match, so that history and review state follow a section while it is edited.
    """
    parts = split_parts(text)
    lead = parts[0].body
    previous = previous or []
    by_heading: dict[str, list[Section]] = {}
    for s in previous:
        by_heading.setdefault(s.heading, []).append(s)
    sections: list[Section] = []
    used: set[str] = set()
    for i, part in enumerate(parts[1:]):
        heading = part.heading or ""
        sid = None
        if i < len(previous) and previous[i].heading == heading and previous[i].id not in used:
            sid = previous[i].id
        else:
            for cand in by_heading.get(heading, []):
                if cand.id not in used:
                    sid = cand.id
                    break
            if sid is None and i < len(previous) and previous[i].id not in used:
                sid = previous[i].id
        section = Section(heading=heading, body=part.body)
        if sid:
            section.id = sid
        used.add(section.id)
        sections.append(section)
    return lead, sections
