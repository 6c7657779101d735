"""The review tools in the main window: the Checklist dock, sign-offs and their marks.

The main window creates one ``ReviewDesk`` and hands it what it uses; nothing here
reaches into the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPlainTextEdit

from hubdesk.checklist import CheckContext
from hubdesk.model.signoff import NEEDS_SIGNOFF
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.section_navigator import SectionNavigator
from hubdesk.ui.editor.spell_checker import SpellChecker
from hubdesk.ui.review.checklist_panel import ChecklistPanel
from hubdesk.ui.review.misspellings import MisspellingCounter
from hubdesk.ui.review.provenance_commands import ProvenanceCommands
from hubdesk.ui.review.review_frame import ReviewFrame
from hubdesk.ui.review.signoff_commands import SignOffCommands
from hubdesk.ui.shell.settings import Settings

log = logging.getLogger(__name__)


class ReviewDesk(QObject):
    """Fills the Checklist dock and the Review menu of ``frame``, and keeps the outline's marks.

    It may be built after an article was opened (after the window's first paint): it
    then follows that article at once."""

    signed = Signal(str)  # an article's id, after a sign-off was recorded

    def __init__(
        self, host: QMainWindow, *, session: ArticleSession, editor: QPlainTextEdit,
        settings: Settings, navigator: SectionNavigator, undo_stack: QUndoStack,
        word_target: Callable[[], int], spell_checker: SpellChecker, frame: ReviewFrame,
        show_title: Callable[[], None], show_credits: Callable[[], None],
    ) -> None:
        super().__init__(host)
        self.host = host
        self.session = session
        self.navigator = navigator
        self.undo_stack = undo_stack
        self.word_target = word_target
        self.misspellings = MisspellingCounter(spell_checker)
        self.signing = SignOffCommands(session, settings, host)
        self.marks = frame.marks
        frame.signoffs = lambda: self.signing.current
        self.checklist = ChecklistPanel(session, editor, self.context, host,
                                        misspellings=self.misspellings.counting)
        self.checklist.title_requested.connect(show_title)
        self.checklist.credits_requested.connect(lambda _n: show_credits())
        self.signing.changed.connect(self.marks.schedule)
        self.origins = ProvenanceCommands(session, editor, host)
        self.origins.changed.connect(self.marks.schedule)
        self.origins.changed.connect(self.checklist.schedule)
        self.origins.changed.connect(lambda: self._show_in_history(""))
        self.signing.changed.connect(self.checklist.schedule)
        self.signing.recorded.connect(self.signed)
        self.signed.connect(self._show_in_history)
        self.checklist_dock = frame.dock
        placeholder = self.checklist_dock.widget()
        self.checklist_dock.setWidget(self.checklist)
        if placeholder is not None:
            placeholder.deleteLater()
        self.sign_section = QAction(self.tr("Sign Off &Section"), host)
        self.sign_section.setObjectName("signOffSection")
        self.sign_section.setStatusTip(self.tr("Vouch for the current section as it reads now"))
        self.sign_section.triggered.connect(lambda: self.signing.sign(navigator.current_section()))
        self.sign_article = QAction(self.tr("Sign Off &Article"), host)
        self.sign_article.setObjectName("signOffArticle")
        self.sign_article.setStatusTip(self.tr("Vouch for every section as it reads now"))
        self.sign_article.triggered.connect(lambda: self.signing.sign(None))
        self.mark_ai = QAction(self.tr("Mark Section as AI &Draft…"), host)
        self.mark_ai.setObjectName("markSectionAiDraft")
        self.mark_ai.setStatusTip(self.tr("Record the current section as drafted by an AI assistant"))
        self.mark_ai.triggered.connect(lambda: self.origins.mark_drafted(navigator.current_section()))
        self.mark_person = QAction(self.tr("Mark Section as Written by a &Person"), host)
        self.mark_person.setObjectName("markSectionPerson")
        self.mark_person.triggered.connect(lambda: self.origins.mark_person(navigator.current_section()))
        self.paste_ai = QAction(self.tr("&Paste as AI Draft"), host)
        self.paste_ai.setObjectName("pasteAsAiDraft")
        self.paste_ai.setStatusTip(self.tr("Paste, and record the text as drafted by an AI assistant"))
        self.paste_ai.triggered.connect(self.origins.paste_as_ai_draft)
        separator = QAction(host)
        separator.setSeparator(True)
        navigator.set_context_actions(  # set by hand in the outline, on the clicked section
            [*navigator.context_menu().actions(), separator, self.mark_ai, self.mark_person])
        self.menu = frame.menu
        self.menu.addActions([self.sign_section, self.sign_article])
        self.menu.addSeparator()
        self.menu.addActions([self.paste_ai, self.mark_ai, self.mark_person])
        self.menu.addSeparator()
        self.menu.addAction(self.checklist_dock.toggleViewAction())
        self._status = None
        self.status_checks = 0  # for tests: how many metadata changes were looked at
        session.article_loaded.connect(self._remember_status)
        if session.article is not None:  # built after the opening: what it would have heard
            self._remember_status(session.article)
            self.signing.on_loaded(session.article)  # its sign-offs, then the marks
            self.checklist.start()

    def context(self) -> CheckContext:
        """What the checklist needs besides the article (the spelling count comes from the
        worker, through ``misspellings.counting``)."""
        return CheckContext(word_target=self.word_target(), signoffs=tuple(self.signing.current))

    def _show_in_history(self, _article_id: str) -> None:
        from hubdesk.ui.history.history_panel import HistoryPanel

        for panel in self.host.findChildren(HistoryPanel):
            panel.refresh()

    def may_export(self, ids: list[str] | None = None, publishing: bool = False) -> bool:
        return self.signing.may_export(ids, publishing)

    def _remember_status(self, article) -> None:
        self._status = None if article is None else article.status

    def article_changed(self) -> None:
        """The title, metadata, credits or disclosure changed (not the text)."""
        self.checklist.schedule()
        QTimer.singleShot(0, self._check_status)  # once the metadata edit is on the undo stack

    def _check_status(self) -> None:
        """A status that asks for sign-offs (ready, published): ask when some are missing."""
        self.status_checks += 1
        article = self.session.article
        if article is None or article.status == self._status:
            return
        self._status = article.status
        if (article.status in NEEDS_SIGNOFF and self.signing.rule() != "allow"
                and self.signing.missing()):
            answer = QMessageBox.question(
                self.host, self.tr("Status"),
                self.tr("Some sections are not signed off, or changed since. "
                        "Mark the article ready anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                self.undo_stack.undo()  # the status change is the last metadata edit
                self._status = article.status
