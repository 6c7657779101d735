"""The welcome article, added to a new library on first launch in the user's language."""

from __future__ import annotations

import logging

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.model.article import Article, new_id, utc_now
from hubdesk.paths import resource

log = logging.getLogger(__name__)

WELCOME_KEY = "ui.welcome_added"


def welcome_article(language: str) -> Article:
    """A fresh copy of the welcome guide (``fr`` or ``en``), with new ids and today's dates."""
    from hubdesk.formats.markdown_format import markdown_to_article  # front matter: yaml, once

    name = language if language in ("fr", "en") else "en"
    path = resource("welcome", f"{name}.md")
    article = markdown_to_article(path.read_text(encoding="utf-8"), path)
    article.id = new_id()
    article.created = article.updated = utc_now()
    return article


def ensure_welcome(library: Library, language: str) -> str | None:
    """Add the welcome article to a library that never had one and is empty; its id, or None."""
    if library.get_setting(WELCOME_KEY) is not None:
        return None
    if library.count_articles() or library.count_articles(deleted=True):
        library.set_setting(WELCOME_KEY, "skipped")
        return None
    try:
        article = welcome_article(language)
        library.save_article(article, touch=False)
        library.set_setting(WELCOME_KEY, article.id)
    except (OSError, HubDeskError) as exc:
        log.error("Could not add the welcome article: %s", exc)
        return None
    log.info("Added the welcome article (%s)", language)
    return article.id
