"""Comparing two texts as lists of words: what typing one place in a long text leaves the same.

Word-by-word matching (difflib) grows with the square of the length; typing changes one
place, so the common start and end are trimmed first, in linear time, and only what is
left between them is matched.
"""

from __future__ import annotations

import difflib


def common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many words ``a`` and ``b`` share at their start, and then at their end."""
    n = min(len(a), len(b))
    start = 0
    while start < n and a[start] == b[start]:
        start += 1
    end = 0
    while end < n - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return start, end


def matched(a: list[str], b: list[str]) -> int:
    """Words of ``a`` found in ``b`` in the same order, matched word by word (difflib)."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())
