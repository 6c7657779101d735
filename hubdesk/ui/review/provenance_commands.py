"""Recording how sections were written: by hand in the Review menu, or "Paste as AI Draft"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPlainTextEdit, QWidget

from hubdesk.errors import HubDeskError
from hubdesk.library import provenance
from hubdesk.library.provenance_events import Cause
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.shell.errors import show_error

log = logging.getLogger(__name__)


class ProvenanceCommands(QObject):
    """Marks sections of the open article as AI-drafted or written by a person."""

    changed = Signal()  # a section's recorded origin changed

    def __init__(self, session: ArticleSession, editor: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.dialog_parent = parent

    def assistant(self) -> str | None:
        """The assistant named in the disclosure, or asked for (None when cancelled)."""
        article = self.session.article
        named = article.disclosure.assistant.strip() if article is not None else ""
        if named:
            return named
        name, ok = QInputDialog.getText(
            self.dialog_parent, self.tr("AI draft"),
            self.tr("Which AI assistant drafted this text?"), QLineEdit.EchoMode.Normal, "")
        name = " ".join(name.split())
        return name if ok and name else None

    def mark_drafted(self, section: int) -> bool:
        """Record ``section`` (0-based), as it reads now, as drafted by the assistant."""
        article = self.session.article
        if article is None or not 0 <= section < len(article.sections):
            return False
        name = self.assistant()
        if name is None or not self.session.save():
            return False
        return self._store(lambda: provenance.mark_drafted(
            self.session.library, article, [section], name))

    def mark_person(self, section: int) -> bool:
        """Record ``section`` (0-based) as written by a person."""
        article = self.session.article
        if article is None or not 0 <= section < len(article.sections):
            return False
        return self._store(lambda: provenance.mark_person(self.session.library, article, [section]))

    def paste_as_ai_draft(self) -> list[int]:
        """Paste the clipboard's text as one edit and record the sections it went into as
        AI drafts; the sections (0-based) recorded."""
        text = QGuiApplication.clipboard().text()
        article = self.session.article
        if article is None or not text.strip():
            return []
        name = self.assistant()
        if name is None:
            return []
        cursor = self.editor.textCursor()
        start = cursor.selectionStart() + len(text) - len(text.lstrip())  # where the words begin
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        first = self.editor.document().findBlock(start).blockNumber()
        last = self.editor.document().findBlock(
            cursor.position() - (len(text) - len(text.rstrip()))).blockNumber()
        if not self.session.save():
            return []
        tracker = self.session.tracker
        parts = sorted({tracker.part_at_block(b) for b in range(first, last + 1)})
        sections = [p - 1 for p in parts if 1 <= p <= len(article.sections)]
        if sections and self._store(lambda: provenance.mark_drafted(
                self.session.library, article, sections, name, Cause.PASTE)):
            log.info("Pasted an AI draft by %s into sections %s", name, sections)
            return sections
        return []

    def _store(self, write) -> bool:
        try:
            write()
        except HubDeskError as exc:
            show_error(self.dialog_parent, self.tr("The section's origin could not be recorded."),
                       exc)
            return False
        self.changed.emit()
        return True
