"""Paste rich text as Markdown; Ctrl+Shift+V pastes the plain text.

Text copied from a browser or from Word reaches the clipboard as ``text/html`` beside
its plain text. :class:`RichPaste` turns that HTML into clean Markdown (headings,
emphasis, links, lists, quotes, tables) through
:func:`hubdesk.importers.html_fragment.html_to_markdown`, and inserts it as one
undoable edit; Ctrl+Shift+V inserts the clipboard's plain text as it is.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from hubdesk.ui.editor.markdown_editor import MarkdownEditor

log = logging.getLogger(__name__)

PLAIN_PASTE = QKeySequence("Ctrl+Shift+V")


class RichPaste(QObject):
    """Installs itself on an editor: rich paste through its paste hook, plain paste on a key."""

    def __init__(self, editor: MarkdownEditor, parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.editor = editor
        editor.paste_hooks.append(self.paste_rich)
        editor.key_hooks.append(self._key)

    def paste_rich(self, source: QMimeData) -> bool:
        """Insert ``source``'s HTML as Markdown; False (not handled) when it has none."""
        if not source.hasHtml():
            return False
        # Imported on the first rich paste: the importers (lxml, markdownify, bs4,
        # python-docx...) are not needed to show the window.
        from hubdesk.importers.html_fragment import html_to_markdown

        markdown = html_to_markdown(source.html())
        if markdown is None:
            return False
        if self.editor.insert_pasted(markdown):
            log.debug("Pasted %d characters of HTML as Markdown", len(source.html()))
        return True

    def paste_plain(self) -> None:
        """Insert the clipboard's plain text, whatever else it holds."""
        self.editor.insert_pasted(QGuiApplication.clipboard().text())

    def _key(self, event: QKeyEvent) -> bool:
        if QKeySequence(event.keyCombination()) == PLAIN_PASTE:
            self.paste_plain()
            return True
        return False
