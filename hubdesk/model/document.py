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

_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


def heading_text(rest: str) -> str:
    """The text of an ATX heading from what follows its opening ``#`` run, as CommonMark reads it.

    Surrounding spaces go, and so does a closing run of ``#`` -- but only a true one,
    preceded by a space or a tab (or making up the whole text): ``C#`` keeps its ``#``.
    """
    text = rest.strip(" \t")
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        return bare.rstrip(" \t")
    return text


def atx_heading(line: str, level: int = 2) -> str | None:
    """The text of ``line`` when it is a heading of exactly ``level`` (``## text`` for 2), else None."""
    if not line.startswith("#" * level):
        return None
    rest = line[level:]
    if rest and rest[0] not in " \t":  # ``###``, ``##text``: not a heading of this level
        return None
    return heading_text(rest)


def heading_line(text: str, level: int = 2) -> str:
    """The Markdown line of a heading that reads back as ``text`` (see ``atx_heading``).

    A text that itself ends in a run of ``#`` after a space (``Issue #``) gets a closing
    sequence, so that the run is not taken for one.
    """
    line = f"{'#' * level} {text}"
    if text.endswith("#") and heading_text(text) != text:
        line += " #"
    return line


# The one heading/fence scanner: the parser below, the editor's outline tracker and the
# Markdown guard all read section headings and code fences through these.


def section_heading(line: str) -> str | None:
    """The heading of a ``## heading`` line (a true closing ``#`` run dropped, ``C#`` kept), else None.

    Says nothing about fences: a caller walking lines asks ``FenceTracker`` first.
    """
    return atx_heading(line)


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
        line = heading_line(s.heading)
        chunks.append(f"{line}\n\n{body}" if body else line)
    return "\n\n".join(chunks) + "\n" if chunks else ""


# The only lines that can start a section or open or close a fence: ``##...`` and fences.
_CANDIDATE_RE = re.compile(r"^(?:##|[ \t]{0,3}(?:```|~~~))", re.MULTILINE)


def split_parts(text: str) -> list[Part]:
    """The lead and the sections of a body text, with their line ranges.

    Only the lines that may be a heading or a fence are looked at (found by one regular
    expression), and each part's body is one slice of ``text``: a text of 40,000 lines
    without a heading costs a single scan, not 40,000 Python steps.
    """
    starts: list[tuple[int, int, str]] = []  # line number, offset of the line, heading
    fences = FenceTracker()
    line_no = counted = 0
    for match in _CANDIDATE_RE.finditer(text):
        offset = match.start()
        line_no += text.count("\n", counted, offset)
        counted = offset
        end = text.find("\n", offset)
        line = text[offset:] if end < 0 else text[offset:end]
        if fences.in_code(line):
            continue
        heading = atx_heading(line)
        if heading is not None:
            starts.append((line_no, offset, heading))
    total = text.count("\n") + 1  # lines
    first_line, first_offset = (starts[0][0], starts[0][1]) if starts else (total, len(text) + 1)
    parts = [Part(None, text[: max(0, first_offset - 1)].strip("\n"), 0, first_line)]
    for n, (start_line, offset, heading) in enumerate(starts):
        newline = text.find("\n", offset)
        body_start = len(text) + 1 if newline < 0 else newline + 1
        if n + 1 < len(starts):
            end_line, body_stop = starts[n + 1][0], starts[n + 1][1] - 1
        else:
            end_line, body_stop = total, len(text)
        body = text[body_start:body_stop].strip("\n") if body_start < body_stop else ""
        parts.append(Part(heading, body, start_line, end_line))
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
