"""Turn what a person types into a safe FTS5 query.

Words become quoted tokens (so ``AND``, ``-`` or a stray quote cannot break the
query), ``"a phrase"`` stays a phrase, ``word*`` is a prefix, and while typing the
last word is matched as a prefix too.

The query stays small whatever is pasted: a term given twice is kept once (``a a a``
asks no more than ``a``, and FTS5 pays for each copy against every row holding it),
at most ``MAX_TERMS`` terms are kept, and a phrase keeps its first ``MAX_PHRASE_WORDS``
words. Building it is one pass over the text.
"""

from __future__ import annotations

import re

MAX_TERMS = 64  # terms (words, prefixes, phrases) in one query
MAX_PHRASE_WORDS = 64  # words in one phrase

_TOKEN_RE = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def _terms(text: str, prefix_last: bool):
    """Each FTS5 term of ``text`` in order, repeats included."""
    tokens = _TOKEN_RE.finditer(text)
    m = next(tokens, None)
    while m is not None:
        following = next(tokens, None)
        if m.group(1) is not None:
            words = _WORD_RE.findall(m.group(1))[:MAX_PHRASE_WORDS]
            if words:
                yield '"' + " ".join(words) + '"'
        else:
            raw = m.group(2)
            last = following is None
            star = raw.endswith("*") or (prefix_last and last and not text.endswith(" "))
            words = _WORD_RE.findall(raw)
            for i, word in enumerate(words):
                yield f'"{word}"' + ("*" if star and i == len(words) - 1 else "")
        m = following


def to_fts_query(text: str, *, prefix_last: bool = False) -> str:
    kept: dict[str, None] = {}
    for term in _terms(text, prefix_last):
        if len(kept) >= MAX_TERMS:
            break
        kept.setdefault(term)
    return " ".join(kept)
