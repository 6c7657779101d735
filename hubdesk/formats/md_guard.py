"""Defuse Markdown that would make the Markdown parser recurse to death or take minutes.

Python-Markdown handles nesting by recursion and matches brackets by scanning ahead,
so thousands of nested lists or quotes end in a ``RecursionError`` after seconds,
and a few thousand ``[`` take minutes. No article needs that: ``defuse`` flattens
nesting past ``MAX_DEPTH`` levels, and keeps a paragraph holding more than
``MAX_BRACKETS`` brackets out of the parser, to be shown as plain text. Text without such
structures comes back unchanged (the check is one pass over the lines).

It also makes Python-Markdown read ATX headings as CommonMark does (``## Why C#``
keeps its ``#``, ``#hashtag`` is no heading), keeps paragraphs flooded with inline
markup or with start tags that never end out of the parser, and cuts long blocks
where the parser cuts them (``md_linear``), so that rendering time grows with the text.
"""

from __future__ import annotations

import html
import logging
import re
import uuid
from dataclasses import dataclass, field

from hubdesk.formats import md_linear
from hubdesk.model.document import FenceTracker, heading_text

log = logging.getLogger(__name__)

MAX_DEPTH = 8  # nested quotes and lists kept
MAX_INDENT = 4 * MAX_DEPTH  # columns of indentation kept
MAX_BRACKETS = 200  # '[' in one paragraph before it is shown as plain text
MAX_TOTAL_BRACKETS = 10_000  # '[' in the whole text before further ones are shown as plain
# Matching brackets costs the parser about the square of their number in a paragraph;
# past this total cost, further bracket-heavy paragraphs are shown as plain text too.
BRACKET_BUDGET = 1_000_000
MAX_BLOCKS = 20_000  # paragraphs parsed as Markdown; the rest of a longer text is plain
# Characters the HTML reader may scan for the ends of start tags that have none, beyond
# eight times the text; past it, such a tag's ``<`` is written ``&lt;`` (the same character).
TAG_SCAN_BUDGET = 1_000_000
# Each inline match makes the parser copy the rest of its paragraph: past this product of
# a paragraph's inline markup characters and its length, the paragraph is plain text.
INLINE_BUDGET = 200_000_000
_INLINE_MARKUP = "*_`&<\\"

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


def _atx(line: str) -> str:
    """A line starting with ``#``, written so that Python-Markdown reads it as CommonMark does.

    Python-Markdown drops every trailing ``#`` of a heading (``## Why C#`` gives "Why C")
    and takes ``#hashtag`` for a heading; CommonMark keeps the first ``#`` and reads the
    second as text. A heading whose text ends in ``#`` gets a closing sequence; a line that
    is no heading in CommonMark gets its first ``#`` escaped.
    """
    after = line.lstrip("#")
    level = len(line) - len(after)
    if level <= 6 and (not after or after[0] in " \t"):
        text = heading_text(after)
        return f"{line[:level]} {text} #" if text.endswith("#") else line
    return "\\" + line


def _headings_read_as_commonmark(line: str) -> str:
    """``line`` with an ATX heading (possibly inside quote or list markers) fixed by ``_atx``."""
    markers = _MARKERS_RE.match(line) if line[0] in _CONTAINER_START else None
    pos = markers.end() if markers else 0
    if not line.startswith("#", pos):
        return line
    return line[:pos] + _atx(line[pos:])


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
    """``text`` with pathological nesting flattened and floods kept out of the parser.

    Floods are paragraphs with too many brackets, too much inline markup for their
    length, or start tags whose scan runs to the end of the text (``md_linear``); then
    long blocks are cut where the parser cuts them. The parser's time then grows with
    the text, not with its square.
    """
    runaway = md_linear.runaway_tag_lines(text, TAG_SCAN_BUDGET + 8 * len(text))
    defused = _defuse_structure(text, runaway)
    cut = _cut_long_blocks(defused.text)
    if cut is not None:
        defused.text = cut
    return defused


def _cut_long_blocks(text: str) -> str | None:
    """``text`` with long blocks cut where the parser cuts them, or None when none is long."""
    lines = text.split("\n")
    if len(lines) <= md_linear.LONG_BLOCK:
        return None
    fences = FenceTracker()
    long_blocks: list[tuple[int, int]] = []
    start, clean = 0, True
    for i, line in enumerate(lines):
        if fences.in_code(line):
            clean = False
        elif not line.strip():
            if clean and i - start > md_linear.LONG_BLOCK:
                long_blocks.append((start, i))
            start, clean = i + 1, True
    if clean and len(lines) - start > md_linear.LONG_BLOCK:
        long_blocks.append((start, len(lines)))
    if not long_blocks:
        return None
    log.info("Cut %d long Markdown blocks where the parser cuts them", len(long_blocks))
    return "\n".join(md_linear.split_long_blocks(lines, long_blocks))


def _defuse_structure(text: str, runaway: set[int]) -> Defused:
    """Nesting flattened, floods kept out, headings read as CommonMark.

    ``runaway`` holds the lines where a start tag's scan runs to the end of the text.
    """
    lines = text.split("\n")
    cost = total = 0
    markup = chars = 0  # inline markup characters and length of the current paragraph
    forced = False  # the current paragraph holds a runaway start tag

    def _flooded(brackets: int) -> bool:
        nonlocal cost, total
        if forced or brackets > MAX_BRACKETS or markup * chars > INLINE_BUDGET:
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
            block_start, brackets, markup, chars, forced = i + 1, 0, 0, 0, False
            blocks += 1
            if blocks > MAX_BLOCKS:  # the parser slows down with the square of the blocks
                flood.append((i + 1, len(lines)))
                brackets = 0
                break
            continue
        brackets += line.count("[")
        markup += sum(line.count(c) for c in _INLINE_MARKUP)
        chars += len(line) + 1
        forced = forced or i in runaway
        if line[0] in _CONTAINER_START:
            new = _flatten(line)
            if new != line:
                lines[i] = line = new
                changed = True
        if "#" in line:
            new = _headings_read_as_commonmark(line)
            if new != line:
                lines[i] = new
                changed = True
    if blocks <= MAX_BLOCKS and _flooded(brackets):
        flood.append((block_start, len(lines)))
    if not changed and not flood:
        return Defused(text)
    log.info("Defused Markdown nested too deeply or flooded with brackets, markup or tags")
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
