"""The library search's terms found again in an article's text, as the search matched them.

The library's full-text search ignores case and accents, matches whole words,
``word*`` and (while typing) the last word as prefixes, and ``"a phrase"`` as words
in order. ``hit_pattern`` builds the regular expression that finds the same places
in the text once folded by ``fold`` (which keeps every character's position, so a
match's offsets are the offsets in the original text). Plain Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata

from hubdesk.library.search_query import to_fts_query

_TERM_RE = re.compile(r'"([^"]*)"(\*?)')


def _fold_char(ch: str) -> str:
    low = ch.lower()
    return unicodedata.normalize("NFD", low)[0] if len(low) == 1 else ch


# Latin letters with accents (U+00C0..U+024F) and the usual ASCII: one character each.
_FOLD = {ord(c): _fold_char(c) for c in map(chr, range(0x41, 0x250)) if _fold_char(c) != c}


def fold(text: str) -> str:
    """``text`` in lower case without accents, each character kept in its place (same length)."""
    return text.translate(_FOLD)


def hit_pattern(query: str) -> re.Pattern[str] | None:
    """A pattern finding the query's terms in ``fold(text)``; None when the query has none.

    The last word counts as a prefix unless the query ends with a space (as the search
    field does while typing).
    """
    alternatives: list[str] = []
    for m in _TERM_RE.finditer(to_fts_query(query, prefix_last=True)):
        words = [re.escape(fold(w)) for w in m.group(1).split()]
        if not words:
            continue
        body = r"\W+".join(words)
        end = r"\w*" if m.group(2) else r"(?!\w)"
        alternatives.append(rf"(?<!\w){body}{end}")
    if not alternatives:
        return None
    # Longer alternatives first, so that a phrase wins over one of its words.
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives))


def find_hits(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
              ) -> list[tuple[int, int]]:
    """Character ranges of the hits in ``text`` (between ``start`` and ``end``)."""
    folded = fold(text)
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in pattern.finditer(folded, start, stop) if m.end() > m.start()]
