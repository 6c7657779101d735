"""How many words the spell checker flags in an article, counted part by part.

Each part's count is remembered by its text (and the checker's language and
words), so that counting again after a keystroke only re-reads the part that
changed. ``counting()`` is called on the UI thread and gives a function that the
checklist's worker calls: it counts with a frozen copy of the checker, so the
editor may switch language or learn a word meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from hubdesk.model.article import Article
from hubdesk.pacing import pause
from hubdesk.ui.editor.spell_checker import SpellChecker

_LIMIT = 512


class MisspellingCounter:
    """Counts misspelt words with a ``SpellChecker``; None when spell check is off."""

    def __init__(self, checker: SpellChecker) -> None:
        self.checker = checker
        self._counts: dict[tuple[str, int, str], int] = {}
        self._used: dict[tuple[str, int, str], int] = {}
        self._lock = threading.Lock()  # the worker and a synchronous run may both count

    def _count(self, checker: SpellChecker, text: str) -> int:
        key = (checker.language, checker.version, text)
        count = self._counts.get(key)
        if count is None:
            pause()
            count = sum(len(checker.misspelled(line)) for line in text.split("\n"))
            self._counts[key] = count
        self._used[key] = count
        return count

    def forget(self) -> None:
        """Count everything again (the words are also keyed by the checker's version)."""
        with self._lock:
            self._counts.clear()

    def counting(self) -> Callable[[Article], int | None]:
        """On the UI thread: a counter of ``article`` with the checker as it is now."""
        if not self.checker.active:
            return lambda _article: None
        frozen = self.checker.frozen()
        return lambda article: self.count(article, frozen)

    def count(self, article: Article | None, checker: SpellChecker | None = None) -> int | None:
        checker = checker or self.checker
        if article is None or not checker.active:
            return None
        with self._lock:
            total = self._count(checker, article.lead) + sum(
                self._count(checker, s.heading) + self._count(checker, s.body)
                for s in article.sections)
            if len(self._counts) > len(self._used) + _LIMIT:  # only what this article needs
                self._counts = dict(self._used)
            self._used = {}
        return total
