"""Counts in the status bar: the words of the selection, and the article's word target.

The target is per article and kept in the library's settings (``0`` or none: no
target); the status bar shows how far the article is towards it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget

from hubdesk.errors import HubDeskError
from hubdesk.library.store import Library
from hubdesk.model.article import count_words
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.shell.status_line import StatusLine

log = logging.getLogger(__name__)

TARGET_KEY = "ui.word_target."


class WordCounts(QObject):
    """Keeps the selection count and the target progress of the status line up to date."""

    progress_changed = Signal(int, int)  # words, target (0: no target)

    def __init__(
        self,
        editor: QPlainTextEdit,
        session: ArticleSession,
        library: Library,
        total_words: Callable[[], int],
        status: StatusLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.session = session
        self.library = library
        self.total_words = total_words
        self.status = status
        self.dialog_parent = parent
        self._target = 0
        self._selection = QTimer(self)  # a drag selection recounts once it pauses
        self._selection.setSingleShot(True)
        self._selection.setInterval(60)
        self._selection.timeout.connect(self.update_selection)
        editor.selectionChanged.connect(self._selection.start)
        session.article_loaded.connect(self._on_loaded)
        session.parts_replaced.connect(self.update_target)

    # ------------------------------------------------------------ selection

    def selection_words(self) -> int:
        return count_words(self.editor.textCursor().selectedText().replace("\u2029", "\n"))

    def update_selection(self) -> None:
        cursor = self.editor.textCursor()
        self.status.show_selection(self.selection_words() if cursor.hasSelection() else None)

    # ------------------------------------------------------------ target

    def target(self) -> int:
        return self._target

    def _on_loaded(self, article) -> None:
        self._target = 0
        if article is not None:
            raw = self.library.get_setting(TARGET_KEY + article.id) or ""
            self._target = int(raw) if raw.isdigit() else 0
        self.update_selection()
        self.update_target()

    def set_target(self, words: int) -> bool:
        """Set (or with 0 remove) the open article's target; False if it could not be kept."""
        article = self.session.article
        if article is None:
            return False
        words = max(0, int(words))
        try:
            self.library.set_setting(TARGET_KEY + article.id, str(words) if words else None)
        except HubDeskError as exc:
            log.warning("Could not keep the word target: %s", exc)
            return False
        self._target = words
        self.update_target()
        return True

    def ask_target(self) -> None:
        if self.session.article is None:
            return
        words, ok = QInputDialog.getInt(
            self.dialog_parent, self.tr("Word target"),
            self.tr("Words this article should reach (0: no target):"),
            self._target or max(100, (self.total_words() // 100 + 1) * 100), 0, 1_000_000, 100)
        if ok:
            self.set_target(words)

    def update_target(self, *_args) -> None:
        if self.session.article is None or not self._target:
            self.status.show_target(None, None)
            self.progress_changed.emit(0, 0)
        else:
            words = self.total_words()
            self.status.show_target(words, self._target)
            self.progress_changed.emit(words, self._target)
