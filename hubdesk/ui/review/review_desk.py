"""The review tools in the main window: the Checklist dock, wired to its collaborators.

The main window creates one ``ReviewDesk`` and hands it what it uses; nothing here
reaches into the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QPlainTextEdit

from hubdesk.checklist import CheckContext
from hubdesk.ui.editor.article_session import ArticleSession
from hubdesk.ui.editor.spell_checker import SpellChecker
from hubdesk.ui.review.checklist_panel import ChecklistPanel
from hubdesk.ui.review.misspellings import MisspellingCounter

log = logging.getLogger(__name__)


class ReviewDesk(QObject):
    """Adds the Checklist dock beside ``beside`` and keeps it in step with the article."""

    def __init__(
        self, host: QMainWindow, *, session: ArticleSession, editor: QPlainTextEdit,
        word_target: Callable[[], int], spell_checker: SpellChecker, view_menu: QMenu,
        beside: QDockWidget, show_title: Callable[[], None],
        show_credits: Callable[[], None],
    ) -> None:
        super().__init__(host)
        self.session = session
        self.word_target = word_target
        self.misspellings = MisspellingCounter(spell_checker)
        self.checklist = ChecklistPanel(session, editor, self.context, host)
        self.checklist.title_requested.connect(show_title)
        self.checklist.credits_requested.connect(lambda _n: show_credits())
        self.checklist_dock = QDockWidget(self.tr("Checklist"), host)
        self.checklist_dock.setObjectName("checklistDock")
        self.checklist_dock.setWidget(self.checklist)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checklist_dock)
        host.tabifyDockWidget(beside, self.checklist_dock)
        view_menu.addAction(self.checklist_dock.toggleViewAction())

    def context(self) -> CheckContext:
        return CheckContext(word_target=self.word_target(),
                            misspelled=self.misspellings.count(self.session.article))

    def article_changed(self) -> None:
        """The title, metadata, credits or disclosure changed (not the text)."""
        self.checklist.schedule()
