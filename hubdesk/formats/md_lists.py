"""Nested lists indented by 2, 3 or 4 spaces, as writers expect.

Python-Markdown nests a list item only when it is indented by four spaces more
than its parent; writers (and CommonMark) nest with two or three. This
preprocessor re-indents the lines of a list to Python-Markdown's four-space
steps: an item indented by at least two spaces more than the item above it is its
child, and a paragraph after a blank line that starts at the item's text column
belongs to the item. Text written with four-space steps comes out unchanged.

It runs after fenced code and raw HTML are stashed (their lines are placeholders
here), and its state starts empty at each call, so a part of a document is
re-indented exactly as it is inside the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.preprocessors import Preprocessor

_ITEM_RE = re.compile(r"^( *)([*+-]|\d{1,9}\.)( +|$)")
_RULE_RE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
STEP = 4  # Python-Markdown's indent for one level


@dataclass
class _Level:
    source: int  # indent of the item's marker in the text
    content: int  # column where the item's text starts
    out: int  # indent of the marker written for Python-Markdown


class NestedLists(Preprocessor):
    """Re-indents list lines to Python-Markdown's four-space levels."""

    def run(self, lines: list[str]) -> list[str]:
        if not any(_ITEM_RE.match(line) for line in lines):
            return lines
        out: list[str] = []
        stack: list[_Level] = []
        blank = False
        for line in lines:
            if not line.strip():
                out.append(line)
                blank = True
                continue
            indent = len(line) - len(line.lstrip(" "))
            rule = _RULE_RE.match(line)
            item = None if rule else _ITEM_RE.match(line)
            if item and (stack or indent < STEP):
                level = _place(stack, indent, len(item.group(0)) if item.group(3) else indent + 2)
                out.append(" " * level.out + line[indent:])
            elif stack and blank and indent > 0 and not rule:
                out.append(_continuation(stack, indent) + line[indent:])
            else:
                if blank and indent == 0:
                    stack.clear()  # a paragraph at the margin after a blank line ends the list
                out.append(line)
            blank = False
        return out


def _place(stack: list[_Level], indent: int, content: int) -> _Level:
    """The level of an item at ``indent`` (pushed on ``stack``, or a sibling found on it)."""
    while len(stack) > 1 and indent < stack[-1].source - 1:  # back out to the item's own level
        stack.pop()
    if stack and indent >= stack[-1].source + 2:
        parent = stack[-1]
        level = _Level(indent, content, parent.out + STEP)
        stack.append(level)
        return level
    if stack:
        sibling = stack[-1]
        sibling.source, sibling.content = indent, content
        return sibling
    level = _Level(indent, content, 0)
    stack.append(level)
    return level


def _continuation(stack: list[_Level], indent: int) -> str:
    """The indent of a non-item line inside a list (its item's level, as Python-Markdown reads it)."""
    for level in reversed(stack):
        if indent >= level.source + STEP:
            return " " * (indent - level.source + level.out)  # four-space style: as written
        if indent >= level.content:
            return " " * (level.out + STEP + indent - level.content)
    return " " * indent
