"""Fix typography: the as-you-type rules (``typography.substitute``) applied to text already written.

``fix_typography(text, language)`` lists each change the rules would make, as if
every line had been typed again, without making it: the caller shows the list,
the writer chooses, and ``apply_changes`` makes the chosen ones. Text that is not
prose is never changed: front matter, fenced and indented code, inline code
spans, URLs and link targets, HTML tags, link reference definitions and table
delimiter rows. Applying the fix to its own result changes nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from hubdesk.formats.typography import is_literal, substitute
from hubdesk.model.document import FenceTracker
from hubdesk.patterns import lazy_pattern

_TRIGGERS = set("'\".;:!?[")
_IN_TAG = lazy_pattern(r"<[A-Za-z/!][^>]*$")  # inside an HTML tag or comment
_IN_LINK = lazy_pattern(r"\]\([^)]*$")  # inside a link's target and title
_SKIPPED_LINE = lazy_pattern(
    r"^(?: {4}|\t)"  # indented code (or a deeply nested list line: left as it is)
    r"|^ {0,3}\[[^\]]+\]:"  # a link reference definition, a footnote or abbreviation definition
    r"|^ {0,3}\*\[[^\]]+\]:"
    r"|^ {0,3}<"  # an HTML block
    r"|^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$"  # a table's delimiter row
)
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
CONTEXT = 24  # characters shown on each side of a change


@dataclass(frozen=True)
class Change:
    """One replacement: ``text[start:end]`` (``before``) becomes ``after``."""

    start: int
    end: int
    before: str
    after: str
    line: int  # the line it is on, from 0
    left: str  # the text just before it on its line
    right: str  # the text just after it on its line


def fix_line(language: str, line: str) -> str:
    """One line as the typography rules would have typed it (prose only: see the module)."""
    out = ""
    for char in line:
        if char in _TRIGGERS and not _literal(out):
            found = substitute(language, out, char)
            if found is not None:
                count, replacement = found
                out = (out[:-count] if count else out) + replacement
                continue
        out += char
    return out


def _literal(before: str) -> bool:
    return is_literal(before) or bool(_IN_TAG().search(before) or _IN_LINK().search(before))


def fix_typography(text: str, language: str, start: int = 0, end: int | None = None) -> list[Change]:
    """The changes the rules of ``language`` make to the prose of ``text`` between ``start`` and ``end``."""
    stop = len(text) if end is None else end
    changes: list[Change] = []
    lines = text.split("\n")
    skip_to = _front_matter_end(lines)
    fences = FenceTracker()
    offset = 0
    for number, line in enumerate(lines):
        line_start, offset = offset, offset + len(line) + 1
        if number < skip_to or fences.in_code(line) or _SKIPPED_LINE().match(line):
            continue
        if line_start >= stop or offset <= start:
            continue
        fixed = fix_line(language, line)
        if fixed == line:
            continue
        matcher = SequenceMatcher(None, line, fixed, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal" or line_start + i1 < start or line_start + i2 > stop:
                continue
            changes.append(Change(
                line_start + i1, line_start + i2, line[i1:i2], fixed[j1:j2], number,
                line[max(0, i1 - CONTEXT):i1], line[i2:i2 + CONTEXT]))
    return changes


def _front_matter_end(lines: list[str]) -> int:
    """The number of lines of a YAML (``---``) or TOML (``+++``) front matter at the top, or 0."""
    closers = _FRONT_MATTER.get(lines[0].rstrip()) if lines else None
    if closers is None:
        return 0
    for n in range(1, len(lines)):
        if lines[n].rstrip() in closers:
            return n + 1
    return 0  # never closed: not front matter


def apply_changes(text: str, changes: list[Change]) -> str:
    """``text`` with the given changes made (any subset of one ``fix_typography`` list)."""
    out = []
    at = 0
    for change in sorted(changes, key=lambda c: c.start):
        out.append(text[at:change.start])
        out.append(change.after)
        at = change.end
    out.append(text[at:])
    return "".join(out)
