"""Defuse Markdown that would make the Markdown parser recurse to death or take minutes.

Python-Markdown handles nesting by recursion and matches brackets by scanning ahead,
so thousands of nested lists or quotes end in a ``RecursionError`` after seconds,
and a few thousand ``[`` take minutes. No article needs that: ``defuse`` flattens
nesting past ``MAX_DEPTH`` levels, and keeps a paragraph holding more than
``MAX_BRACKETS`` brackets out of the parser, to be shown as plain text. Text without such
structures comes back unchanged (the check is one pass over the lines).
"""

from __future__ import annotations

import html
import logging
import re
import uuid
from dataclasses import dataclass, field

from hubdesk.model.document import FenceTracker

log = logging.getLogger(__name__)

MAX_DEPTH = 8  # nested quotes and lists kept
MAX_INDENT = 4 * MAX_DEPTH  # columns of indentation kept
MAX_BRACKETS = 200  # '[' in one paragraph before it is shown as plain text
MAX_TOTAL_BRACKETS = 10_000  # '[' in the whole text before further ones are shown as plain
# Matching brackets costs the parser about the square of their number in a paragraph;
# past this total cost, further bracket-heavy paragraphs are shown as plain text too.
BRACKET_BUDGET = 1_000_000
MAX_BLOCKS = 20_000  # paragraphs parsed as Markdown; the rest of a longer text is plain

_MARKER_RE = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?")
_MARKERS_RE = re.compile(rf"(?:{_MARKER_RE.pattern})*")
_CONTAINER_START = frozenset(" \t>-*+0123456789")


def _indent_width(line: str) -> int:
    rest = line.lstrip(" \t")
    prefix = line[: len(line) - len(rest)]
    return len(prefix) + 3 * prefix.count("\t")


def _flatten(line: str) -> str:
    """The line with its indentation and its run of quote/list markers limited."""
    if _indent_width(line) > MAX_INDENT:
        line = " " * MAX_INDENT + line.lstrip(" \t")
    pos = 0
    for _ in range(MAX_DEPTH):
        m = _MARKER_RE.match(line, pos)
        if not m or m.end() == pos:
            return line
        pos = m.end()
    markers = _MARKERS_RE.match(line, pos)  # matches the empty string at least
    rest = markers.end() if markers else pos
    return line[:pos] + line[rest:] if rest > pos else line


@dataclass
class Defused:
    """Text ready for the Markdown parser, and the paragraphs kept out of it.

    Each kept-out paragraph stands in ``text`` as a line holding only a token
    (``<nonce>x<index>``); ``restore`` puts it back as escaped plain text.
    """

    text: str
    plain: list[str] = field(default_factory=list)
    nonce: str = ""

    def restore(self, html_text: str) -> str:
        if not self.plain:
            return html_text
        token_re = re.compile(rf"(<p>)?{self.nonce}x(\d+)(</p>)?")

        def back(m: re.Match[str]) -> str:
            escaped = html.escape(self.plain[int(m.group(2))]).replace("\n", "<br>\n")
            return f"<p>{escaped}</p>" if m.group(1) and m.group(3) else escaped

        return token_re.sub(back, html_text)


def defuse(text: str) -> Defused:
    """``text`` with pathological nesting flattened and bracket floods kept out of the parser."""
    lines = text.split("\n")
    cost = total = 0

    def _flooded(brackets: int) -> bool:
        nonlocal cost, total
        if brackets > MAX_BRACKETS:
            return True
        cost += brackets * brackets
        total += brackets
        return brackets > 0 and (cost > BRACKET_BUDGET or total > MAX_TOTAL_BRACKETS)

    changed = False
    blocks = 0
    fences = FenceTracker()
    block_start, brackets = 0, 0
    flood: list[tuple[int, int]] = []  # line ranges of paragraphs with too many brackets
    for i, line in enumerate(lines):
        if fences.in_code(line):
            continue
        if not line.strip():
            if _flooded(brackets):
                flood.append((block_start, i))
            block_start, brackets = i + 1, 0
            blocks += 1
            if blocks > MAX_BLOCKS:  # the parser slows down with the square of the blocks
                flood.append((i + 1, len(lines)))
                brackets = 0
                break
            continue
        brackets += line.count("[")
        if line[0] in _CONTAINER_START:
            new = _flatten(line)
            if new != line:
                lines[i] = new
                changed = True
    if _flooded(brackets):
        flood.append((block_start, len(lines)))
    if not changed and not flood:
        return Defused(text)
    log.info("Defused Markdown nested too deeply or flooded with brackets")
    nonce = f"hubdeskplain{uuid.uuid4().hex}"
    plain: list[str] = []
    out: list[str] = []
    pos = 0
    for start, end in flood:
        out += lines[pos:start]
        out.append(f"{nonce}x{len(plain)}")
        plain.append("\n".join(lines[start:end]))
        pos = end
    out += lines[pos:]
    return Defused("\n".join(out), plain, nonce)
