"""Turn what a person types into a safe FTS5 query.

Words become quoted tokens (so ``AND``, ``-`` or a stray quote cannot break the
query), ``"a phrase"`` stays a phrase, ``word*`` is a prefix, and while typing the
last word is matched as a prefix too.
"""

from __future__ import annotations

import re

_TOKEN_RE = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def to_fts_query(text: str, *, prefix_last: bool = False) -> str:
    terms: list[str] = []
    tokens = list(_TOKEN_RE.finditer(text))
    for n, m in enumerate(tokens):
        last = n == len(tokens) - 1
        if m.group(1) is not None:
            words = _WORD_RE.findall(m.group(1))
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        raw = m.group(2)
        star = raw.endswith("*") or (prefix_last and last and not text.endswith(" "))
        for i, word in enumerate(_WORD_RE.findall(raw)):
            is_tail = i == len(_WORD_RE.findall(raw)) - 1
            terms.append(f'"{word}"' + ("*" if star and is_tail else ""))
    return " ".join(terms)
