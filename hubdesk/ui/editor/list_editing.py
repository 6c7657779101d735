"""Lists and quotes as you type: Enter continues them, Tab and Shift+Tab nest list items.

Plain functions on one line of text; ``TypingAids`` applies them to the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<delim>[.)]))(?P<gap>[ \t]+)")
_QUOTE = re.compile(r"^(?P<marker>[ \t]{0,3}(?:>[ \t]?)+)")


@dataclass(frozen=True)
class Continuation:
    """What Enter does on a list or quote line."""

    end_list: bool  # the item was empty: remove its marker instead of adding one
    prefix: str  # the marker of the line, as typed (its length is what ``end_list`` removes)
    next_prefix: str  # the marker of the new line


def list_prefix(line: str) -> re.Match[str] | None:
    return _ITEM.match(line)


def continuation(line: str, column: int) -> Continuation | None:
    """Enter pressed at ``column`` of ``line``: continue its list or quote, or end it."""
    item = _ITEM.match(line)
    if item is not None:
        prefix = item.group(0)
        if column < len(prefix):
            return None
        if item.group("number"):
            following = f"{int(item.group('number')) + 1}{item.group('delim')}"
            next_prefix = item.group("indent") + following + item.group("gap")
        else:
            next_prefix = prefix
        return Continuation(not line[len(prefix):].strip(), prefix, next_prefix)
    quote = _QUOTE.match(line)
    if quote is not None:
        prefix = quote.group("marker")
        if column < len(prefix):
            return None
        if not prefix.endswith((" ", "\t")):
            prefix_next = prefix + " "
        else:
            prefix_next = prefix
        return Continuation(not line[len(prefix):].strip(), prefix, prefix_next)
    return None


def indent_unit(line: str) -> int:
    """How far Tab moves a list item: the width of its marker and the space after it."""
    item = _ITEM.match(line)
    if item is None:
        return 0
    return len(item.group("marker")) + len(item.group("gap"))


def leading_spaces(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
