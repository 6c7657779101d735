"""How much of an article an import kept, and how much page chrome it let through."""

from __future__ import annotations

import re
from collections import Counter

from hubdesk.model.article import Article

_WORD_RE = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_TARGET_RE = re.compile(r"\]\([^)]*\)")  # a link's or image's address: not words of the text


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD_RE.findall(_TARGET_RE.sub("]", text)))


def article_text(article: Article) -> str:
    """The words a reader sees of the article: title, lead, headings and sections."""
    return "\n".join([article.title, article.lead] + [f"{s.heading}\n{s.body}" for s in article.sections])


def kept_and_leaked(article: Article, expected_text: str, chrome: list[str]) -> tuple[int, int, int, int]:
    """(article words kept, article words, chrome words let through, chrome words)."""
    want, got = words(expected_text), words(article_text(article))
    return (
        sum((want & got).values()), sum(want.values()),
        sum((got - want).values()), sum(words("\n".join(chrome)).values()),
    )
