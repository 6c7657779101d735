"""Help ▸ User Guide: the welcome article, in the interface language.

The welcome article added on first launch is the guide. If the writer deleted it
(or it is in the other language), a fresh copy is added to the library and kept
as the guide of that language from then on.
"""

from __future__ import annotations

import logging

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.ui.shell.welcome import WELCOME_KEY, welcome_article

log = logging.getLogger(__name__)

GUIDE_KEY = "ui.user_guide."


def _usable(library: Library, article_id: str | None, language: str) -> bool:
    if not article_id or not library.has_article(article_id) or library.is_deleted(article_id):
        return False
    try:
        return library.load_article(article_id).language == language
    except HubDeskError:
        return False


def guide_article_id(library: Library, language: str) -> str:
    """The id of the guide in ``language`` (``fr`` or ``en``), adding a fresh copy if needed.

    Raises ``HubDeskError`` or ``OSError`` when the copy cannot be added.
    """
    for key in (GUIDE_KEY + language, WELCOME_KEY):
        candidate = library.get_setting(key)
        if _usable(library, candidate, language):
            return str(candidate)
    article = welcome_article(language)
    library.save_article(article, touch=False)
    library.set_setting(GUIDE_KEY + language, article.id)
    log.info("Added a fresh copy of the user guide (%s)", language)
    return article.id
