"""Spell check on or off for one article, overriding the preference for that article only.

The choice is kept with the article, in the library's settings (``ui.spell_check.<id>``:
``on`` or ``off``; none: the article follows the "Check spelling" preference), so it
holds across sessions. The Edit menu's checkable action shows and changes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.ui.editor.article_session import ArticleSession

log = logging.getLogger(__name__)

KEY = "ui.spell_check."


class ArticleSpellCheck(QObject):
    """The per-article switch: ``enabled()`` says whether the open article is checked."""

    def __init__(self, library: Library, session: ArticleSession, action: QAction,
                 preference: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.action = action
        self.preference = preference
        self.changed: list[Callable[[], None]] = []  # told after the switch moved
        self._article_id: str | None = None
        self._override: bool | None = None
        action.setCheckable(True)
        action.setEnabled(False)
        action.toggled.connect(self._on_toggled)
        # Connected before the spell checker's own slot: it asks ``enabled()`` for the new article.
        session.about_to_show.connect(self._on_article)

    def enabled(self) -> bool:
        return self.preference() if self._override is None else self._override

    def override(self) -> bool | None:
        """The open article's own choice (None: it follows the preference)."""
        return self._override

    def _on_article(self, article) -> None:
        self._article_id = article.id if article is not None else None
        self._override = None
        if self._article_id is not None:
            try:
                value = self.library.get_setting(KEY + self._article_id)
            except HubDeskError as exc:
                log.warning("Could not read the article's spell-check choice: %s", exc)
                value = None
            self._override = {"on": True, "off": False}.get(value or "")
        self.sync_action()

    def sync_action(self, *_args) -> None:
        """Show the open article's state in the action (after an article or the preference changed)."""
        self.action.blockSignals(True)
        self.action.setEnabled(self._article_id is not None)
        self.action.setChecked(self._article_id is not None and self.enabled())
        self.action.blockSignals(False)

    def _on_toggled(self, on: bool) -> None:
        if self._article_id is None:
            return
        try:
            self.library.set_setting(KEY + self._article_id, "on" if on else "off")
        except HubDeskError as exc:
            log.warning("Could not keep the article's spell-check choice: %s", exc)
        self._override = on
        for listener in self.changed:
            listener()
