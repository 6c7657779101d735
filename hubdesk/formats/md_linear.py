"""Two input shapes on which Python-Markdown's time grows with the square of the text.

- **Long blocks split a line at a time.** Python-Markdown takes a block (lines between
  blank lines), lets a processor take a heading, a rule or a Setext heading off its
  head, and puts the rest back; every processor's test then reads the whole rest
  again (the tables test splits it into rows). Thousands of ``-`` lines in one block
  cost minutes. ``split_long_blocks`` puts a blank line exactly where the parser would
  cut such a block anyway, so the HTML is the same and each line is read a bounded
  number of times. Blocks of ``LONG_BLOCK`` lines or fewer are left alone.
- **Start tags that never end.** The HTML block reader scans each ``<a`` for the end of
  its tag; when none comes the scan runs to the end of the text and the reader moves
  on by one character, so ``<a <a <a …`` costs the square of its length.
  ``unclosed_tag_starts`` finds those scans (with the parser's own pattern, each text
  position read about once) and, past a budget proportional to the text, the guard
  keeps their paragraphs out of the parser, shown as the plain text they are.
"""

from __future__ import annotations

import bisect
import re
from html.parser import (  # type: ignore[attr-defined]  # the pattern Python-Markdown's reader uses
    locatestarttagend_tolerant,
)

from hubdesk.model.document import FenceTracker

LONG_BLOCK = 64  # lines in one block before it is cut where the parser would cut it
_HASH_RE = re.compile(r"#{1,6}")  # Python-Markdown's ATX heading: any line starting with #
_SETEXT_RE = re.compile(r"(?:=+|-+)[ ]*$")
_HR_RE = re.compile(
    r"[ ]{0,3}(?=(?P<rule>(-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))(?P=rule)[ ]*$"
)
_TAG_OPEN_RE = re.compile(r"<[a-zA-Z]")
_INCOMPLETE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ=/")


def _cuts_in_block(lines: list[str]) -> list[int]:
    """The lines of one block before which the parser cuts it (a blank line goes there).

    The parser's order is followed: an ATX
    heading anywhere splits the block around it; then, at the head of what is left, a
    line and its Setext underline; else the first rule splits what is left around it.
    A head that starts an indented code block or a table stops the cutting (the parser
    takes those whole).
    """
    if lines[0].startswith(("    ", "\t")) or "|" in lines[0]:
        return []  # code, list content or a table: the parser takes these first
    cuts: list[int] = []
    segment_start = 0
    segments: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if _HASH_RE.match(line):
            segments.append((segment_start, i))
            cuts += [i, i + 1]
            segment_start = i + 1
    segments.append((segment_start, len(lines)))
    for start, end in segments:
        cuts += _cuts_in_segment(lines, start, end)
    return sorted({c for c in cuts if 0 < c < len(lines)})


def _cuts_in_segment(lines: list[str], start: int, end: int) -> list[int]:
    cuts: list[int] = []
    next_rule = start
    s = start
    while s < end:
        head = lines[s]
        if head.startswith(("    ", "\t")) or "|" in head:
            break
        if s + 1 < end and _SETEXT_RE.match(lines[s + 1]):
            s += 2
            cuts.append(s)
            continue
        next_rule = max(next_rule, s)
        while next_rule < end and not _HR_RE.match(lines[next_rule]):
            next_rule += 1
        if next_rule == end:
            break
        cuts += [next_rule, next_rule + 1]
        s = next_rule + 1
    return cuts


def split_long_blocks(lines: list[str], long_blocks: list[tuple[int, int]]) -> list[str]:
    """``lines`` with a blank line wherever the parser cuts one of ``long_blocks`` (line ranges)."""
    out: list[str] = []
    pos = 0
    for a, b in long_blocks:
        out += lines[pos:a]
        block = lines[a:b]
        last = 0
        for cut in _cuts_in_block(block):
            out += block[last:cut]
            out.append("")
            last = cut
        out += block[last:]
        pos = b
    out += lines[pos:]
    return out


def runaway_tag_lines(text: str, budget: int) -> set[int]:
    """Lines holding a ``<`` whose tag scan runs to the end, once scanning passes ``budget``."""
    if "<" not in text:
        return set()
    offsets: list[int] = []  # the offset of each line
    fenced: list[tuple[int, int]] = []  # character ranges of fenced code (never scanned)
    fences = FenceTracker()
    offset = 0
    for line in text.split("\n"):
        offsets.append(offset)
        if fences.in_code(line):
            fenced.append((offset, offset + len(line) + 1))
        offset += len(line) + 1
    return {bisect.bisect_right(offsets, p) - 1 for p in unclosed_tag_starts(text, fenced, budget)}


def unclosed_tag_starts(text: str, skip: list[tuple[int, int]], budget: int) -> list[int]:
    """Offsets of ``<`` whose tag scan runs to the end, once the scanning passes ``budget``.

    ``skip`` holds sorted character ranges the parser never scans (fenced code).
    """
    found: list[int] = []
    cost = 0
    resume = 0  # the parser has consumed everything before this offset
    run_end = -1  # the end of the last scan that found no end of tag
    ranges = iter(skip)
    current = next(ranges, None)
    for m in _TAG_OPEN_RE.finditer(text):
        p = m.start()
        while current is not None and current[1] <= p:
            current = next(ranges, None)
        if p < resume or (current is not None and current[0] <= p):
            continue
        if p < run_end:  # inside a scan that ran on: this one runs on as far
            cost += run_end - p
        else:
            end = locatestarttagend_tolerant.match(text, p).end()
            following = text[end : end + 1]
            if following and following not in _INCOMPLETE:
                resume = end + 1 if following == ">" else end
                continue
            if following == "/" and text.startswith("/>", end):
                resume = end + 2
                continue
            run_end = end
            cost += end - p
        if cost > budget:
            found.append(p)
    return found
