"""No silent duplicates: what an import does with an article the library already holds.

An imported article is a duplicate of one in the library (or earlier in the same
import) when it comes from the same web address (its canonical URL), or when it has
the same title and the same text (whitespace and case aside). The user picks what
happens: ``skip`` it (the default), ``update`` the existing article with it (same
id, so its history keeps the change), or ``keep`` both.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from hubdesk.library.import_lookup import articles_with_source
from hubdesk.library.store import Library
from hubdesk.model.article import Article, new_id, utc_now

log = logging.getLogger(__name__)

_SPACE_RE = re.compile(r"\s+")


class Duplicates(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    KEEP = "keep"


class Outcome(StrEnum):
    NEW = "new"
    SKIPPED = "skipped"  # already there; nothing written
    UPDATED = "updated"  # the existing article was replaced by the imported one
    KEPT = "kept"  # already there; imported beside it as a new article
    UNCHANGED = "unchanged"  # the very same article (same id, same content): nothing to do


def text_key(article: Article) -> str:
    """A digest of the article's title and text, whitespace and case aside."""
    parts = [article.title, article.lead] + [f"{s.heading}\n{s.body}" for s in article.sections]
    text = _SPACE_RE.sub(" ", "\n".join(parts)).strip().casefold()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DuplicateFinder:
    """Finds the article an imported one duplicates, in the library or earlier in the batch."""

    library: Library
    batch: list[Article] = field(default_factory=list)

    def _same(self, candidate: Article, article: Article) -> bool:
        if article.canonical_url and candidate.canonical_url == article.canonical_url:
            return True
        return candidate.title == article.title and text_key(candidate) == text_key(article)

    def find(self, article: Article) -> Article | None:
        for earlier in self.batch:
            if self._same(earlier, article):
                return earlier
        for article_id in articles_with_source(self.library, article.title, article.canonical_url):
            candidate = self.library.load_article(article_id)
            if self._same(candidate, article):
                return candidate
        return None

    def decide(self, article: Article, policy: Duplicates) -> tuple[Outcome, Article | None]:
        """What to do with ``article``: the outcome, and the existing article it duplicates.

        For ``UPDATE`` the article takes the existing one's id (and its creation time);
        for ``KEEP`` it gets a new id if its own is taken. ``NEW``, ``UPDATED`` and
        ``KEPT`` articles are to be written; they are remembered for the rest of the batch.
        """
        if self.library.has_article(article.id):
            existing: Article | None = self.library.load_article(article.id)
        else:
            existing = next((b for b in self.batch if b.id == article.id), None)
        if existing is not None and existing == article:
            return Outcome.UNCHANGED, existing
        # A changed copy of an article (same id, other text) is a new article, not a
        # duplicate: only the same web address or the same text makes one.
        existing = self.find(article)
        if existing is None:
            outcome = Outcome.NEW
        elif policy is Duplicates.SKIP:
            return Outcome.SKIPPED, existing
        elif policy is Duplicates.UPDATE:
            article.id = existing.id
            article.created = existing.created
            article.status = existing.status
            if replace(article, updated=existing.updated) == existing:
                return Outcome.UNCHANGED, existing
            article.updated = utc_now()
            outcome = Outcome.UPDATED
        else:
            outcome = Outcome.KEPT
        if outcome is not Outcome.UPDATED and (
            self.library.has_article(article.id) or any(b.id == article.id for b in self.batch)
        ):
            article.id = new_id()
        self.batch = [b for b in self.batch if b.id != article.id] + [article]
        return outcome, existing
