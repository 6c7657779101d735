"""Where the writer was: the last article and the cursor in it, kept in the library."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.ui.editor.markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

LAST_ARTICLE_KEY = "ui.last_article"
CURSOR_KEY = "ui.last_cursor"


def last_article(library: Library) -> str | None:
    """The article open last time if it is still there, else the newest one (or None)."""
    last = library.get_setting(LAST_ARTICLE_KEY)
    if last and library.has_article(last) and not library.is_deleted(last):
        return last
    newest = library.list_articles(limit=1)
    return newest[0].id if newest else None


def remember_article(library: Library, article_id: str) -> None:
    try:
        library.set_setting(LAST_ARTICLE_KEY, article_id)
    except HubDeskError as exc:  # remembering is a convenience only
        log.warning("Could not remember the last article: %s", exc)


def remember_cursor(library: Library, article_id: str, editor: MarkdownEditor) -> None:
    try:
        library.set_setting(CURSOR_KEY, f"{article_id}:{editor.textCursor().position()}")
    except HubDeskError as exc:
        log.warning("Could not remember the cursor: %s", exc)


def restore_cursor(library: Library, article_id: str, editor: MarkdownEditor) -> None:
    """Put the cursor back where it was when this article was last closed."""
    saved_id, _, position = (library.get_setting(CURSOR_KEY) or "").partition(":")
    if saved_id != article_id or not position.isdigit():
        return
    cursor = editor.textCursor()
    cursor.setPosition(min(int(position), editor.document().characterCount() - 1))
    editor.setTextCursor(cursor)
    QTimer.singleShot(0, editor.centerCursor)
