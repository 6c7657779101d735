"""Spell checking in the editor: the article's language, underlines, and the context menu.

The check follows the open article's language (and its changes in the Metadata
panel) and the "Check spelling" preference. Right-clicking a misspelt word puts
its suggestions, "Add to dictionary" (the personal dictionary of that language,
kept in the library) and "Ignore" (for this session) at the top of the menu.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from hubdesk.errors import HubDeskError
from hubdesk.library import personal_dictionary
from hubdesk.library.store import Library
from hubdesk.ui.editor.markdown_editor import MarkdownEditor
from hubdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from hubdesk.ui.editor.spell_checker import SpellChecker
from hubdesk.ui.editor.typing_aids import in_fenced_code

log = logging.getLogger(__name__)


class Spelling(QObject):
    """Connects a ``SpellChecker`` to the editor, its highlighter and the library.

    A dictionary is loaded in a thread when an article first needs it (only the
    languages in use are held in memory: a Hunspell dictionary takes 7 to 12 MB); an
    article opened before its dictionary is ready is checked once it is, in slices.
    """

    _dictionary_loaded = Signal()  # from the loading thread

    def __init__(
        self,
        editor: MarkdownEditor,
        highlighter: MarkdownHighlighter,
        library: Library,
        language: Callable[[], str],
        enabled: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.highlighter = highlighter
        self.library = library
        self.language = language
        self.enabled = enabled
        self.checker = SpellChecker(lambda lang: personal_dictionary.words(library, lang))
        editor.context_menu_hooks.append(self._add_suggestions)
        self._dictionary_loaded.connect(self.refresh)
        highlighter.first_line = lambda: editor.firstVisibleBlock().blockNumber()

    def _loaded(self) -> None:
        """In the loading thread: the dictionary asked for is ready."""
        try:
            self._dictionary_loaded.emit()
        except RuntimeError:  # the window is gone
            log.debug("Dictionary loaded after the editor closed")

    def refresh(self, *_args) -> None:
        """Follow the article's language and the preference (re-underlines only on a change)."""
        if self.library.closed:  # a dictionary that finished loading as the app quit
            return
        language = self.language() if self.enabled() else None
        changed = self.checker.set_language(language, self._loaded)
        wanted = self.checker.misspelled if self.checker.active else None
        if changed or (self.highlighter.spell_check is None) != (wanted is None):
            self.highlighter.set_spell_check(wanted)

    def prepare(self, article) -> None:
        """An article is about to be shown: check in its language from the first highlighting
        (the new text is highlighted anyway, so nothing is re-highlighted now)."""
        language = article.language if article is not None and self.enabled() else None
        self.checker.set_language(language, self._loaded)
        self.highlighter.spell_check = self.checker.misspelled if self.checker.active else None

    # ------------------------------------------------------------ the context menu

    def misspelt_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """The misspelt word under ``cursor``: (document start, end, word), or None."""
        if not self.checker.active or in_fenced_code(cursor.block()):
            return None
        found = self.checker.word_at(cursor.block().text(), cursor.positionInBlock())
        if found is None or self.checker.check(found[2]):
            return None
        base = cursor.block().position()
        return base + found[0], base + found[1], found[2]

    def _add_suggestions(self, menu: QMenu) -> None:
        position = self.editor.context_menu_position
        if position is None:
            return
        found = self.misspelt_at(self.editor.cursorForPosition(position))
        if found is None:
            return
        start, end, word = found
        first = menu.actions()[0] if menu.actions() else None
        entries: list[QAction] = []
        suggestions = self.checker.suggest(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace(start, end, s))
            entries.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            entries.append(none)
        add = QAction(self.tr("Add “%1” to the Dictionary").replace("%1", word), menu)
        add.triggered.connect(lambda: self.add_to_dictionary(word))
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", word), menu)
        ignore.triggered.connect(lambda: self.ignore(word))
        entries += [add, ignore]
        for action in entries:
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def replace(self, start: int, end: int, text: str) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)

    def add_to_dictionary(self, word: str) -> None:
        try:
            personal_dictionary.add_word(self.library, self.checker.language, word)
        except HubDeskError as exc:
            log.warning("Could not add %r to the dictionary: %s", word, exc)
        self.checker.add_personal(word)
        self._recheck(word)

    def ignore(self, word: str) -> None:
        self.checker.ignore(word)
        self._recheck(word)

    def _recheck(self, word: str) -> None:
        """Re-underline only the lines holding ``word``."""
        block = self.editor.document().firstBlock()
        while block.isValid():
            if word in block.text():
                self.highlighter.rehighlightBlock(block)
            block = block.next()
