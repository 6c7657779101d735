"""How many words the spell checker flags in an article, counted part by part.

Each part's count is remembered by its text (and the checker's language), so that
counting again after a keystroke only re-reads the part that changed.
"""

from __future__ import annotations

from hubdesk.model.article import Article
from hubdesk.ui.editor.spell_checker import SpellChecker

_LIMIT = 512


class MisspellingCounter:
    """Counts misspelt words with a ``SpellChecker``; None when spell check is off."""

    def __init__(self, checker: SpellChecker) -> None:
        self.checker = checker
        self._counts: dict[tuple[str, str], int] = {}
        self._used: dict[tuple[str, str], int] = {}

    def _count(self, text: str) -> int:
        key = (self.checker.language, text)
        count = self._counts.get(key)
        if count is None:
            count = sum(len(self.checker.misspelled(line)) for line in text.split("\n"))
            self._counts[key] = count
        self._used[key] = count
        return count

    def forget(self) -> None:
        """The dictionary changed (a word added or ignored): count everything again."""
        self._counts.clear()

    def count(self, article: Article | None) -> int | None:
        if article is None or not self.checker.active:
            return None
        total = self._count(article.lead) + sum(
            self._count(s.heading) + self._count(s.body) for s in article.sections)
        if len(self._counts) > len(self._used) + _LIMIT:  # only what this article needs
            self._counts = dict(self._used)
        self._used = {}
        return total
